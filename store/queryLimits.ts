// How much memory and time one query may take, as given on the command line.

import { CivstatError } from "../schemas/basics/errors.js";
import { parseSize } from "../schemas/basics/size.js";

export interface QueryLimits {
  /** Memory for the database engine and for the rows it hands back, in bytes. */
  memoryBytes: number;
  /** Wall-clock time for one query (or one `query` command's statements), in seconds. */
  seconds: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { memoryBytes: 1024 ** 3, seconds: 60 };

/** `512MB`, `2GB`, `1.5GiB` → bytes, at least 64MB; anything else is a usage error naming the flag. */
export const parseMemory = (text: string, flag = "--memory-limit"): number =>
  parseSize(text, flag, 64 * 1024 ** 2);

/** A time in seconds (`90`, `2.5`), more than zero. */
export function parseSeconds(text: string, flag = "--timeout"): number {
  const seconds = Number(text);
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(text) || !(seconds > 0)) {
    throw new CivstatError("E_BAD_USAGE", `${flag} ${text}: give a number of seconds, like 60`);
  }
  return seconds;
}

/** Bytes as people write them for DuckDB and in messages: 1GB, 512MB. */
export function memoryText(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}GB`;
  return `${Math.round(bytes / 1024 ** 2)}MB`;
}
