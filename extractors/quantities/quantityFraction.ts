// Fractions written in words: 三分之一, 五 分之 一 (spaces inside), 一百分之2, and a whole number
// with a fraction, 十一又十四分之一. Values are exact quotients (七千三分之五 is 5 / 7300).

import { mixed } from "./numberExpression.js";
import { type Candidate, FRACTION } from "./quantityCandidate.js";
import { type Numeral, numeralAt } from "./quantityNumeral.js";
import { qualifierAfter } from "./quantityQualifiers.js";
import { skipSpaces } from "./quantityText.js";
import { matchUnit } from "./units.js";

/** The index just after 分之 at `at` (spaces allowed: 二分 之一), or -1. */
function afterFenZhi(text: string, at: number): number {
  const fen = skipSpaces(text, at);
  if (text[fen] !== "分") return -1;
  const zhi = skipSpaces(text, fen + 1);
  return text[zhi] === "之" ? zhi + 1 : -1;
}

/** 三分之一 once the denominator is read: the numerator after 分之. */
export function fractionAfter(text: string, denominator: Numeral): Candidate | null {
  const after = afterFenZhi(text, denominator.end);
  if (after < 0 || denominator.value === 0) return null;
  const numerator = numeralAt(text, skipSpaces(text, after));
  if (!numerator) return null;
  const bound = qualifierAfter(text, numerator.end, false);
  return {
    form: "fraction",
    start: denominator.start,
    end: bound?.at ?? numerator.end,
    numberStart: denominator.start,
    numberEnd: numerator.end,
    numerals: [denominator, numerator],
    value: numerator.value / denominator.value,
    ratio: [numerator.value, denominator.value],
    unit: FRACTION,
    unitStart: denominator.end,
    unitEnd: after,
    qualifier: bound?.qualifier ?? "exact",
  };
}

/** 十一又十四分之一, 四十又5分之2: a whole number, 又 and a fraction, read as one number. */
export function mixedAfter(text: string, whole: Numeral): Candidate | null {
  const you = skipSpaces(text, whole.end);
  if (text[you] !== "又") return null;
  const denominator = numeralAt(text, skipSpaces(text, you + 1));
  const fraction = denominator && fractionAfter(text, denominator);
  if (!fraction?.ratio) return null;
  const [numerator, below] = fraction.ratio;
  const value = mixed(whole.value, numerator, below);
  const at = skipSpaces(text, fraction.numberEnd);
  const unit = matchUnit(text, at);
  return {
    form: "plain",
    start: whole.start,
    end: unit ? at + unit.form.length : fraction.numberEnd,
    numberStart: whole.start,
    numberEnd: fraction.numberEnd,
    numerals: [whole, ...fraction.numerals],
    value: unit ? value * unit.info.multiplier : value,
    unit: unit?.info ?? null,
    unitStart: unit ? at : fraction.numberEnd,
    unitEnd: unit ? at + unit.form.length : fraction.numberEnd,
    qualifier: "exact",
  };
}
