// Read a PDF with pdf-parse 2: the text of each page, numbered from 1.

import { PDFParse } from "pdf-parse";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { PDF_VERBOSITY, pdfFontData, sharedPdfWorker } from "./pdfAssets.js";
import { explainMissingText } from "./pdfDiagnosis.js";
import { hasEofMarker, pdfError } from "./pdfErrors.js";

export interface PdfRead {
  pages: RawPage[];
  warnings: string[];
}

/**
 * Text per page. Throws E_ENCRYPTED, E_TRUNCATED, E_BAD_PDF, E_NO_TEXT_LAYER (nothing drawn as text)
 * or E_FONT (text drawn but not decodable).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const parser = new PDFParse({
    data: bytes.slice(),
    worker: sharedPdfWorker(),
    verbosity: PDF_VERBOSITY,
    ...pdfFontData,
  });
  let pages: RawPage[];
  try {
    const result = await parser.getText();
    pages = result.pages.map((page) => ({ number: page.num, text: page.text.replace(/\r\n?/g, "\n") }));
  } catch (error) {
    throw pdfError(error, bytes);
  } finally {
    await parser.destroy();
  }
  if (pages.length === 0) throw new CivstatError("E_BAD_PDF", "PDF without pages");
  if (pages.every((page) => page.text.trim() === "")) throw await explainMissingText(bytes);
  const warnings: string[] = [];
  if (!hasEofMarker(bytes)) warnings.push("PDF has no end-of-file marker: it may be truncated");
  const blank = pages.filter((page) => page.text.trim() === "").map((page) => page.number);
  if (blank.length > 0) warnings.push(`pages without text (scanned?): ${blank.join(", ")}`);
  return { pages, warnings };
}
