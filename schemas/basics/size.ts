// Sizes as people write them on the command line (512MB, 2GB, 1.5GiB, 800k) and read them in messages.

import { CivstatError } from "./errors.js";

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `512MB`, `2GB`, `1.5GiB`, `800k` → bytes; anything else, or less than `min`, is a usage error. */
export function parseSize(text: string, flag: string, min = 1): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  const bytes = m ? Math.floor(Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] ?? 1)) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < min) {
    throw new CivstatError(
      "E_BAD_USAGE",
      `${flag} ${text}: give a size of at least ${sizeText(min)}, like 512MB or 2GB`,
    );
  }
  return bytes;
}

/** 300 MB, 2.5 MB, 12 kB, 800 bytes. */
export function sizeText(bytes: number): string {
  if (bytes >= 10 * 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
