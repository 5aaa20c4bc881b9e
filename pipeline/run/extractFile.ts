// One file's bytes to the rows it becomes: read, normalise, segment, extract. Runs in a worker
// thread (worker.ts) or, where there is none, on the calling thread.
import type { PdfEngine } from "../read/pdf.js";
import { readDocument } from "../read/read.js";
import { processDocument } from "./process.js";
import type { DocumentRows } from "./rows.js";

export interface ExtractRequest {
  path: string;
  bytes: Uint8Array;
  pdfEngine?: PdfEngine;
  /** What a Word document's text parts may expand to (--max-file-size). */
  maxBytes?: number;
  /** Read PDF pages without a text layer by OCR (default true). */
  ocr?: boolean;
}

/** Told of a slow step as it happens: "OCR page 3/7". */
export type StepReport = (what: string) => void;

export interface Extracted {
  rows: DocumentRows;
  /** Milliseconds spent reading the file (format, text per page) and on the stages after it. */
  readMs: number;
  extractMs: number;
}

export async function extractFile(
  { path, bytes, pdfEngine, maxBytes, ocr }: ExtractRequest,
  onStep?: StepReport,
): Promise<Extracted> {
  const t0 = performance.now();
  const onOcrPage = (page: number, pages: number) => onStep?.(`OCR page ${page}/${pages}`);
  const raw = await readDocument(path, bytes, { pdfEngine, maxBytes, ocr, onOcrPage });
  const t1 = performance.now();
  const { rows } = processDocument(raw);
  return { rows, readMs: t1 - t0, extractMs: performance.now() - t1 };
}
