// Read a plain-text file: decode, unify line ends, refuse an empty one.

import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { decodeText } from "./decode.js";

export interface TextRead {
  pages: RawPage[];
  encoding: string;
  warnings: string[];
}

export function readTxt(bytes: Uint8Array): TextRead {
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new CivstatError("E_EMPTY", "empty text file (whitespace only)");
  const warnings =
    decoded.replaced > 0
      ? [
          `${decoded.replaced} character${decoded.replaced === 1 ? "" : "s"} replaced with U+FFFD: bytes not valid in ${decoded.encoding}`,
        ]
      : [];
  return { pages: [{ number: null, text }], encoding: decoded.encoding, warnings };
}
