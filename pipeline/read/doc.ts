// Read a Word 97–2003 document (.doc, and .wps saved in the same format) with word-extractor:
// the body's paragraphs one a line, table rows one a line with cells apart by tabs.

import WordExtractor from "word-extractor";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { oleStream, readOle } from "./ole.js";

export interface DocRead {
  pages: RawPage[];
  warnings: string[];
}

/** The File Information Block at the start of the WordDocument stream. */
const WORD_MAGIC = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_OBFUSCATED = 0x8000;

function checkWordStream(bytes: Uint8Array): void {
  const stream = oleStream(readOle(bytes, "E_BAD_DOC", "Word 97–2003 document"), "WordDocument");
  if (!stream || stream.length < 12 || stream.readUInt16LE(0) !== WORD_MAGIC) {
    throw new CivstatError("E_BAD_DOC", "not a Word 97–2003 document: no Word text stream in the file");
  }
  const flags = stream.readUInt16LE(0x0a);
  if (flags & (F_ENCRYPTED | F_OBFUSCATED)) {
    throw new CivstatError("E_ENCRYPTED", "password-protected Word document: remove the password first");
  }
}

/** word-extractor's types omit the option that keeps “”, — and ‘’ as written. */
type Body = (options: { filterUnicode: boolean }) => string;

/** Lines as Word stores them: \r ends a paragraph; a table row ends with an empty cell mark. */
export function docLines(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\t+$/, "").trimEnd())
    .join("\n")
    .trim();
}

export async function readDoc(bytes: Uint8Array): Promise<DocRead> {
  checkWordStream(bytes);
  let body: string;
  try {
    const document = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    body = (document.getBody as unknown as Body).call(document, { filterUnicode: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CivstatError("E_BAD_DOC", `broken Word 97–2003 document: ${message.split("\n")[0]}`, {
      cause: error,
    });
  }
  const text = docLines(body);
  if (text === "") throw new CivstatError("E_EMPTY", "Word document without text");
  return { pages: [{ number: null, text }], warnings: [] };
}
