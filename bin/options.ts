import { DEFAULT_DB } from "../store/database.js";
import type { OptionSpec } from "./command.js";

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
