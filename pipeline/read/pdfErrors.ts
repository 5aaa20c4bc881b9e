// Turn what pdf-parse throws into one-line errors that say the reason.

import { CivstatError } from "../../schemas/basics/errors.js";
import { containsAscii } from "./sniff.js";

/** A complete PDF ends with `%%EOF` (followed at most by some whitespace or junk). */
export function hasEofMarker(bytes: Uint8Array): boolean {
  return containsAscii(bytes.subarray(Math.max(0, bytes.length - 2048)), "%%EOF");
}

export function pdfError(error: unknown, bytes: Uint8Array): CivstatError {
  if (error instanceof CivstatError) return error;
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new CivstatError("E_ENCRYPTED", "password-protected PDF: remove the password first", {
      cause: error,
    });
  }
  if (bytes.length === 0 || /is empty/i.test(message)) {
    return new CivstatError("E_EMPTY", "empty file (0 bytes)", { cause: error });
  }
  if (!hasEofMarker(bytes)) {
    return new CivstatError(
      "E_TRUNCATED",
      `truncated PDF: no end-of-file marker (${message.replace(/\.$/, "")})`,
      {
        cause: error,
      },
    );
  }
  return new CivstatError("E_BAD_PDF", `unreadable PDF: ${message.replace(/\.$/, "")}`, { cause: error });
}
