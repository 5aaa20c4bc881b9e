// Indicator codes in a column of their own: 指标名称 | 单位 | 代码 | 数量, rows such as
// 6.街道 | 个 | JZH011113000 | 459. A code names the row for a machine, not for a reader; the column
// (its header and its cells) is dropped, so the figures line up under 数量 as in a table without it.

import type { Cell } from "./cells.js";

/** JZH011113000, YZH011222000: a few capitals, then the code's digits. */
const INDICATOR_CODE = /^[A-Z]{2,4}\d{6,12}$/;
const CODE_HEADER = /^(?:指标)?(?:代\s*码|编\s*码)$/;

export const isIndicatorCode = (text: string) => INDICATOR_CODE.test(text.trim());

/** An indicator code inside a text: the code's pattern unanchored, not part of a longer word. */
const CODE_IN_TEXT = new RegExp(`(?<![A-Za-z])${INDICATOR_CODE.source.slice(1, -1)}(?!\\d)`, "g");

/** The text with the indicator codes in it left out: 一、综合QZH010000000 → 一、综合. */
export const withoutCodeText = (text: string) => text.replace(CODE_IN_TEXT, "");

/** The cells without the code column; cells of a table with no code left as they are. */
export function withoutCodes(cells: readonly Cell[]): Cell[] {
  if (!cells.some((c) => isIndicatorCode(c.text))) return [...cells];
  return cells.filter((c) => !isIndicatorCode(c.text) && !CODE_HEADER.test(c.text.trim()));
}
