// Read a PDF with pdf-parse 2 (pdf.js): the text of each page, numbered from 1. Slower than PDFium;
// used for files PDFium cannot open or reads incompletely, and with --pdf-engine pdfjs.

// Before pdf.js loads: it keeps the built-ins pdf.js replaces.
import "./nativeBuiltins.js";
import { PDFParse } from "pdf-parse";
import type { RawPage } from "../../schemas/document.js";
import { restoreNativeBuiltins } from "./nativeBuiltins.js";
import { PDF_VERBOSITY, pdfFontData, sharedPdfWorker } from "./pdfAssets.js";
import { explainMissingText } from "./pdfDiagnosis.js";
import { pdfError } from "./pdfErrors.js";

/**
 * Text per page. Throws E_ENCRYPTED, E_TRUNCATED, E_BAD_PDF, E_NO_TEXT_LAYER (nothing drawn as text)
 * or E_FONT (text drawn but not decodable).
 */
export async function readPdfjsPages(bytes: Uint8Array): Promise<RawPage[]> {
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
    restoreNativeBuiltins();
  }
  if (pages.length > 0 && pages.every((page) => page.text.trim() === ""))
    throw await explainMissingText(bytes);
  return pages;
}
