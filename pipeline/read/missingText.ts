// The error for a PDF whose pages gave no text, from what its pages draw: text that could not be
// decoded (fonts), or no text at all (a scan). Both PDF engines count and share the wording.

import { CivstatError } from "../../schemas/basics/errors.js";

export interface PageDrawing {
  /** Text drawn, over all pages. */
  textOps: number;
  /** Images painted, over all pages. */
  imageOps: number;
}

export function missingTextError(drawing: PageDrawing): CivstatError {
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
