// Split raw pages into lines, each line a Mapped pointing into its page's raw text.

import type { Mapped } from "../../schemas/basics/mapped.js";
import type { RawDocument } from "../../schemas/document.js";
import {
  fusedRowStarts,
  runOnStarts,
  sectionStarts,
  spacedRowStarts,
  wrappedCellJoins,
  wrappedPipeJoins,
} from "./fusedRows.js";
import { gluedFigureCuts } from "./gluedFigures.js";

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

function filled(length: number, value: number): number[] {
  const array: number[] = [];
  for (let k = 0; k < length; k++) array.push(value);
  return array;
}

/** A piece of a page's text with the offset in the page of each of its characters. */
interface Piece {
  text: string;
  offsets: number[];
}

/**
 * A page's lines, those a page's width cut inside a run of table cells joined again (the line break
 * standing for the space between two figures), then cut where rows or furniture ran together.
 */
function pieces(text: string): Piece[] {
  const raw = text.split("\n");
  const pipeJoins = wrappedPipeJoins(raw);
  const joins = wrappedCellJoins(raw).map((join, i) => join ?? pipeJoins[i] ?? null);
  const lines: Piece[] = [];
  let start = 0;
  let open: Piece | null = null;
  raw.forEach((line, i) => {
    const piece: Piece = open ?? { text: "", offsets: [] };
    piece.text += line;
    for (let k = start; k < start + line.length; k++) piece.offsets.push(k);
    const join = joins[i] ?? null;
    if (join === null) {
      lines.push(piece);
      open = null;
    } else {
      piece.text += join;
      if (join !== "") piece.offsets.push(start + line.length);
      open = piece;
    }
    start += line.length + 1;
  });
  if (open) lines.push(open);
  const glued = gluedFigureCuts(lines.map((line) => line.text));
  return lines.flatMap((line, n) => {
    const rows = [
      ...runOnStarts(line.text),
      ...fusedRowStarts(line.text),
      ...spacedRowStarts(line.text),
      ...sectionStarts(line.text),
      ...(glued[n] ?? []),
    ];
    const cuts = [...new Set(rows)].sort((x, y) => x - y);
    if (cuts.length === 0) return [line];
    return [0, ...cuts].map((at, i) => ({
      text: line.text.slice(at, cuts[i]),
      offsets: line.offsets.slice(at, cuts[i]),
    }));
  });
}

/** Lines of every page; page numbers are kept, null becoming 0. Lines are split at "\n". */
export function sourcePages(raw: RawDocument): SourcePage[] {
  return raw.pages.map((page) => {
    const number = page.number ?? 0;
    const lines = pieces(page.text).map(
      (part): SourceLine => ({
        page: number,
        text: { text: part.text, page: filled(part.text.length, number), offset: part.offsets },
        plain: part.text,
        heading: false,
        width: 0,
        indent: 0,
        blankBefore: false,
      }),
    );
    return { number, lines };
  });
}
