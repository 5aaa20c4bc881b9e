// Every number in a text read as a number recogniser would, which is what `civstat quantities`
// prints: a text that is exactly one number (负3.7, 2 4/5, 86元3角2分, 3^4) is that number, and in
// running text a number without a unit (二百五, 还有二百五) counts too. What is written as a number but
// is no quantity stays out, as in documents: dates, document and telephone numbers, headings,
// ordinals, grades, codes, names in quotes and the 一 of words like 一切 or 统一.

import type { Quantity } from "../../schemas/quantity.js";
import { parseNumber } from "./numberExpression.js";
import { type Reading, readQuantities } from "./quantities.js";
import { fold, isCjk } from "./quantityText.js";

/** Why a number is no statistic in a document, yet still a number: kept when the text is read alone. */
const STILL_NUMBERS = new Set(["no_unit", "determiner", "idiom", "time_window"]);

/** A Chinese number touching other words: the 一 of 一切, 统一, the 二十 of 二十大. */
function inWord(text: string, r: Reading): boolean {
  const { numberStart, numberEnd } = r.quantity;
  const touches = (ch: string | undefined) => isCjk(ch) && !"点和与或及到至".includes(ch!);
  const before = touches(text[numberStart - 1]);
  const after = touches(text[numberEnd]);
  if (numberEnd - numberStart === 1) return before || after;
  return before && after;
}

function keep(folded: string, r: Reading): boolean {
  const { numberStart, numberEnd } = r.quantity;
  // 〇 alone is as often a circle mark as a zero.
  if (folded.slice(numberStart, numberEnd) === "〇") return false;
  if (r.rejected === null) return true;
  if (!STILL_NUMBERS.has(r.rejected)) return false;
  if (r.rejected === "idiom")
    return r.candidate.unit?.kind === "measure" || r.candidate.unit?.kind === "duration";
  if (r.rejected === "no_unit") return folded[numberStart] === "负" || !inWord(folded, r);
  return true;
}

/** The numbers in one line of text, in order. Never throws. */
export function numbersIn(text: string): Quantity[] {
  if (typeof text !== "string") return [];
  const folded = fold(text);
  const trimmed = folded.trim();
  const whole = parseNumber(trimmed);
  if (whole) {
    const start = folded.indexOf(trimmed);
    const end = start + trimmed.length;
    return [
      {
        text: text.slice(start, end),
        start,
        end,
        numberStart: start,
        numberEnd: end,
        value: whole.value,
        unit: whole.unit,
        unitText: "",
        qualifier: whole.qualifier,
        kind: whole.kind,
      },
    ];
  }
  return readQuantities(text)
    .filter((r) => keep(folded, r))
    .map((r) => r.quantity);
}
