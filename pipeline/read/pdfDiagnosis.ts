// Why a PDF gave no text: its pages draw no text at all (a scan), or draw text in fonts whose
// characters could not be decoded.

// Before pdf.js loads: it keeps the built-ins pdf.js replaces.
import "./nativeBuiltins.js";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { CivstatError } from "../../schemas/basics/errors.js";
import { missingTextError, type PageDrawing } from "./missingText.js";
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
  return missingTextError(await countDrawing(bytes));
}
