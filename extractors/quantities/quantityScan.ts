// Reading every figure of a (folded) sentence left to right: a number with its unit (quantityPart),
// a range's other end (3—5年, 3000至5000元, 3-5万元), what it is per (/人/年), a bound written after
// it (5名以上), a currency sign or a minus sign before it (¥3000, 增长-2.3%).

import { tidy } from "./numerals.js";
import type { Candidate } from "./quantityCandidate.js";
import { centsAfter } from "./quantityCents.js";
import { fractionAfter, mixedAfter } from "./quantityFraction.js";
import { type Part, partAt } from "./quantityPart.js";
import { perAfter } from "./quantityPer.js";
import { qualifierAfter } from "./quantityQualifiers.js";
import { ratioAt, shareWordsAt, slashFractionAt } from "./quantityRatio.js";
import { roundAt } from "./quantityRound.js";
import { CN_START, isCnStart, isDigit, skipSpaces } from "./quantityText.js";
import { UNITS } from "./units.js";

const RANGE = /^(?:-{1,2}|—{1,2}|–|~|至|到)/;

/** The other end of a range after `first`: 3—5年, 3000至5000元, 3-5万元, 1月-6月. */
function rangeAfter(text: string, first: Part): Part | null {
  const from = skipSpaces(text, first.unit ? first.unitEnd : first.numberEnd);
  const sep = RANGE.exec(text.slice(from, from + 2));
  if (!sep) return null;
  const at = skipSpaces(text, from + sep[0].length);
  if (!isDigit(text[at]) && !isCnStart(text[at])) return null;
  const second = partAt(text, at);
  if (!second || second.numeral.chinese !== first.numeral.chinese) return null;
  if (first.unit && second.unit?.code !== first.unit.code) return null;
  if (/^0\d/.test(first.numeral.raw) || /^0\d/.test(second.numeral.raw)) return null;
  return second;
}

function plainAt(text: string, at: number): Candidate | null {
  const first = partAt(text, at);
  if (!first) return null;
  const fraction = mixedAfter(text, first.numeral) ?? fractionAfter(text, first.numeral);
  if (fraction) return signed(text, fraction);
  let last = first;
  let low = first.value;
  let high: number | undefined = first.numeral.approxMax;
  const second = rangeAfter(text, first);
  if (second) {
    let value = first.value;
    const plain = !first.scaled && first.numeral.tail === 1;
    if (plain && !first.unit && second.unit && second.unit.multiplier !== 1) {
      value = tidy(value * second.unit.multiplier);
    } else if (plain && second.numeral.tail > 1 && !second.scaled) {
      value = tidy(value * second.numeral.tail);
    }
    if (value < second.value) {
      low = value;
      high = second.value;
      last = second;
    }
  }
  let unit = last.unit;
  let start = at;
  let [unitStart, unitEnd] = [last.unitStart, last.unitEnd];
  if (!unit && (text[at - 1] === "¥" || text[at - 1] === "￥")) {
    // ¥3000: a currency sign before the number
    unit = UNITS.get("元")!;
    start = unitStart = at - 1;
    unitEnd = at;
  }
  const signWord = /(增长|增速|增幅|下降|降幅|变动|为|是)$/.test(text.slice(at - 3, at - 1));
  const cell = at === 1 || /[\t\n ]/.test(text[at - 2] ?? "");
  if (text[at - 1] === "-" && last === first && (signWord || cell)) {
    // 增长-2.3%, a table cell -612: a sign, not a range
    low = -low;
    start = at - 1;
  }
  let end = last.unitEnd;
  const cents =
    unit?.code === "yuan" && unitEnd - unitStart === 1 && high === undefined ? centsAfter(text, end) : null;
  if (cents) {
    // 86元3角2分
    low = (Math.round(low * 100) + cents.cents) / 100;
    end = cents.end;
  }
  const per = unit ? perAfter(text, end) : null;
  if (per) end = per.at;
  const after = qualifierAfter(text, end, unit?.kind === "duration");
  let qualifier = first.qualifier === "exact" ? last.qualifier : first.qualifier;
  if (after) {
    end = after.at;
    qualifier = qualifier === "exact" || after.qualifier.startsWith("at_") ? after.qualifier : qualifier;
  }
  if (high !== undefined && first.numeral.approxMax !== undefined) qualifier = "nearly";
  const candidate: Candidate = {
    form: last === first && first.numeral.approxMax === undefined ? "plain" : "range",
    start,
    end,
    numberStart: low < 0 ? start : first.numeral.start,
    numberEnd: last.numberEnd,
    numerals: last === first ? [first.numeral] : [first.numeral, last.numeral],
    value: low,
    unit,
    unitStart,
    unitEnd,
    qualifier,
  };
  // Set after, not spread into the literal: a conditional spread makes every figure slow to build.
  if (high !== undefined) candidate.max = high;
  if (per) candidate.per = per.per;
  return signed(text, candidate);
}

/** 负3.7, 负二又四分之三: a negative number, 负 written right before it. */
function signed(text: string, c: Candidate): Candidate {
  if (text[c.start - 1] !== "负" || c.value < 0 || c.max !== undefined) return c;
  return { ...c, start: c.start - 1, numberStart: c.start - 1, value: -c.value };
}

/** By UTF-16 code unit: 1 where a figure may start (a digit, a Chinese numeral, a bracket, 百 千 万 亿). */
const STARTS = new Uint8Array(0x10000);
for (const ch of `(0123456789百千万亿${CN_START}`) STARTS[ch.charCodeAt(0)] = 1;

/**
 * Every figure in folded `text`, in order, none overlapping; `blockedEnd(i)` is the end of a span
 * that holds no statistic (a plan name, a date) when `i` is inside one, else -1.
 */
export function scan(text: string, blockedEnd: (i: number) => number): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const skip = blockedEnd(i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (STARTS[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const ch = text[i];
    let found: Candidate | null = null;
    if (ch === "(" || isDigit(ch)) found = ratioAt(text, i) ?? slashFractionAt(text, i);
    if (!found && (ch === "百" || ch === "千" || ch === "万")) found = shareWordsAt(text, i);
    if (!found && (ch === "百" || ch === "千" || ch === "万" || ch === "亿")) found = roundAt(text, i);
    if (!found && (isDigit(ch) || isCnStart(ch))) found = plainAt(text, i);
    if (found && found.end > i) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}
