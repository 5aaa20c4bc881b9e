// Read one file's bytes into a RawDocument: format told by content, text per page.

import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Format, RawDocument, RawPage } from "../../schemas/document.js";
import { readDocx } from "./docx.js";
import { readHtml } from "./html.js";
import { readPdf } from "./pdf.js";
import { sniffFormat } from "./sniff.js";
import { readTxt } from "./txt.js";

interface PagesRead {
  pages: RawPage[];
  encoding: string | null;
  warnings: string[];
}

async function readAs(format: Format, bytes: Uint8Array): Promise<PagesRead> {
  switch (format) {
    case "pdf":
      return { ...(await readPdf(bytes)), encoding: null };
    case "docx":
      return { ...(await readDocx(bytes)), encoding: null };
    case "txt":
      return readTxt(bytes);
    case "html":
      return readHtml(bytes);
  }
}

/**
 * Read a document. Throws a CivstatError whose message is one short line of reason (the caller
 * adds the file name): E_EMPTY, E_UNSUPPORTED, E_NOT_ZIP, E_BAD_DOCX, E_BAD_PDF, E_TRUNCATED,
 * E_ENCRYPTED, E_NO_TEXT_LAYER, E_FONT, E_ENCODING.
 */
export async function readDocument(path: string, bytes: Uint8Array): Promise<RawDocument> {
  const file = basename(path);
  const format = sniffFormat(file, bytes);
  const read = await readAs(format, bytes);
  return {
    path,
    file,
    format,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
    encoding: read.encoding,
    pages: read.pages,
    warnings: read.warnings,
  };
}
