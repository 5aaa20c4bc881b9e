// Reads one input file's bytes, refusing first (by its size, before reading) a file over the limit.

import { readFile, stat } from "node:fs/promises";
import { CivstatError } from "../../schemas/basics/errors.js";
import { sizeText } from "../../schemas/basics/size.js";

/** The default limit of --max-file-size. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 ** 2;

const unreadable = (error: NodeJS.ErrnoException) =>
  new CivstatError("E_NOT_FOUND", `cannot read file: ${error.code ?? error.message}`, { cause: error });

export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(error);
  });
  if (info.size > maxBytes) {
    throw new CivstatError(
      "E_TOO_BIG",
      `file is ${sizeText(info.size)}, over the ${sizeText(maxBytes)} limit for one file (raise it with --max-file-size, e.g. --max-file-size ${Math.ceil(info.size / 1024 ** 2) + 1}MB)`,
    );
  }
  return new Uint8Array(
    await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(error);
    }),
  );
}
