import { type ParseArgsConfig, parseArgs } from "node:util";
import { CivstatError } from "../schemas/basics/errors.js";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Shown in --help, e.g. "PATH". */
  value?: string;
  description: string;
  default?: string | boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
  variadic?: boolean;
}

/** The terminal, passed in so that commands can be run silently from tests. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) instead of ending the process, until the returned function
   * is called. Absent where there is no terminal to interrupt (tests in-process).
   */
  onInterrupt?: (handler: () => void) => () => void;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** Extra paragraphs for --help: examples, notes. */
  details?: string;
  positionals: PositionalSpec[];
  options: Record<string, OptionSpec>;
  run(args: { values: OptionValues; positionals: string[] }, io: Io): Promise<number>;
}

export const DEBUG_OPTION: Record<string, OptionSpec> = {
  debug: { type: "boolean", description: "show stack traces of unexpected errors" },
  help: { type: "boolean", short: "h", description: "show this help" },
};

export function helpText(command: Command): string {
  const args = command.positionals
    .map((p) => {
      const name = `<${p.name}>${p.variadic ? "..." : ""}`;
      return p.required ? name : `[${name}]`;
    })
    .join(" ");
  const lines = [`civstat ${command.name} ${args}`.trimEnd(), "", command.summary, ""];
  if (command.positionals.length) {
    lines.push("Arguments:");
    for (const p of command.positionals) lines.push(`  ${`<${p.name}>`.padEnd(24)} ${p.description}`);
    lines.push("");
  }
  lines.push("Options:");
  for (const [name, spec] of Object.entries({ ...command.options, ...DEBUG_OPTION })) {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`;
    const def = spec.default !== undefined && spec.default !== false ? ` (default: ${spec.default})` : "";
    lines.push(`  ${flag.padEnd(24)} ${spec.description}${def}`);
  }
  if (command.details) lines.push("", command.details.trim());
  return `${lines.join("\n")}\n`;
}

/** Parses argv for one command; bad usage becomes an E_BAD_USAGE error naming the flag. */
export function parseCommandArgs(
  command: Command,
  argv: string[],
): { values: OptionValues; positionals: string[]; help: boolean } {
  const options: ParseArgsConfig["options"] = {};
  for (const [name, spec] of Object.entries({ ...command.options, ...DEBUG_OPTION })) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CivstatError(
      "E_BAD_USAGE",
      `${(error as Error).message.replace(/\. To specify.*$/s, "")} (see civstat ${command.name} --help)`,
    );
  }
  const values = parsed.values as OptionValues;
  const help = values.help === true;
  if (!help) {
    const required = command.positionals.filter((p) => p.required).length;
    const variadic = command.positionals.some((p) => p.variadic);
    if (parsed.positionals.length < required) {
      const missing = command.positionals[parsed.positionals.length];
      throw new CivstatError(
        "E_BAD_USAGE",
        `missing <${missing?.name}> (see civstat ${command.name} --help)`,
      );
    }
    if (!variadic && parsed.positionals.length > command.positionals.length) {
      throw new CivstatError(
        "E_BAD_USAGE",
        `unexpected argument: ${parsed.positionals[command.positionals.length]} (see civstat ${command.name} --help)`,
      );
    }
  }
  return { values, positionals: parsed.positionals, help };
}

/** Reads a string option, or throws a usage error listing the allowed values. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], flag: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CivstatError(
    "E_BAD_USAGE",
    `--${flag} must be one of ${allowed.join(", ")}; got ${String(value)}`,
  );
}

export function integer(value: unknown, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new CivstatError("E_BAD_USAGE", `--${flag} must be an integer ≥ ${min}; got ${String(value)}`);
  }
  return n;
}
