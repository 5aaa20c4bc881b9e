// Bilingual yearbook tables: each row a Chinese label, its English gloss, then the figures
// (社会团体  Social Groups 3980 4210 5.8), under a header such as 项目 Item 2022 2023 2023年比,
// whose last column may go on over the next lines (2022年 / 增减% / Change in / 2023 over / 2022).
// The gloss's own spaces are no cell gaps; a row's label and gloss may wrap onto a next line
// (城市最低生活保障人数 Number of Persons Receiving / (万人) Subsistence Allowance (10000 persons)).
// Each row is put back on one line with tabs between its cells, the header's pieces joined.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const FIGURE = String.raw`(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[-—…/])`;
/** A line of figures alone: a row's figures the printed width sent onto the next line. */
const FIGURE_LINE = new RegExp(String.raw`^\s*\.?${FIGURE}(?:\s+${FIGURE})*\s*$`);
/** A figure the line's end cut: its digits, or its digits and point (2234. / 2, 3 / .2). */
const CUT_END = /\d\.?$/;
const CUT_START = /^\.?\d/;
/** English words, with brackets that may hold figures: Number of NGOs (10000 units). */
const GLOSS = String.raw`[A-Za-z(][A-Za-z\d ().,'’&/\-]*?[A-Za-z.)]`;
/** A Chinese label: no Latin letters, ending in a character or a bracket. */
const LABEL = String.raw`[^\sA-Za-z\d][^A-Za-z]*?[\u4e00-\u9fa5)）]`;

const ROW = new RegExp(String.raw`^(\s*)(${LABEL})(\s+)(${GLOSS})((?:\s+${FIGURE})+\.?)\s*$`);
/** A row without figures: a section (一、社会组织 Social Organizations) or a label going on. */
const BARE = new RegExp(String.raw`^(\s*)(${LABEL})(\s+)(${GLOSS})\s*$`);
/** A label's unit wrapped onto the next line, with the rest of the gloss: (万人) Allowance (10000 persons). */
const UNIT_LINE = new RegExp(String.raw`^(\s*)([（(][^（）()A-Za-z]{1,6}[)）])(?:(\s+)(${GLOSS}))?\s*$`);
const UNIT_ONLY = /^[（(][^（）()]{1,6}[)）]$/;
const ENGLISH = new RegExp(String.raw`^(\s*)(${GLOSS})\s*$`);
/** The rest of a gloss the printed width cut, and the row's figures: …Subsidies wi / th 460.3 462.6 0.5. */
const GLOSS_FIGURES = new RegExp(String.raw`^(\s*)(${GLOSS}|[A-Za-z])((?:\s+${FIGURE})+)\s*$`);
const HEADER =
  /^(\s*)([项項]\s*目|指\s*[标標](?:\s*名\s*[称稱])?)(?:(\s+)(Items?|Indicators?))?((?:\s+[^\sA-Za-z。，；：,;:]{1,16}){2,})(?:[A-Za-z][A-Za-z\d %]{0,40})?\s*$/;
/**
 * A header whose Chinese corner was not kept: Item 2022 2023 2023年比. Either header may have the
 * English of its last column run on after it (2023年比Change in2023 over), as a Word copy joins it.
 */
const GLOSS_HEADER =
  /^(\s*)()()(Items?|Indicators?)((?:\s+[^\sA-Za-z。，；：,;:]{1,16}){2,})(?:[A-Za-z][A-Za-z\d %]{0,40})?\s*$/;
/** A gloss cut after a word that needs more: …Subsidies with / …Conscripts and. */
const OPEN_GLOSS = /\b(?:with|of|and|in|for|the|by|to|per|on|from|or|at)$/i;

/** Part of a source line. */
export interface Piece {
  line: number;
  start: number;
  end: number;
}

/** One cell: its pieces, joined directly (a label) or with a space (a gloss). */
export interface GlossCell {
  pieces: Piece[];
  spaced: boolean;
}

export interface GlossRows {
  /** The cells of each row, by the index of the line the row begins on. */
  rows: Map<number, GlossCell[]>;
  /** Lines taken into a row begun on an earlier line. */
  taken: Set<number>;
}

/** Cells of a match, group by group: leading space, then pairs of (gap, cell) in the regex's order. */
function piecesOf(line: number, text: string, m: RegExpExecArray, groups: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (let g = 1; g < m.length; g++) {
    const part = m[g];
    if (part === undefined) continue;
    if (groups.includes(g)) pieces.push({ line, start: at, end: at + part.length });
    at += part.length;
  }
  return pieces.filter((p) => text.slice(p.start, p.end).trim() !== "");
}

