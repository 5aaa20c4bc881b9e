// Lines whose cells are divided by pipes without being markdown rows: `街道 | 个 | 74 |`,
// `二、行政区划 |`, a lone `|`, or rows run together (`…| 183 | |4.区公所 | 个 |`). A line of
// pipes between words only (首页 | 机构概况 | 政务公开) is a web page's navigation, not a table;
// a line of tabs with a paragraph in a cell is a page laid out in columns, not a table.

import { cellKind } from "../../extractors/tables/cells.js";

/** A cell no table holds: paragraphs of prose (the longest cells of real tables are under 200 characters). */
const PROSE_CELL = 300;

export function isTabRow(text: string): boolean {
  return (
    text.includes("\t") && !text.split("\t").some((c) => [...c].length > PROSE_CELL && /[。，,]/.test(c))
  );
}

export function isPipeRow(text: string): boolean {
  if (!text.includes("|")) return false;
  const cells = text.split("|").map((c) => c.trim());
  if (cells.every((c) => c === "")) return true;
  if (cells.some((c) => /[。！？]/.test(c) && [...c].length > 40)) return false;
  const framed = /^\s*\||\|\s*$/.test(text);
  const emptyInside = cells.slice(1, -1).some((c) => c === "");
  const figures = cells.some((c) => cellKind(c) === "number" || cellKind(c) === "unit");
  return framed || emptyInside || figures;
}

/** Cells between pipes, the empty ones left out. */
const pipeCells = (text: string) =>
  text
    .split("|")
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * A line of words between pipes over a row of figures with as many cells, or one more for the
 * labels' column (指标 | 2022年 | 2023年 over 社会组织 | 1200 | 1300): the table's header, not a
 * page's navigation.
 */
export function isPipeHeader(text: string, next: string): boolean {
  if (!text.includes("|") || isPipeRow(text) || !isPipeRow(next)) return false;
  const cells = pipeCells(text);
  const below = pipeCells(next);
  if (cells.length < 2 || !below.some((c) => cellKind(c) === "number")) return false;
  if (cells.some((c) => [...c].length > 16 || /[。，；：！？,;:!?]/.test(c))) return false;
  return below.length === cells.length || below.length === cells.length + 1;
}
