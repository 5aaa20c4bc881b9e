// Why a PDF gave no text: its pages draw no text at all (a scan), or draw text in fonts whose
// characters could not be decoded.

// Before pdf.js loads: it keeps the built-ins pdf.js replaces.
import "./nativeBuiltins.js";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CivstatError } from "../../schemas/basics/errors.js";
import { restoreNativeBuiltins } from "./nativeBuiltins.js";
import { PDF_VERBOSITY, pdfFontData, sharedPdfWorker } from "./pdfAssets.js";

const TEXT_OPS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
]);
const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
]);

export interface PageDrawing {
  textOps: number;
  imageOps: number;
}

/** Counts of text-drawing and image-painting operators over all pages. */
export async function countDrawing(bytes: Uint8Array): Promise<PageDrawing> {
  const task = getDocument({
    data: bytes.slice(),
    worker: sharedPdfWorker(),
    verbosity: PDF_VERBOSITY,
    ...pdfFontData,
  });
  const drawing = { textOps: 0, imageOps: 0 };
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      for (const fn of ops.fnArray) {
        if (TEXT_OPS.has(fn)) drawing.textOps++;
        else if (IMAGE_OPS.has(fn)) drawing.imageOps++;
      }
      page.cleanup();
    }
  } finally {
    await task.destroy();
    restoreNativeBuiltins();
  }
  return drawing;
}

/** The error for a PDF whose pages gave no text. */
export async function explainMissingText(bytes: Uint8Array): Promise<CivstatError> {
  const drawing = await countDrawing(bytes);
  if (drawing.textOps > 0) {
    return new CivstatError(
      "E_FONT",
      `text drawn in fonts that could not be decoded (${drawing.textOps} text runs, no characters): missing CMaps or a broken font encoding`,
    );
  }
  const what = drawing.imageOps > 0 ? `${drawing.imageOps} images` : "no images";
  return new CivstatError(
    "E_NO_TEXT_LAYER",
    `no text layer (scanned?), OCR needed: pages hold ${what} and no text`,
  );
}
