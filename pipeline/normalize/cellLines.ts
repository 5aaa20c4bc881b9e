// Tables whose every cell came out on a line of its own (a web table copied as text, a PDF read
// cell by cell): a header of k short labels (the columns may be years: 指标 | 2012 | 2013), then
// rows of a label and k-1 figures, each on its own line. Only a run that repeats that shape
// exactly, row after row, is taken for a table; its cells are put back on one line a row,
// separated by tabs.

import { UNIT_CELL } from "../../extractors/tables/cells.js";

/** One cell: short, no sentence punctuation, no gap inside; a part may be marked so (其中：社会工作师). */
const CELL = /^(?:其中[:：])?[^\s。，；：:;,！？!?、]{1,16}$/;
const isLabel = (text: string) => CELL.test(text) && /[\u4e00-\u9fa5]/.test(text) && !isNumber(text);
/** A figure, alone or with its measure word (120家, 1,200人). */
function isNumber(text: string): boolean {
  const figure = /^[-+]?\d[\d,，]*(?:\.\d+)?/.exec(text)?.[0];
  if (!figure) return false;
  const rest = text.slice(figure.length);
  return rest === "" || rest === "%" || UNIT_CELL.test(rest);
}
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A column header that is a year or a year's end: 2013, 2013年, 2013年末. */
const YEAR = /^(?:19|20)\d{2}(?:年(?:末|底|度)?)?$/;

/** Where a line's one cell lies: past the pipes a web table may leave around it (`| 社会团体 |`, `310 |`). */
export function cellSpan(line: string): { start: number; end: number } {
  const space = (i: number) => SPACE.test(line[i] ?? "");
  let start = 0;
  while (start < line.length && space(start)) start++;
  if (line[start] === "|") start++;
  while (start < line.length && space(start)) start++;
  let end = line.length;
  while (end > start && space(end - 1)) end--;
  if (end > start && line[end - 1] === "|") end--;
  while (end > start && space(end - 1)) end--;
  return { start, end };
}
const SPACE = /\s/;
const cellOf = (line: string) => {
  const { start, end } = cellSpan(line);
  return line.slice(start, end);
};

/** Widest table looked for (a label and the years of a decade), and how many rows each width needs to be believed. */
const MOST_COLUMNS = 12;
const fewestRows = (k: number) => (k === 2 ? 3 : 2);
/** The fewest cells any table takes: two columns, a header and three rows, or a bare header of two years over two rows of three. */
const FEWEST_CELLS = 8;

/** A line's one cell, with what it can be in a table told once. */
interface Cell {
  text: string;
  label: boolean;
  year: boolean;
  number: boolean;
}

const cellAt = (text: string): Cell => ({
  text,
  label: isLabel(text),
  year: YEAR.test(text),
  number: isNumber(text),
});

/**
 * How many rows of a label and k-1 figures follow a header at `at` in `cells`: k labels, or, where
 * the corner was left empty, the k-1 years alone (2021 / 2022 / 2023 over 社会团体 / 310 / …).
 */
function rowsAfter(cells: readonly Cell[], at: number, k: number, cornered: boolean): number {
  const width = cornered ? k : k - 1;
  // The corner is a label; the columns are labels or years (a year is no figure of a row here).
  if (cornered && !cells[at]?.label) return 0;
  for (let c = cornered ? at + 1 : at; c < at + width; c++) {
    const cell = cells[c];
    if (!cell || (cornered ? !cell.label && !cell.year : !cell.year)) return 0;
  }
  // A column the header names 单位 holds each row's unit (社会团体 / 个 / 310 / 325).
  const unitAt = cornered ? cells.slice(at, at + width).findIndex((c) => UNIT_HEADER.test(c.text)) : -1;
  // Under 年份 a row may open with a bare year (年份 / 社会组织 / 2021 / 1830).
  const yearsDown = cornered && /^年\s*[份度]$/.test(cells[at]?.text ?? "");
  let rows = 0;
  for (let r = at + width; r + k <= cells.length; r += k) {
    const label = cells[r];
    if (!label?.label && !(yearsDown && /^(?:19|20)\d{2}$/.test(label?.text ?? ""))) break;
    let figures = true;
    for (let c = r + 1; c < r + k; c++) {
      figures &&= c - r === unitAt ? UNIT_CELL.test(cells[c]?.text ?? "") : (cells[c]?.number ?? false);
    }
    if (!figures) break;
    rows++;
  }
  return rows;
}

/**
 * Groups of line indexes that are one table row each (header first), for every run of one-cell
 * lines that reads as a table. Blank lines between cells are passed over; lines in no group stay
 * as they are.
 */
export function cellLineRows(lines: readonly string[]): number[][] {
  const groups: number[][] = [];
  // Indexes of non-blank lines, in runs of single cells.
  let run: number[] = [];
  const flush = () => {
    const cells = run.map((i) => cellAt(cellOf(lines[i] ?? "")));
    let s = 0;
    while (run.length - s >= FEWEST_CELLS) {
      let found: [number, number, number] | null = null;
      for (let k = 2; k <= MOST_COLUMNS && !found; k++) {
        const rows = rowsAfter(cells, s, k, true);
        if (rows >= fewestRows(k)) found = [k, k, rows];
        // Two years at least make a header without its corner.
        const bare = k >= 3 ? rowsAfter(cells, s, k, false) : 0;
        if (!found && bare >= fewestRows(k)) found = [k, k - 1, bare];
      }
      if (!found) {
        s++;
        continue;
      }
      const [k, width, rows] = found;
      groups.push(run.slice(s, s + width));
      for (let r = 0; r < rows; r++) groups.push(run.slice(s + width + r * k, s + width + (r + 1) * k));
      s += width + rows * k;
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const text = cellOf(line);
    if (text === "") return;
    // A figure grouped by thousands (1,336) is a cell too.
    if (CELL.test(text) || isNumber(text)) run.push(i);
    else flush();
  });
  flush();
  return groups;
}
