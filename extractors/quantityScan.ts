// Reading every figure of a (folded) sentence left to right: a number, what is written between it and
// its unit (3万余名), the unit (with a money multiplier: 16.3万元), what it is per (/人/年), a range's
// other end (3—5年, 3000至5000元, 3-5万元) and a bound written after it (5名以上).

import { parseNumeral, tidy } from "./numerals.js";
import type { Candidate } from "./quantityCandidate.js";
import { type Numeral, numeralAt } from "./quantityNumeral.js";
import { perAfter } from "./quantityPer.js";
import { qualifierAfter } from "./quantityQualifiers.js";
import { fractionAfter, ratioAt, shareWordsAt, slashFractionAt } from "./quantityRatio.js";
import { roundAt } from "./quantityRound.js";
import { isCjk, isCnStart, isDigit, isMultiplier, skipSpaces, skipSpacesBack } from "./quantityText.js";
import { matchUnit, UNITS, type UnitInfo } from "./units.js";

interface Part {
  numeral: Numeral;
  /** End of the number proper (before a money multiplier taken into the unit: 16.3|万元). */
  numberEnd: number;
  value: number;
  qualifier: Candidate["qualifier"];
  unit: UnitInfo | null;
  unitStart: number;
  unitEnd: number;
  /** The value carried a multiplier written in its unit (万元) or after 余 (300余万人). */
  scaled: boolean;
}

/** 余 多 来 几 between a number and its unit, and a multiplier after it (300余万人): 30000 more_than. */
function inner(
  text: string,
  n: Numeral,
  at: number,
): { qualifier: Part["qualifier"]; end: number; times: number } | null {
  const ch = text[at];
  if (ch !== "余" && ch !== "多" && ch !== "来" && ch !== "几") return null;
  if ((ch === "来" || ch === "几") && n.value % 10 !== 0) return null;
  let end = at + 1;
  let times = 1;
  const unitHere = matchUnit(text, end);
  if (isMultiplier(text[end]) && !(unitHere && isMultiplier(unitHere.form[0]))) {
    let stop = end;
    while (isMultiplier(text[stop])) stop++;
    times = parseNumeral(`1${text.slice(end, stop)}`) ?? 1;
    end = stop;
  }
  const next = text[skipSpaces(text, end)];
  if (isCjk(next) && !matchUnit(text, skipSpaces(text, end)) && !/[的左]/.test(next!)) return null;
  return { qualifier: ch === "来" ? "nearly" : "more_than", end, times };
}

/** A unit whose written form starts with the numeral's last multipliers: 16.3|万元, 三|千元, 5|千米. */
function splitUnit(
  text: string,
  n: Numeral,
): { end: number; head: number; unitStart: number; info: UnitInfo; form: string } | null {
  for (let k = 2; k >= 1; k--) {
    const at = n.end - k;
    if (at <= n.start || ![...text.slice(at, n.end)].every(isMultiplier)) continue;
    const unit = matchUnit(text, at);
    if (!unit || unit.form.length <= k || !UNITS.has(unit.form)) continue;
    const headText = text.slice(n.start, at).replace(/ /g, "");
    // 三十|万元 and 5|千元, but not 三千五|百元: below 万 the head must be a plain number.
    if (/[万亿]/.test(headText) || (!/[万亿]/.test(text[at]!) && /[十百千拾佰仟]/.test(headText))) continue;
    const head = parseNumeral(headText);
    if (head === null) continue;
    return { end: skipSpacesBack(text, at), head, unitStart: at, info: unit.info, form: unit.form };
  }
  return null;
}

/** A number and what belongs to it up to its unit. */
function partAt(text: string, at: number): Part | null {
  const numeral = numeralAt(text, at);
  if (!numeral) return null;
  const part: Part = {
    numeral,
    numberEnd: numeral.end,
    value: numeral.value,
    qualifier: "exact",
    unit: null,
    unitStart: numeral.end,
    unitEnd: numeral.end,
    scaled: false,
  };
  const split = splitUnit(text, numeral);
  if (split) {
    return {
      ...part,
      numberEnd: split.end,
      value: tidy(split.head * split.info.multiplier),
      unit: split.info,
      unitStart: split.unitStart,
      unitEnd: split.unitStart + split.form.length,
      scaled: true,
    };
  }
  let p = skipSpaces(text, numeral.end);
  const bound = inner(text, numeral, p);
  if (bound) {
    part.qualifier = bound.qualifier;
    part.value = tidy(part.value * bound.times);
    part.scaled = bound.times > 1;
    p = skipSpaces(text, bound.end);
  }
  let unit = matchUnit(text, p);
  let length = unit?.form.length ?? 0;
  const more = text[p] === "个" && /[多余]/.test(text[p + 1] ?? "") ? matchUnit(text, p + 2) : null;
  if (more?.info.kind === "duration") {
    // 3个多月, 2个余小时
    unit = more;
    length = more.form.length + 2;
    part.qualifier = "more_than";
  }
  if (unit?.form === "成" && (!numeral.chinese || numeral.value > 10)) unit = null;
  if (unit) {
    part.unit = unit.info;
    part.unitStart = p;
    part.unitEnd = p + length;
    if (unit.info.multiplier !== 1) {
      part.value = tidy(part.value * unit.info.multiplier);
      part.scaled = true;
    }
  } else if (bound) {
    part.unitStart = part.unitEnd = bound.end;
  }
  return part;
}

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
  const fraction = fractionAfter(text, first.numeral);
  if (fraction) return fraction;
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
  if (!unit && (text[at - 1] === "¥" || text[at - 1] === "￥")) {
    // ¥3000: a currency sign before the number
    unit = UNITS.get("元")!;
    start = at - 1;
  }
  let end = last.unitEnd;
  const per = unit ? perAfter(text, end) : null;
  if (per) end = per.at;
  const after = qualifierAfter(text, end, unit?.kind === "duration");
  let qualifier = first.qualifier === "exact" ? last.qualifier : first.qualifier;
  if (after) {
    end = after.at;
    qualifier = qualifier === "exact" || after.qualifier.startsWith("at_") ? after.qualifier : qualifier;
  }
  if (high !== undefined && first.numeral.approxMax !== undefined) qualifier = "nearly";
  return {
    form: last === first && first.numeral.approxMax === undefined ? "plain" : "range",
    start,
    end,
    numberStart: first.numeral.start,
    numberEnd: last.numberEnd,
    numerals: last === first ? [first.numeral] : [first.numeral, last.numeral],
    value: low,
    ...(high !== undefined ? { max: high } : {}),
    unit,
    unitStart: start < at ? start : last.unitStart,
    unitEnd: start < at ? at : last.unitEnd,
    qualifier,
    ...(per ? { per: per.per } : {}),
  };
}

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