/** Each run of non-spaces of `text` (which begins at `from` on line `line`), a piece of its own. */
export function spacedPieces(line: number, text: string, from = 0): Piece[] {
  // A PDF sets a space between a year and the 年 after it (2023 年比): the two are one column.
  return [...text.matchAll(/(?:\d+\s+(?=[年月]))?\S+/g)].map((f) => ({
    line,
    start: from + (f.index ?? 0),
    end: from + (f.index ?? 0) + f[0].length,
  }));
}

const cell = (pieces: Piece[], spaced = false): GlossCell => ({ pieces, spaced });
export const hasHan = (text: string): boolean => /[\u4e00-\u9fa5]/.test(text);

/** Lines of a header's last column going on: Chinese pieces first, then English ones. */
function headerTail(lines: readonly string[], from: number): { chinese: number[]; end: number } {
  const chinese: number[] = [];
  let english = false;
  let i = from;
  for (; i < lines.length && i < from + 8; i++) {
    const t = (lines[i] ?? "").trim().replace(/(\d)\s+(?=[年月])/g, "$1");
    if (t === "" || ROW.test(lines[i] ?? "") || BARE.test(lines[i] ?? "")) break;
    if (!english && /^[^\sA-Za-z]{1,12}$/.test(t) && (hasHan(t) || /%$/.test(t))) chinese.push(i);
    else if (/^[A-Za-z\d][A-Za-z\d ]{0,30}$/.test(t) && (english || /[A-Za-z]/.test(t))) english = true;
    else break;
  }
  return { chinese, end: i };
}

/**
 * A row's figures with those the printed width sent onto line `i + 1`, a cell a figure, when the
 * next line is figures alone and together they fill the header's `columns`. A figure cut by the
 * line's end (…Lowest 99 / 4.7 1029.7 3.5, …2234. / 2 2240.1) is put back whole only where the
 * count says so: with the halves apart the row would have a figure too many.
 */
function figuresGoOn(
  lines: readonly string[],
  i: number,
  figures: readonly Piece[],
  columns: number,
): Piece[][] | null {
  const line = lines[i] ?? "";
  const next = lines[i + 1];
  if (next === undefined || !FIGURE_LINE.test(next) || !/\d/.test(next)) return null;
  const after = spacedPieces(i + 1, next);
  const last = figures.at(-1);
  const first = after[0];
  if (
    last &&
    first &&
    CUT_END.test(line) &&
    CUT_START.test(next) &&
    figures.length + after.length - 1 === columns
  ) {
    return [...figures.slice(0, -1).map((p) => [p]), [last, first], ...after.slice(1).map((p) => [p])];
  }
  if (figures.length + after.length !== columns || /\.$/.test(line.trimEnd())) return null;
  return [...figures, ...after].map((p) => [p]);
}

/**
 * The rows of bilingual tables among a page's lines. A table needs its header (项目 Item 2022 2023)
 * and two rows of figures under it; lines of no such table are left alone.
 */
export function glossRows(lines: readonly string[]): GlossRows {
  const rows = new Map<number, GlossCell[]>();
  const taken = new Set<number>();
  for (let h = 0; h < lines.length; h++) {
    const head = HEADER.exec(lines[h] ?? "") ?? GLOSS_HEADER.exec(lines[h] ?? "");
    if (!head) continue;
    const found = tableAfter(lines, h, head);
    if (!found) continue;
    for (const [i, cells] of found.rows) rows.set(i, cells);
    for (const i of found.taken) taken.add(i);
    h = found.end - 1;
  }
  return { rows, taken };
}

