import type { RawDocument } from "../../schemas/document.js";

/** A text given as a string (civstat explain --text, tests) as a one-page text document. */
export function textDocument(text: string, name = "(text)"): RawDocument {
  return {
    path: name,
    file: name,
    format: "txt",
    sha256: name,
    bytes: Buffer.byteLength(text),
    encoding: "utf-8",
    pages: [{ number: null, text }],
    warnings: [],
  };
}
