// One written number to its value: Arabic (59,395  59，395  １２３  21.5), Chinese (十五  一百零八
// 两万  廿三  壹仟贰佰), both mixed with the multipliers 十 百 千 万 亿 (7万5千4百  1.21亿  3万), and
// digit-by-digit Chinese (二〇二四). Never throws: anything else is null.

import { readNumeral } from "./numeralGrammar.js";
import { fold } from "./quantityText.js";

/** Rounds away binary noise: 16.3 × 10000 is 163000, not 163000.00000000003. */
export const tidy = (n: number): number => Number(n.toPrecision(15));

/** The value of one written number, or null when `text` is not one. */
export function parseNumeral(text: string): number | null {
  if (typeof text !== "string") return null;
  const s = fold(text).trim();
  if (!s) return null;
  const read = readNumeral(s, 0);
  if (!read || read.end !== s.length || !Number.isFinite(read.value)) return null;
  return read.value;
}
