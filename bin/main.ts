import { exitCodeOf, isCivstatError } from "../schemas/basics/errors.js";
import { type Command, helpText, type Io, parseCommandArgs } from "./command.js";
import { commands } from "./commands/registry.js";
import { didYouMean } from "./suggest.js";

const VERSION = "0.1.0";

function overview(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `civstat ${VERSION}: statistics from civil-affairs documents

Usage: civstat <command> [options]

Commands:
${list}

Run civstat help <command> (or civstat <command> --help) for a command's options and examples.
`;
}

/** Options every command takes that may come before the command's name: `civstat --db x.duckdb facts`. */
const LEADING = new Set(["--db", "--debug"]);

/** The command's name first, with the shared options given before it moved after it. */
export function commandFirst(argv: readonly string[]): string[] {
  const moved: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] as string;
    const flag = arg.split("=")[0] as string;
    if (!LEADING.has(flag)) break;
    const takesValue = flag === "--db" && !arg.includes("=");
    moved.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  return [...argv.slice(i, i + 1), ...argv.slice(i + 1), ...moved];
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  const debug = rest.includes("--debug");
  if (name === "help" && rest[0] && commands[rest[0]]) {
    io.stdout.write(helpText(await (commands[rest[0]] as { load: () => Promise<Command> }).load()));
    return 0;
  }
  if (name === "help" && rest[0]) {
    io.stderr.write(
      `civstat help: unknown command: ${rest[0]}${didYouMean(rest[0], Object.keys(commands))}\n`,
    );
    return 2;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(
      `civstat: unknown command: ${name}${didYouMean(name, Object.keys(commands))}\n\n${overview()}`,
    );
    return 2;
  }
  try {
    const command = await entry.load();
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      io.stdout.write(helpText(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isCivstatError(error)) {
      io.stderr.write(`civstat ${name}: ${error.message}\n`);
      if (debug && error.cause) io.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    } else if (debug) {
      io.stderr.write(`civstat ${name}: unexpected error\n${(error as Error).stack ?? String(error)}\n`);
    } else {
      io.stderr.write(
        `civstat ${name}: unexpected error: ${(error as Error).message ?? String(error)} (rerun with --debug for details)\n`,
      );
    }
    return exitCodeOf(error);
  }
}
