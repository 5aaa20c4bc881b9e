// Which sentences make up one table. Section rows (一、社会组织, 城市最低生活保障) may come out as
// headings or short lines of their own between the rows, and rules drawn with dashes (or a
// header's unit wrapped onto a line of its own, （家）) between the header and the rows. A page may
// also put lines there that belong to no table (来源：…, 首页 > 政务公开, ①, an advert): the table
// steps over them, and they are read as the text they are. A sentence, a caption, or a header of
// columns after the lines between ends the table.

import type { Sentence } from "../../schemas/document.js";
import { cellKind } from "./cells.js";
import { withoutCodeText } from "./codes.js";
import { interrupts, isCaptionLine, isPageJunk } from "./interruptions.js";

const RULE = /^(?:[-—=_─━\s]+|\s*[（(][^（）()]{1,6}[）)]\s*)$/;
/** Section rows between table rows: short, no sentence punctuation. */
const SECTION_LINE = /^[^。；，,;！？!?]{1,30}$/;
/** How many lines may stand together between rows (一、综合 / (一)行政区划 / 城市低保). */
const MOST_BETWEEN = 3;

/** A figure past a row's ordinal and its indicator code (2.乡小计, 一、综合 QZH010000000 hold none). */
const holdsFigure = (text: string) =>
  /\d/.test(withoutCodeText(text.trim().replace(/^[（(]?\d{1,2}[）).、．]/, "")));

/**
 * A line between rows that the table's reader reads: a section row or a rule. A line of page junk
 * is not, nor one with a figure of its own (另有基金会3家): it is read as text.
 */
const readsAsRow = (s: Sentence) =>
  !isPageJunk(s.text) &&
  !holdsFigure(s.text) &&
  (s.kind === "heading" || RULE.test(s.text) || SECTION_LINE.test(s.text));

/** A line the table goes on past: a rule, or a line read as a row or stepped over that is no caption. */
const between = (s: Sentence | undefined) =>
  s !== undefined &&
  s.kind !== "table_row" &&
  (RULE.test(s.text) || (!isCaptionLine(s.text) && (readsAsRow(s) || interrupts(s.text))));

/** A header of columns: two or more labels and no figure (区域 | 社会团体 | 基金会). */
function isHeader(row: Sentence): boolean {
  const kinds = row.text.split(/[\t|]/).map(cellKind);
  return !kinds.includes("number") && kinds.filter((k) => k === "label").length >= 2;
}

/** A year as a column's header: 2022, 2022年, 2022年末. */
const YEAR_CELL = /^(?:19|20)\d{2}(?:年(?:末|底|度)?)?$/;
/** The corner over a header's labels: 指标, 项目, 年份, 类别, 区域. */
const CORNER_CELL = /^(?:指\s*标(?:\s*名\s*称)?|项\s*目|年\s*份|类\s*别|区\s*域|地\s*区)$/;

/**
 * A header of years (指标 | 2022年 | 2023年, its corner maybe empty): not a row of the table above
 * it but the start of a table of its own, even with no line between them. Bare years must follow
 * one another and stand under a corner word, or a row of counts (社会团体 | 2010 | 2011) would pass.
 */
function isYearHeader(row: Sentence): boolean {
  const cells = row.text
    .split(/[\t|]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const years = cells.filter((c) => YEAR_CELL.test(c));
  if (years.length < 2) return false;
  const marked = years.every((y) => /年/.test(y));
  if (cells.length === years.length) return marked;
  const consecutive = years.every(
    (y, k) => k === 0 || Number.parseInt(y, 10) === Number.parseInt(years[k - 1] ?? "", 10) + 1,
  );
  return cells.length === years.length + 1 && CORNER_CELL.test(cells[0] ?? "") && (marked || consecutive);
}

/** The sentences of the table whose first row is at `start`, by index: its rows and the lines read with them. */
export function tableSpan(sentences: readonly Sentence[], start: number): number[] {
  const span = [start];
  let end = start;
  for (;;) {
    let next = end + 1;
    while (next - end <= MOST_BETWEEN && between(sentences[next])) next++;
    const row = sentences[next];
    if (row?.kind !== "table_row") return span;
    // A caption or a note over a header of its own begins another table.
    if (next > end + 1 && isHeader(row)) return span;
    // A header of years straight under a row of figures begins another table (not under a header of groups).
    const above = sentences[end] as Sentence;
    if (isYearHeader(row) && !isHeader(above) && !isYearHeader(above)) return span;
    for (let i = end + 1; i < next; i++) if (readsAsRow(sentences[i] as Sentence)) span.push(i);
    span.push(next);
    end = next;
  }
}
