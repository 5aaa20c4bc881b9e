// Table rows that a PDF gives with single spaces between cells (社会组织总数 个 766 752): their cell
// gaps become tabs before spacing is cleaned, or the row would run together (社会组织总数个766752).
// The line above such rows becomes a header row too when it reads as one (指标 单位 2022 年 2023 年).

import { UNIT_CELL } from "../../extractors/tables/cells.js";
import { isIndicatorCode } from "../../extractors/tables/codes.js";
import { groupedHeader } from "../../extractors/tables/groupedHeader.js";
import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const NUMBER = /^[-+]?[\d,，.]+%?$/;
const UNIT = UNIT_CELL;

/**
 * The space after a row's ordinal letter (A 城市低保人数, II 农村低保金, (a) 社会福利院), also after the
 * words that mark it a part (其中:A 孤儿基本生活保障支出), is not a cell gap.
 */
const MARKER_SPACE =
  /^(\s*(?:其中[:：]\s*)?(?:[A-HJ-Z]|I{1,3}|IV|VI{0,3}|IX|X|[（(][a-z\d]{1,2}[)）])) (?=[\u4e00-\u9fa5])/;

/** A unit in brackets after a label or a column's name, a space apart: 单位数 (个). */
const SPACED_UNIT = /(?<=[^\d\s]) (?=[（(][^（）()\s\d]{1,6}[)）](?: |$))/g;

/** Cells split at single spaces, with a year, a marked label and a label with its unit kept whole. */
function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(MARKER_SPACE, "$1\u0000")
    .replace(/(\d) (?=[年月日])/g, "$1\u0000")
    .replace(SPACED_UNIT, "\u0000")
    .split(/ +/)
    .map((c) => c.replaceAll("\u0000", " "));
}

/** A labelled row of figures: the label, then only figures and units, at least two figures. */
export function isFigureRow(text: string): boolean {
  // Three cells need two spaces between them.
  const space = text.indexOf(" ");
  if (space === -1 || text.indexOf(" ", space + 1) === -1) return false;
  // Thousands commas (1,234) are part of a figure, not of a sentence; 其中: opens a part's label.
  if (/[。，；：！？;:]|,(?!\d{3}(?!\d))/.test(text.replace(/^\s*其中[:：]/, ""))) return false;
  const cells = cellsOf(text);
  const [label, ...rest] = cells;
  if (cells.length < 3 || !label || NUMBER.test(label) || !/[\u4e00-\u9fa5]/.test(label)) return false;
  const numbers = rest.filter((c) => NUMBER.test(c)).length;
  const units = rest.filter((c) => UNIT.test(c)).length;
  // 6.街道 JZH011113000 459 459: a column of indicator codes between the label and the figures.
  const values = rest.filter((c) => !isIndicatorCode(c));
  const codes = rest.length - values.length;
  // 街道 个 74: a label, its unit and one figure is a row of an indicator table.
  const counted = numbers >= 2 || (numbers === 1 && UNIT.test(values[0] ?? ""));
  return counted && codes <= 1 && numbers + units + codes === rest.length;
}

/** Column headings: three or more short cells, no sentence punctuation, not a letter-spaced name. */
export function isHeaderRow(text: string): boolean {
  if (/[。，；：！？,;:《》“”]/.test(text)) return false;
  const cells = cellsOf(text);
  const single = cells.filter((c) => [...c].length === 1).length;
  const figures = cells.filter((c) => NUMBER.test(c)).length;
  return (
    cells.length >= 3 && cells.every((c) => [...c].length <= 12) && single <= cells.length / 2 && figures <= 1
  );
}

/** The line with its cell gaps as tabs. */
export function tabulate(line: Mapped): Mapped {
  const out = new MappedBuilder();
  const text = line.text;
  const first = text.search(/\S/);
  const last = text.trimEnd().length;
  const marker = MARKER_SPACE.exec(text)?.[1]?.length ?? -1;
  const units = new Set([...text.matchAll(SPACED_UNIT)].map((m) => m.index ?? -1));
  for (let i = 0; i < text.length; i++) {
    const inside = i > first && i < last;
    const gap = text[i] === " " && inside && text[i - 1] !== " ";
    const kept =
      (gap && /\d/.test(text[i - 1] ?? "") && /[年月日]/.test(text[i + 1] ?? "")) ||
      i === marker ||
      units.has(i);
    if (gap && !kept) out.from(line, i, "\t");
    else if (text[i] !== " " || !inside || kept) out.from(line, i);
  }
  return out.build();
}

/** The corner of a table of years down: 年份, 年度. */
const YEAR_CORNER = /^\s*年\s*[份度]\s/;

/** 2021 2100 1000 1060: a bare year and only figures after it, as many cells as the header has. */
const isYearRow = (text: string, width: number): boolean => {
  const cells = cellsOf(text);
  return (
    !aligned(text) &&
    cells.length === width &&
    /^(?:19|20)\d{2}$/.test(cells[0] ?? "") &&
    cells.slice(1).every((c) => NUMBER.test(c))
  );
};

/** Rows aligned with runs of spaces are left to the spacing step, which keeps their empty cells. */
const aligned = (text: string) => /\S {2,}\S/.test(text);

