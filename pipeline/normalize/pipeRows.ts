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
