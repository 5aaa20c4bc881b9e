// Table rows a source gave in pieces, put back on one line a row with tabs between cells: one cell
// a line, bilingual rows (label, English gloss, figures), and headers of column groups given one a
// line over a line of years.

import type { Mapped } from "../../schemas/basics/mapped.js";
import { simplify } from "../../schemas/basics/simplify.js";
import { cellLineRows, cellSpan } from "./cellLines.js";
import { glossCellRuns } from "./glossCells.js";
import { glossRow, glossRows, type Piece } from "./glossRows.js";
import type { SourceLine } from "./sourceLines.js";
import { stackedHeaders } from "./stackedHeader.js";

/** A raw line with its markup stripped and its characters folded: what table rows are told by. */
export interface Folded {
  line: SourceLine;
  text: Mapped;
  heading: boolean;
}

/** Pieces of lines put on one line, tabs between them. */
const tabRow = (texts: readonly Mapped[], pieces: readonly Piece[]): Mapped =>
  glossRow(
    texts,
    pieces.map((p) => ({ pieces: [p], spaced: false })),
  );

/** `folded` with each row made in place of the line it begins on, and the lines taken into rows left out. */
function withRows(folded: Folded[], rows: ReadonlyMap<number, Mapped>, taken: ReadonlySet<number>): Folded[] {
  return folded.flatMap((f, i) => {
    const text = rows.get(i);
    if (text) return [{ ...f, text, heading: false }];
    return taken.has(i) ? [] : [f];
  });
}

/** Lines that each held one cell of a table, put back on one line a row with tabs between cells. */
export function rejoinCells(folded: Folded[]): Folded[] {
  // Told in simplified characters: a traditional table (指標名稱 / 單位 / 數量, 社會團體 / 個 / 1,336) is the same table.
  const groups = cellLineRows(folded.map((f) => simplify(f.text.text)));
  if (groups.length === 0) return folded;
  const firstOf = new Map(groups.map((g) => [g[0] as number, g]));
  const inside = new Set<number>();
  for (const g of groups) for (let i = g[0] as number; i <= (g.at(-1) as number); i++) inside.add(i);
  // Blank lines between the rows of one table go too.
  for (let i = 1; i < folded.length; i++) {
    if (folded[i]?.text.text.trim() === "" && inside.has(i - 1) && firstOf.has(i + 1)) inside.add(i);
  }
  const texts = folded.map((f) => f.text);
  const trimmed = (line: number): Piece => ({ line, ...cellSpan(texts[line]?.text ?? "") });
  const rows = new Map([...firstOf].map(([first, group]) => [first, tabRow(texts, group.map(trimmed))]));
  return withRows(folded, rows, inside);
}

/** A bilingual table given one cell a line: its cells regrouped into the lines it has when printed. */
function regroupGlossCells(folded: Folded[]): Folded[] {
  const runs = glossCellRuns(folded.map((f) => f.text.text)).filter(
    (run) =>
      glossRows(run.lines.map((cells) => cells.map((c) => cellText(folded, c)).join("\t"))).rows.size > 0,
  );
  if (runs.length === 0) return folded;
  const texts = folded.map((f) => f.text);
  const out: Folded[] = [];
  let at = 0;
  for (const run of runs) {
    out.push(...folded.slice(at, run.from));
    for (const cells of run.lines) {
      const first = folded[cells[0]?.line ?? run.from] as Folded;
      out.push({ ...first, text: tabRow(texts, cells), heading: false });
    }
    at = run.to + 1;
  }
  return [...out, ...folded.slice(at)];
}

const cellText = (folded: readonly Folded[], c: Piece) =>
  folded[c.line]?.text.text.slice(c.start, c.end) ?? "";

/** Rows of a bilingual table (label, English gloss, figures) put on one line each with tabs between cells. */
export function rejoinGlossRows(cellLines: Folded[]): Folded[] {
  const folded = regroupGlossCells(cellLines);
  const { rows, taken } = glossRows(folded.map((f) => f.text.text));
  if (rows.size === 0) return folded;
  const texts = folded.map((f) => f.text);
  return withRows(folded, new Map([...rows].map(([i, cells]) => [i, glossRow(texts, cells)])), taken);
}

/** A header of column groups given one a line (names, units wrapped) over a line of years: two tab rows. */
export function rejoinStackedHeaders(folded: Folded[]): Folded[] {
  const headers = stackedHeaders(folded.map((f) => f.text.text));
  if (headers.length === 0) return folded;
  const texts = folded.map((f) => f.text);
  const rows = new Map<number, Mapped>();
  const taken = new Set<number>();
  for (const h of headers) {
    rows.set(
      h.from,
      glossRow(
        texts,
        h.groups.map((pieces) => ({ pieces, spaced: false })),
      ),
    );
    rows.set(h.years, tabRow(texts, h.columns));
    for (let i = h.from + 1; i < h.years; i++) taken.add(i);
  }
  return withRows(folded, rows, taken);
}
