// Read a Word document with mammoth's HTML conversion, so headings, paragraphs and tables survive.

import mammoth from "mammoth";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { htmlToLines } from "./htmlLines.js";
import { checkZipExpansion } from "./zipParts.js";

export interface DocxRead {
  pages: RawPage[];
  warnings: string[];
}

/** Images are skipped: writing them out as data URIs costs time and gives no text. */
const skipImages = mammoth.images.imgElement(async () => ({ src: "" }));

function docxError(error: unknown): CivstatError {
  const message = error instanceof Error ? error.message : String(error);
  if (/central directory|zip/i.test(message)) {
    return new CivstatError("E_NOT_ZIP", "not a Word document: the file is not a readable zip archive", {
      cause: error,
    });
  }
  if (/main document part/i.test(message)) {
    return new CivstatError("E_BAD_DOCX", "not a Word document: the zip has no word/document.xml", {
      cause: error,
    });
  }
  return new CivstatError("E_BAD_DOCX", `broken Word document: ${message.split("\n")[0]}`, { cause: error });
}

/** `maxBytes`: what the document's text parts may expand to, checked before mammoth inflates them. */
export async function readDocx(bytes: Uint8Array, maxBytes: number): Promise<DocxRead> {
  checkZipExpansion(bytes, maxBytes);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    result = await mammoth.convertToHtml({ buffer }, { convertImage: skipImages });
  } catch (error) {
    throw docxError(error);
  }
  const text = htmlToLines(result.value).join("\n");
  if (text.trim() === "") throw new CivstatError("E_EMPTY", "Word document without text");
  const seen = new Map<string, number>();
  for (const m of result.messages) seen.set(m.message, (seen.get(m.message) ?? 0) + 1);
  const warnings = [...seen].map(([message, n]) => (n > 1 ? `docx: ${message} (${n}×)` : `docx: ${message}`));
  return { pages: [{ number: null, text }], warnings };
}
