// Read a PDF: the text of each page, numbered from 1. PDFium reads it and tells a scan; pdf.js
// (pdf-parse) reads what PDFium cannot, explains any other PDF without text, and is the engine on
// request (--pdf-engine pdfjs). Each engine loads only when a file needs it.

import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { hasEofMarker } from "./pdfErrors.js";

export type PdfEngine = "pdfium" | "pdfjs";
export const PDF_ENGINES: readonly PdfEngine[] = ["pdfium", "pdfjs"];

export interface PdfRead {
  pages: RawPage[];
  warnings: string[];
}

async function pagesOf(bytes: Uint8Array, engine: PdfEngine): Promise<RawPage[]> {
  if (engine === "pdfium") {
    const { readPdfiumPages } = await import("./pdfium.js");
    const pages = await readPdfiumPages(bytes);
    if (pages !== null) return pages;
  }
  const { readPdfjsPages } = await import("./pdfjs.js");
  return readPdfjsPages(bytes);
}

/** Loads the engine's WebAssembly ahead of the first PDF, while the thread would otherwise wait. */
export async function preparePdfEngine(engine: PdfEngine = "pdfium"): Promise<void> {
  if (engine === "pdfium") await (await import("./pdfium.js")).loadPdfium();
}

/**
 * Text per page. Throws E_ENCRYPTED, E_TRUNCATED, E_BAD_PDF, E_NO_TEXT_LAYER (nothing drawn as text)
 * or E_FONT (text drawn but not decodable).
 */
export async function readPdf(bytes: Uint8Array, engine: PdfEngine = "pdfium"): Promise<PdfRead> {
  const pages = await pagesOf(bytes, engine);
  if (pages.length === 0) throw new CivstatError("E_BAD_PDF", "PDF without pages");
  const warnings: string[] = [];
  if (!hasEofMarker(bytes)) warnings.push("PDF has no end-of-file marker: it may be truncated");
  const blank = pages.filter((page) => page.text.trim() === "").map((page) => page.number);
  if (blank.length > 0) warnings.push(`pages without text (scanned?): ${blank.join(", ")}`);
  return { pages, warnings };
}
