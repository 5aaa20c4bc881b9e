// A PDF's text, with the pages that have no text layer read by OCR (page by page: a PDF may mix
// born-digital and scanned pages).

import { CivstatError, isCivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { type OcrProgress, ocrPdfPages } from "./ocr.js";
import { type PdfEngine, type PdfRead, readPdf } from "./pdf.js";
import { pdfPageCount } from "./pdfRender.js";

export interface PdfOptions {
  pdfEngine?: PdfEngine;
  /** Read pages without a text layer by OCR (default true). */
  ocr?: boolean;
  /** Told after each page OCR has read. */
  onOcrPage?: OcrProgress;
}

const isBlank = (page: RawPage) => page.text.trim() === "";

/** "1–3, 5" */
export function pageRanges(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    ranges.push(j === i ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return ranges.join(", ");
}

/** The text layer; when a PDF has none at all, every page as blank, to be read by OCR. */
async function textLayer(bytes: Uint8Array, engine?: PdfEngine): Promise<PdfRead> {
  try {
    return await readPdf(bytes, engine);
  } catch (error) {
    if (!(isCivstatError(error) && error.code === "E_NO_TEXT_LAYER")) throw error;
    const count = await pdfPageCount(bytes);
    return { pages: Array.from({ length: count }, (_, i) => ({ number: i + 1, text: "" })), warnings: [] };
  }
}

/**
 * Text per page. With OCR off, exactly what the PDF reader gives (E_NO_TEXT_LAYER for a scan);
 * with it on, blank pages are read by OCR and marked `source: "ocr"`. Throws E_NO_TEXT_LAYER when
 * OCR finds no text either, E_OCR when OCR itself fails.
 */
export async function readPdfPages(bytes: Uint8Array, options: PdfOptions): Promise<PdfRead> {
  if (options.ocr === false) return readPdf(bytes, options.pdfEngine);
  const read = await textLayer(bytes, options.pdfEngine);
  const blank = read.pages.filter(isBlank).flatMap((page) => (page.number === null ? [] : [page.number]));
  if (blank.length === 0) return read;
  const ocred = new Map((await ocrPdfPages(bytes, blank, options.onOcrPage)).map((p) => [p.number, p.text]));
  const pages = read.pages.map((page): RawPage => {
    const text = page.number === null ? undefined : ocred.get(page.number);
    return text === undefined ? page : { ...page, text, source: "ocr" };
  });
  if (pages.every(isBlank)) {
    throw new CivstatError("E_NO_TEXT_LAYER", "no text layer (scanned?), and OCR found no text on its pages");
  }
  const readByOcr = blank.filter((n) => ocred.get(n)?.trim());
  const warnings = read.warnings.filter((w) => !w.startsWith("pages without text"));
  if (readByOcr.length > 0)
    warnings.push(`pages read by OCR (check figures against the scan): ${pageRanges(readByOcr)}`);
  const empty = blank.filter((n) => !ocred.get(n)?.trim());
  if (empty.length > 0) warnings.push(`pages without text, also by OCR: ${pageRanges(empty)}`);
  return { pages, warnings };
}
