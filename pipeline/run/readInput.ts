// Reads one input file's bytes, refusing first (by its size, before reading) a file over the limit.
// Synchronous: a stat and a read cost less CPU than their asynchronous forms (several round trips
// through the thread pool each), which is most of what a file already ingested costs.

import { readFileSync, statSync } from "node:fs";
import { CivstatError } from "../../schemas/basics/errors.js";
import { sizeText } from "../../schemas/basics/size.js";

/** The default limit of --max-file-size. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 ** 2;

const unreadable = (error: NodeJS.ErrnoException) =>
  new CivstatError("E_NOT_FOUND", `cannot read file: ${error.code ?? error.message}`, { cause: error });

function attempt<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(error as NodeJS.ErrnoException);
  }
}

export function readInput(path: string, maxBytes: number): Uint8Array {
  const info = attempt(() => statSync(path));
  if (info.size > maxBytes) {
    throw new CivstatError(
      "E_TOO_BIG",
      `file is ${sizeText(info.size)}, over the ${sizeText(maxBytes)} limit for one file (raise it with --max-file-size, e.g. --max-file-size ${Math.ceil(info.size / 1024 ** 2) + 1}MB)`,
    );
  }
  return new Uint8Array(attempt(() => readFileSync(path)));
}
