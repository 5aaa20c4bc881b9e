// A bilingual yearbook table copied from a web page one cell a line (项 目 | / Item | / 2022 | / … /
// 社会团体 | / Social Groups | / 2210 | / 2350 |): its cells put back into the lines such a table has
// when printed, a row a line from each Chinese label on, the header's last column going on over
// lines of its own, so that the bilingual table reader can read it.

import { hasHan, type Piece } from "./glossRows.js";

/** A line of one cell at most, between pipes or alone: `社会团体 |`, `2022年 | ||||`, `|`. */
const ONE_CELL = /^[\s|]*([^|]*?)[\s|]*$/;
const HEADER_START = /^(?:[项項]\s*目|指\s*[标標](?:\s*名\s*[称稱])?)$/;
const HEADER_GLOSS = /^(?:Items?|Indicators?)$/;
/** A piece of a header's column: 2022, 2023年比, 2022年, 增减%. */
const COLUMN_PIECE = /^(?:(?:19|20)\d{2}\s*年?\S{0,4}|\S{0,4}(?:增减|增长|比上年|同比|环比)\S{0,4}|%)$/;
/** A figure of a row, or the mark of a missing one. */
const FIGURE_CELL = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[-—…/])$/;
/** Fewest cells a run needs: a header and two rows. */
const FEWEST_CELLS = 10;

export interface CellRun {
  /** The run's first and last line. */
  from: number;
  to: number;
  /** The lines the run's cells make, each a list of cells. */
  lines: Piece[][];
}

function cellOf(text: string, line: number): Piece | null {
  const m = ONE_CELL.exec(text);
  const cell = m?.[1] ?? "";
  if (cell === "") return null;
  const start = text.indexOf(cell);
  return { line, start, end: start + cell.length };
}

/** The lines a run of cells makes, when it holds a bilingual header (项目 then Item). */
function linesOf(cells: readonly Piece[], texts: readonly string[]): Piece[][] | null {
  const text = (p: Piece) => (texts[p.line] ?? "").slice(p.start, p.end);
  const head = cells.findIndex(
    (c, i) => HEADER_START.test(text(c)) && HEADER_GLOSS.test(text(cells[i + 1] as Piece)),
  );
  if (head < 0) return null;
  const lines: Piece[][] = [];
  let i = head;
  // The header: 项目 Item 2022 2023 2023年比, then each further piece of its last column on a line of its own.
  const header: Piece[] = [];
  for (; i < cells.length; i++) {
    const t = text(cells[i] as Piece);
    if (i > head + 1 && hasHan(t) && !COLUMN_PIECE.test(t)) break;
    if (header.some((c) => hasHan(text(c)) && c !== header[0])) lines.push([cells[i] as Piece]);
    else header.push(cells[i] as Piece);
  }
  lines.unshift(header);
  // Cells before the header (the table's title) stay lines of their own, out of the table.
  lines.unshift(...cells.slice(0, head).map((c) => [c]));
  // The body: a line from each Chinese cell (a label, a section, a unit wrapped) to the next, and
  // from an English cell after a row's figures (the rest of its gloss, its Chinese cell left empty).
  for (; i < cells.length; i++) {
    const cell = cells[i] as Piece;
    const previous = cells[i - 1];
    const glossGoesOn =
      /[A-Za-z]/.test(text(cell)) && previous !== undefined && FIGURE_CELL.test(text(previous));
    if (hasHan(text(cell)) || lines.length === 0 || glossGoesOn) lines.push([cell]);
    else lines.at(-1)?.push(cell);
  }
  return lines;
}

/** Runs of one-cell lines that hold a bilingual table's header, with the lines their cells make. */
export function glossCellRuns(texts: readonly string[]): CellRun[] {
  const runs: CellRun[] = [];
  let from = 0;
  const flush = (to: number) => {
    const cells = texts.slice(from, to).flatMap((t, k) => cellOf(t, from + k) ?? []);
    const lines = cells.length >= FEWEST_CELLS ? linesOf(cells, texts) : null;
    if (lines) runs.push({ from, to: to - 1, lines });
  };
  texts.forEach((t, i) => {
    // A sentence, or a line too long for a cell, ends the run.
    if (t.length <= 200 && t.trim().length <= 60 && !/[。，；：]/.test(t) && ONE_CELL.test(t)) return;
    flush(i);
    from = i + 1;
  });
  flush(texts.length);
  return runs;
}
