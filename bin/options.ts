import { CivstatError } from "../schemas/basics/errors.js";
import { DEFAULT_DB } from "../store/location.js";
import {
  DEFAULT_QUERY_LIMITS,
  memoryText,
  parseMemory,
  parseSeconds,
  type QueryLimits,
} from "../store/queryLimits.js";
import type { Io, OptionSpec, OptionValues } from "./command.js";

/** --db, the same for every command. */
export const dbOption: OptionSpec = {
  type: "string",
  value: "PATH",
  description: "database file",
  default: DEFAULT_DB,
};

/** --format with its choices listed in --help. */
export const formatOption = (formats: readonly string[], fallback: string): OptionSpec => ({
  type: "string",
  value: "FORMAT",
  description: `output: ${formats.join(", ")}`,
  default: fallback,
});

/** --memory-limit and --timeout, for the commands that run a user's SQL. */
export const limitOptions: Record<string, OptionSpec> = {
  "memory-limit": {
    type: "string",
    value: "SIZE",
    description: `memory a query may take, like 512MB or 4GB (default: ${memoryText(DEFAULT_QUERY_LIMITS.memoryBytes)})`,
  },
  timeout: {
    type: "string",
    value: "SECONDS",
    description: `time a query may take (default: ${DEFAULT_QUERY_LIMITS.seconds})`,
  },
};

/** The limits given by --memory-limit and --timeout, defaults for those not given. */
export function queryLimitsOf(values: OptionValues): QueryLimits {
  const memory = values["memory-limit"];
  const timeout = values.timeout;
  return {
    memoryBytes: typeof memory === "string" ? parseMemory(memory) : DEFAULT_QUERY_LIMITS.memoryBytes,
    seconds: typeof timeout === "string" ? parseSeconds(timeout) : DEFAULT_QUERY_LIMITS.seconds,
  };
}

/** --wait, for the commands that read the database. */
export const waitOption: OptionSpec = {
  type: "boolean",
  description: "wait while another civstat command writes the database, instead of failing",
};

/** --wide, for commands that print tables. */
export const wideOption: OptionSpec = {
  type: "boolean",
  description: "show every cell whole (tables otherwise fit the terminal, long cells cut with …)",
};

/** The width a table should fit: the terminal's, when printing to one. */
export const terminalWidth = (io: Io): number | undefined =>
  io.stdout.isTTY ? ((io.stdout as { columns?: number }).columns ?? 80) : undefined;

/** --bom, for commands that write CSV. */
export const bomOption: OptionSpec = {
  type: "boolean",
  description: "start CSV with a byte order mark, so that Excel reads it as UTF-8",
};

/** Whether to write the byte order mark: --bom, which only CSV takes. */
export function bomOf(values: OptionValues, format: string): boolean {
  if (values.bom !== true) return false;
  if (format !== "csv") throw new CivstatError("E_BAD_USAGE", `--bom is for --format csv, not ${format}`);
  return true;
}
