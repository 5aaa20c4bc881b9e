// What every PDF read shares: the font data shipped with pdfjs-dist and one worker for all documents.

// Before pdf.js loads: it keeps the built-ins pdf.js replaces.
import "./nativeBuiltins.js";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { PDFWorker } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));

/**
 * Directories (file paths ending in a separator, not URLs) of the packed CMaps, without which text
 * in non-embedded CJK fonts such as STSong-Light comes out empty, and of the standard fonts.
 */
export const pdfFontData = {
  cMapUrl: join(pdfjsRoot, "cmaps") + sep,
  cMapPacked: true,
  standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + sep,
} as const;

/** pdfjs messages above errors (such as "Indexing all PDF objects" on a damaged file) are not ours to print. */
export const PDF_VERBOSITY = 0;

let worker: PDFWorker | null = null;

/** One worker for every document in the process, so its set-up is paid once. */
export function sharedPdfWorker(): PDFWorker {
  if (worker === null || worker.destroyed) worker = new PDFWorker({ verbosity: PDF_VERBOSITY });
  return worker;
}
