// One number and what is written with it up to its unit: what stands between them (3万余名, 300余万元,
// 十来个), the unit itself, and a money multiplier written into the unit (16.3|万元, 三|千元).

import { parseNumeral, tidy } from "./numerals.js";
import type { Candidate } from "./quantityCandidate.js";
import { type Numeral, numeralAt } from "./quantityNumeral.js";
import { isCjk, isMultiplier, skipSpaces, skipSpacesBack } from "./quantityText.js";
import { matchUnit, UNITS, type UnitInfo } from "./units.js";

export interface Part {
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
export function partAt(text: string, at: number): Part | null {
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
  const more = text[p] === "个" && /[多余半]/.test(text[p + 1] ?? "") ? matchUnit(text, p + 2) : null;
  if (more?.info.kind === "duration" && text[p + 1] === "半") {
    // 两个半小时, 一个半月
    unit = more;
    length = more.form.length + 2;
    part.value += 0.5;
  } else if (more?.info.kind === "duration") {
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