function tableAfter(
  lines: readonly string[],
  h: number,
  head: RegExpExecArray,
): (GlossRows & { end: number }) | null {
  const rows = new Map<number, GlossCell[]>();
  const taken = new Set<number>();
  const labelEnd = (head[1] ?? "").length + (head[2] ?? "").length;
  const glossStart = labelEnd + (head[3] ?? "").length;
  const glossEnd = glossStart + (head[4] ?? "").length;
  const columns = spacedPieces(h, head[5] ?? "", glossEnd);
  const tail = headerTail(lines, h + 1);
  const last = columns.at(-1);
  const gloss = { line: h, start: glossStart, end: glossEnd };
  // Without its Chinese corner the English one stands in for both, so the header has a cell for
  // the labels and one for the glosses like every row under it.
  const headCells = [cell(head[2] ? [{ line: h, start: (head[1] ?? "").length, end: labelEnd }] : [gloss])];
  if (head[4]) headCells.push(cell([gloss]));
  for (const piece of columns) {
    const pieces = [piece];
    if (piece === last) {
      for (const i of tail.chinese) {
        const t = lines[i] ?? "";
        pieces.push({ line: i, start: t.search(/\S/), end: t.trimEnd().length });
      }
    }
    headCells.push(cell(pieces));
  }
  rows.set(h, headCells);
  for (let i = h + 1; i < tail.end; i++) taken.add(i);
  let figureRows = 0;
  let current: GlossCell[] | null = null;
  let i = tail.end;
  for (; i < lines.length; i++) {
    const t = lines[i] ?? "";
    if (t.trim() === "") {
      current = null;
      continue;
    }
    const row = ROW.exec(t);
    if (row) {
      const [label, gloss] = piecesOf(i, t, row, [2, 4]);
      const from = t.length - (row[5] ?? "").length - (t.length - t.trimEnd().length);
      if (!label || !gloss || !hasHan(t.slice(label.start, label.end))) break;
      const own = spacedPieces(i, row[5] ?? "", from);
      const wrapped = figuresGoOn(lines, i, own, columns.length);
      // A figure cut at the line's end and not put back whole is no figure.
      if (!wrapped && /\.$/.test(row[5] ?? "")) break;
      const figures = (wrapped ?? own.map((p) => [p])).map((pieces) => cell(pieces));
      const above = rows.get(i - 1);
      if (above?.length === 2 && UNIT_ONLY.test(t.slice(label.start, label.end))) {
        // 社区服务设施数 Number of Community Service / (个) Facilities (unit) 120 135: one row on two lines.
        above[0]?.pieces.push(label);
        above[1]?.pieces.push(gloss);
        current = [...above, ...figures];
        rows.set(i - 1, current);
        taken.add(i);
      } else {
        current = [cell([label]), cell([gloss], true), ...figures];
        rows.set(i, current);
      }
      if (/\d/.test(row[5] ?? "")) figureRows++;
      if (wrapped) taken.add(++i);
      continue;
    }
    const unit = UNIT_LINE.exec(t);
    const bare = BARE.exec(t);
    const english = ENGLISH.exec(t);
    const [label, gloss] = current ?? [];
    const glossText = gloss?.pieces.map((p) => (lines[p.line] ?? "").slice(p.start, p.end)).join(" ") ?? "";
    if (current && label && gloss && unit) {
      // (万人) under a row: the label's unit, and the rest of the gloss.
      const [u, g] = piecesOf(i, t, unit, [2, 4]);
      if (u) label.pieces.push(u);
      if (g) gloss.pieces.push(g);
      taken.add(i);
    } else if (current && label && gloss && bare && OPEN_GLOSS.test(glossText)) {
      // 优抚对象 Preferential Treatment under …Subsidies with: both the label and the gloss go on.
      const [l, g] = piecesOf(i, t, bare, [2, 4]);
      if (l) label.pieces.push(l);
      if (g) gloss.pieces.push(g);
      taken.add(i);
    } else if (current && gloss && english) {
      const [g] = piecesOf(i, t, english, [2]);
      if (g) gloss.pieces.push(g);
      taken.add(i);
    } else if (bare && hasHan(bare[2] ?? "")) {
      const [l, g] = piecesOf(i, t, bare, [2, 4]);
      const wrapped = figuresGoOn(lines, i, [], columns.length);
      const goesOn = GLOSS_FIGURES.exec(lines[i + 1] ?? "");
      current = null;
      if (l && g && goesOn && /\d/.test(goesOn[3] ?? "")) {
        // …Cost-of-livin / g 156 169.6 8.7: the gloss's end and the figures on the next line.
        const [rest] = piecesOf(i + 1, lines[i + 1] ?? "", goesOn, [2]);
        const from = (goesOn[1] ?? "").length + (goesOn[2] ?? "").length;
        const figures = spacedPieces(i + 1, goesOn[3] ?? "", from);
        if (rest && figures.length === columns.length) {
          current = [cell([l]), cell([g, rest], true), ...figures.map((p) => cell([p]))];
          rows.set(i, current);
          taken.add(++i);
          figureRows++;
        } else rows.set(i, [cell([l]), cell([g], true)]);
      } else if (l && g && wrapped) {
        // 民办非企业单位 Private Non-enterprise Units / 14.8 16.1 8.8: the row's figures on the next line.
        current = [cell([l]), cell([g], true), ...wrapped.map((pieces) => cell(pieces))];
        rows.set(i, current);
        taken.add(++i);
        figureRows++;
      } else if (l && g) rows.set(i, [cell([l]), cell([g], true)]);
    } else if (english) {
      // Urban Area: a section's gloss whose Chinese was not kept.
      taken.add(i);
      current = null;
    } else break;
  }
  if (figureRows < 2) return null;
  return { rows, taken, end: i };
}

/** A row's cells from its pieces, on one line with tabs between them. */
export function glossRow(lines: readonly Mapped[], cells: readonly GlossCell[]): Mapped {
  const out = new MappedBuilder();
  cells.forEach((c, j) => {
    c.pieces.forEach((p, k) => {
      const src = lines[p.line] as Mapped;
      if (k > 0 && c.spaced) out.from(src, p.start, " ");
      else if (k === 0 && j > 0) out.from(src, p.start, "\t");
      out.slice(src, p.start, p.end);
    });
  });
  return out.build();
}
