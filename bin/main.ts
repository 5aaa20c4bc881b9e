import { exitCodeOf, isCivstatError } from "../schemas/basics/errors.js";
import { helpText, type Io, parseCommandArgs } from "./command.js";
import { commands } from "./commands/registry.js";

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

Run civstat <command> --help for a command's options and examples.
`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  const debug = rest.includes("--debug");
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
    io.stderr.write(`civstat: unknown command: ${name}\n\n${overview()}`);
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
