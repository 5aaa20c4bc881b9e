// Read one file's bytes into a RawDocument: format told by content, text per page.

import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Format, RawDocument, RawPage } from "../../schemas/document.js";
import type { OcrProgress } from "./ocr.js";
import type { PdfEngine } from "./pdf.js";
import { sniffFormat } from "./sniff.js";
import { readTxt } from "./txt.js";

interface PagesRead {
  pages: RawPage[];
  encoding: string | null;
  warnings: string[];
}

export interface ReadOptions {
  /** PDFium by default; pdf.js (pdf-parse) on request. */
  pdfEngine?: PdfEngine;
  /** What a Word document's text parts may expand to; 50 MB unless given. */
  maxBytes?: number;
  /** Read PDF pages without a text layer by OCR (default true; `--no-ocr` turns it off). */
  ocr?: boolean;
  /** Told after each page OCR has read. */
  onOcrPage?: OcrProgress;
}

// The readers of PDF, Word, spreadsheets and web pages load their libraries only when a file needs them.
async function readAs(format: Format, bytes: Uint8Array, options: ReadOptions): Promise<PagesRead> {
  switch (format) {
    case "pdf": {
      const { readPdfPages } = await import("./pdfOcr.js");
      return { ...(await readPdfPages(bytes, options)), encoding: null };
    }
    case "docx": {
      const { readDocx } = await import("./docx.js");
      return { ...(await readDocx(bytes, options.maxBytes ?? 50 * 1024 ** 2)), encoding: null };
    }
    case "doc": {
      const { readDoc } = await import("./doc.js");
      return { ...(await readDoc(bytes)), encoding: null };
    }
    case "xlsx":
    case "xls":
    case "csv": {
      const { readSheet } = await import("./sheet.js");
      return readSheet(bytes, format);
    }
    case "txt":
      return readTxt(bytes);
    case "html": {
      const { readHtml } = await import("./html.js");
      return readHtml(bytes);
    }
  }
}

/**
 * Read a document. Throws a CivstatError whose message is one short line of reason (the caller
 * adds the file name): E_EMPTY, E_UNSUPPORTED, E_NOT_ZIP, E_BAD_DOCX, E_BAD_PDF, E_TRUNCATED,
 * E_ENCRYPTED, E_NO_TEXT_LAYER, E_FONT, E_ENCODING, E_BAD_DOC, E_BAD_SHEET, E_OCR. Pages without a
 * text layer are read by OCR unless `options.ocr` is false.
 */
export async function readDocument(
  path: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<RawDocument> {
  const file = basename(path);
  const format = await sniffFormat(file, bytes);
  const read = await readAs(format, bytes, options);
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
