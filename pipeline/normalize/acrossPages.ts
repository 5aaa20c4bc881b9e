// A table goes on over a page break: its rows are put back together across pages, with the page
// numbers (—1—, 第1页) set aside while they are, as a text copy of the same document reads them.
// Each line then goes back to its page, page numbers where they stood, for furniture to take out.

import { edges } from "./furniture.js";
import { isBarePageNumber, pageMarkerKind } from "./pageMarkers.js";
import type { Folded } from "./rejoinRows.js";
import type { SourceLine, SourcePage } from "./sourceLines.js";

export interface FoldedPage {
  number: number;
  lines: Folded[];
}

export interface Place {
  at: number;
  page: number;
}

export interface Runs {
  /** Every page's lines in order but for page numbers. */
  body: Folded[];
  /** The page numbers set aside. */
  pageNumbers: Folded[];
  /** Where each line stood in the document, by its source line: its place and its page's index. */
  places: Map<SourceLine, Place>;
}

function isPageNumber(page: FoldedPage, i: number, edge: boolean): boolean {
  const text = page.lines[i]?.text.text.trim() ?? "";
  return pageMarkerKind(text) !== null || (edge && isBarePageNumber(text, page.number));
}

/** One run of lines over all pages, page numbers set aside; `paged` formats have them at page edges. */
export function acrossPages(pages: readonly FoldedPage[], paged: boolean): Runs {
  const body: Folded[] = [];
  const pageNumbers: Folded[] = [];
  const places = new Map<SourceLine, Place>();
  pages.forEach((page, p) => {
    const at = paged ? edges(page.lines.map((f) => f.line)) : new Map();
    page.lines.forEach((folded, i) => {
      places.set(folded.line, { at: places.size, page: p });
      (isPageNumber(page, i, at.has(i)) ? pageNumbers : body).push(folded);
    });
  });
  return { body, pageNumbers, places };
}

/** Clean lines back on their pages, in the order they stood; every page kept, an empty one too. */
export function backOnPages(
  pages: readonly FoldedPage[],
  lines: readonly { line: SourceLine; place: Place }[],
): SourcePage[] {
  const out: SourcePage[] = pages.map((page) => ({ number: page.number, lines: [] }));
  const sorted = [...lines].sort((a, b) => a.place.at - b.place.at);
  for (const { line, place } of sorted) out[place.page]?.lines.push(line);
  return out;
}
