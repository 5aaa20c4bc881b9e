import { CivstatError, type ErrorCode } from "../schemas/basics/errors.js";

/** An error in a notebook, naming the file, the line and (when known) the cell: E_NOTEBOOK. */
export function notebookError(
  path: string,
  line: number,
  where: string | null,
  message: string,
  code: ErrorCode = "E_NOTEBOOK",
  cause?: unknown,
): CivstatError {
  return new CivstatError(code, `${path}:${line}: ${where ? `${where}: ` : ""}${message}`, { cause });
}
