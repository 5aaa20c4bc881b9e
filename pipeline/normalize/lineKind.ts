// Tell what a line of clean text is: a table row, a heading or a paragraph.

import { textWidth } from "../../schemas/basics/chars.js";
import type { LineKind } from "../../schemas/document.js";
import { hasInnerPunctuation, isAnnexHeading, isTitleLike, startsWithItemMarker } from "./markers.js";
import { isPipeRow, isTabRow } from "./pipeRows.js";

/** Headings are short; a longer line with a marker is a numbered paragraph. */
const MAX_HEADING_WIDTH = 40;

export function lineKind(text: string, markedHeading: boolean): LineKind {
  if (isTabRow(text) || isPipeRow(text)) return "table_row";
  if (markedHeading || isAnnexHeading(text)) return "heading";
  if (
    startsWithItemMarker(text) &&
    !hasInnerPunctuation(text) &&
    !/[，、,]$/.test(text) &&
    textWidth(text) <= MAX_HEADING_WIDTH
  ) {
    return "heading";
  }
  return isTitleLike(text) ? "heading" : "paragraph";
}
