// Split raw pages into lines, each line a Mapped pointing into its page's raw text.

import type { Mapped } from "../../schemas/basics/mapped.js";
import type { RawDocument } from "../../schemas/document.js";
import { fusedRowStarts, runOnStarts } from "./fusedRows.js";

/** A line of a page as it moves through the cleaning steps. */
export interface SourceLine {
  /** Page number, 0 when the format has no pages. */
  page: number;
  text: Mapped;
  /** `text.text` in simplified characters, same length: what decisions about the line look at. */
  plain: string;
  /** The source marked this line as a heading (a Word heading, a markdown `#`). */
  heading: boolean;
  /** Printed width in em before spaces were cleaned (see chars.ts), set by the spacing step. */
  width: number;
  /** Blanks the line began with, set by the spacing step. */
  indent: number;
  /** Blank lines stood before this one (set once blank lines are dropped). */
  blankBefore: boolean;
}

export interface SourcePage {
  /** Page number, 0 when the format has no pages. */
  number: number;
  lines: SourceLine[];
}

function rangeArray(start: number, end: number): number[] {
  const range: number[] = [];
  for (let k = start; k < end; k++) range.push(k);
  return range;
}

function filled(length: number, value: number): number[] {
  const array: number[] = [];
  for (let k = 0; k < length; k++) array.push(value);
  return array;
}

/** Lines of every page; page numbers are kept, null becoming 0. Lines are split at "\n". */
export function sourcePages(raw: RawDocument): SourcePage[] {
  return raw.pages.map((page) => {
    const number = page.number ?? 0;
    const lines: SourceLine[] = [];
    let start = 0;
    const parts = page.text.split("\n").flatMap((line) => {
      const cuts = [...new Set([...runOnStarts(line), ...fusedRowStarts(line)])].sort((x, y) => x - y);
      return cuts.length === 0 ? [line] : [0, ...cuts].map((at, i) => line.slice(at, cuts[i]));
    });
    for (const [k, part] of parts.entries()) {
      const end = start + part.length;
      lines.push({
        page: number,
        text: { text: part, page: filled(part.length, number), offset: rangeArray(start, end) },
        plain: part,
        heading: false,
        width: 0,
        indent: 0,
        blankBefore: false,
      });
      // A line cut at a fused row goes on at the next character; a line break is one character.
      start = end + (parts[k + 1] !== undefined && page.text[end] !== "\n" ? 0 : 1);
    }
    return { number, lines };
  });
}