/** A header cell's unit wrapped onto a line of its own: （家）. */
export const isWrappedUnit = (text: string) => /^\s*[（(][^（）()]{1,6}[）)]\s*$/.test(text);

/** The row of column numbers under a header: 1 2 3, 甲 乙 1 2 3. */
const isNumbering = (text: string) => /^\s*(?:(?:[甲乙丙丁]|\d{1,2})(?:\s+|$)){2,}$/.test(text);
/** A section row before the first figure row: 一、综合, 一、综合 JZH011000000. */
const isSection = (text: string) =>
  /^\s*[一二三四五六七八九十]+、[\u4e00-\u9fa5]{1,16}(?:\s+[A-Z]{2,4}\d{6,12})?\s*$/.test(text);

/**
 * A two-column table a document-sharing copy collapsed to one pair a line, a gap of a space or two
 * between the cells: 类别 数量（家） over 社会团体 945, 民办非企业单位 1604, 基金会 17. One gap is too
 * little to make a line a row on its own (and the spacing step takes it out: 社会团体945, a count with
 * no unit); under a header of two cells whose second gives the unit in brackets, two or more such
 * lines are the table's rows.
 */
const PAIR_HEADER =
  /^\s*[\u4e00-\u9fa5]{1,10}[ \u3000]+[\u4e00-\u9fa5]{0,8}[（(][\u4e00-\u9fa5]{1,3}[)）]\s*$/;
const PAIR_ROW =
  /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、])?[\u4e00-\u9fa5（）()]{2,20}[ \u3000]+[\d,，.]+%?\s*$/;

function pairTables(lines: readonly string[], rows: boolean[]): void {
  lines.forEach((line, i) => {
    if (!PAIR_HEADER.test(line)) return;
    let end = i + 1;
    while (end < lines.length && PAIR_ROW.test(lines[end] ?? "")) end++;
    if (end - i - 1 < 2) return;
    for (let k = i; k < end; k++) rows[k] = true;
  });
}

/**
 * Which lines of a page are single-spaced table rows, or the header just above them (itself above
 * a unit wrapped onto the next line: 区 城市社区（个） 区级登记社会组织 / （家）; or above the row of
 * column numbers and the first section row: 指标名称 单位 数量 上期 / 1 2 3 / 一、综合).
 */
export function spacedTableRows(lines: readonly string[]): boolean[] {
  // A page that sets a blank line after every line (a web table copied as text) has the same table:
  // the header and its rows are read over the blank lines, which are no rows.
  const filled = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  if (filled.length < lines.length) {
    const found = spacedTableRowsIn(filled.map((i) => lines[i] ?? ""));
    const out = lines.map(() => false);
    filled.forEach((i, k) => {
      out[i] = found[k] ?? false;
    });
    return out;
  }
  return spacedTableRowsIn(lines);
}

function spacedTableRowsIn(lines: readonly string[]): boolean[] {
  const rows = lines.map((line) => !aligned(line) && isFigureRow(line));
  const headsRows = (i: number) => {
    if (rows[i + 1] === true || (isWrappedUnit(lines[i + 1] ?? "") && rows[i + 2] === true)) return true;
    let next = i + 1;
    if (isNumbering(lines[next] ?? "")) next++;
    if (isSection(lines[next] ?? "")) next++;
    return next > i + 1 && rows[next] === true;
  };
  // 单位数(个) 职工人数(人) over 2022 2023 2022 2023: a header of groups over columns repeated in each,
  // its rows maybe a blank line below it (a web page's empty row of cells, left as a line of spaces).
  // A title a Word copy ran into the groups, a run of spaces before them (22-33  某表单位数 (个) 职工人数
  // (人)), stands in the corner: the groups are read after it.
  const groupsOf = (line: string) => line.trim().split(/ {2,}/).at(-1) ?? "";
  const firstRow = (i: number) => {
    let k = i + 2;
    while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
    return k;
  };
  const grouped = (i: number) =>
    rows[firstRow(i)] === true &&
    !aligned(groupsOf(lines[i] ?? "")) &&
    !aligned(lines[i + 1] ?? "") &&
    !/[。，；：,;:]/.test(lines[i] ?? "") &&
    groupedHeader(
      cellsOf(groupsOf(lines[i] ?? "")),
      cellsOf(lines[i + 1] ?? ""),
      cellsOf(lines[firstRow(i)] ?? "").length,
    ) !== null;
  // 年份 社会组织 社会团体 over 2021 2100 1000: rows of figures whose label is a bare year, under a header
  // whose corner is 年份, with as many cells as it.
  lines.forEach((line, i) => {
    if (!YEAR_CORNER.test(line) || aligned(line) || !isHeaderRow(line)) return;
    const width = cellsOf(line).length;
    for (let j = i + 1; j < lines.length && isYearRow(lines[j] ?? "", width); j++) rows[j] = true;
  });
  pairTables(lines, rows);
  const groupLines = new Set<number>();
  lines.forEach((_, i) => {
    if (!rows[i] && grouped(i)) groupLines.add(i).add(i + 1);
  });
  return lines.map(
    (line, i) => rows[i] || groupLines.has(i) || (headsRows(i) && !aligned(line) && isHeaderRow(line)),
  );
}
