// How much memory and time one query may take, as given on the command line.

import { CivstatError } from "../schemas/basics/errors.js";

export interface QueryLimits {
  /** Memory for the database engine and for the rows it hands back, in bytes. */
  memoryBytes: number;
  /** Wall-clock time for one query (or one `query` command's statements), in seconds. */
  seconds: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { memoryBytes: 1024 ** 3, seconds: 60 };

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `512MB`, `2GB`, `1.5GiB`, `800m` → bytes; anything else is a usage error naming the flag. */
export function parseMemory(text: string, flag = "--memory-limit"): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  const bytes = m ? Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] ?? 1) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 64 * 1024 ** 2) {
    throw new CivstatError("E_BAD_USAGE", `${flag} ${text}: give a size of at least 64MB, like 512MB or 2GB`);
  }
  return Math.floor(bytes);
}

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
