// Which database errors end a run: the disk is full or the file cannot be written. Those are named
// once, by their cause; any other error belongs to the document being loaded.

import { CivstatError } from "../schemas/basics/errors.js";

const CAUSES: [RegExp, string][] = [
  [/no space left on device|ENOSPC|disk is full/i, "No space left on device"],
  [/read-only file system|EROFS/i, "read-only file system"],
  [/permission denied|EACCES/i, "permission denied"],
  [/IO Error|Could not write|fsync/i, "input/output error"],
];

/** The run-ending error for `error` on the database at `path`, or null when it is not one. */
export function storeError(error: unknown, path: string): CivstatError | null {
  if (error instanceof CivstatError) return error.code === "E_DB" ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  const cause = CAUSES.find(([pattern]) => pattern.test(message));
  if (!cause) return null;
  return new CivstatError("E_DB", `cannot write database ${path}: ${cause[1]}`, { cause: error });
}
