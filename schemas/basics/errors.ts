export type ErrorCode =
  | "E_BAD_USAGE"
  | "E_NOT_FOUND"
  | "E_EMPTY"
  | "E_UNSUPPORTED"
  | "E_NOT_ZIP"
  | "E_BAD_DOCX"
  | "E_BAD_DOC"
  | "E_BAD_SHEET"
  | "E_BAD_PDF"
  | "E_TRUNCATED"
  | "E_ENCRYPTED"
  | "E_NO_TEXT_LAYER"
  | "E_OCR"
  | "E_ENCODING"
  | "E_DB"
  | "E_SQL"
  | "E_NOTEBOOK"
  | "E_FONT"
  | "E_LIMIT"
  | "E_TOO_BIG"
  | "E_ZIP_BOMB";

/** An error meant for the user: printed as one line, without a stack, by the CLI's single catch. */
export class CivstatError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CivstatError";
    this.code = code;
  }
}

export const isCivstatError = (error: unknown): error is CivstatError => error instanceof CivstatError;

/** Exit codes: 0 all good, 1 some input failed, 2 bad usage. */
export const exitCodeOf = (error: unknown): number =>
  isCivstatError(error) && error.code === "E_BAD_USAGE" ? 2 : 1;
