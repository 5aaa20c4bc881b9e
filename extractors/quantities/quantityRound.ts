// Round numbers written as a bare multiplier right after a bound: 近万人 (nearly 10000 person),
// 逾千家, 上万人次, 过亿元, 超百场. Without such a word before it, 百 千 万 are no numbers (千家万户).

import type { Candidate } from "./quantityCandidate.js";
import { perAfter } from "./quantityPer.js";
import { qualifierAfter } from "./quantityQualifiers.js";
import { isMultiplier, wordBefore } from "./quantityText.js";
import { matchUnit } from "./units.js";

const VALUE: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** Words that make a bare multiplier a number; 上 and 过 mean "more than" only here (上万人). */
const LEADS = ["近", "逾", "超", "超过", "约", "将近", "接近", "上", "过", "达", "近乎"];

export function roundAt(text: string, at: number): Candidate | null {
  const value = VALUE[text[at] ?? ""];
  const lead = value ? wordBefore(text, at, LEADS) : null;
  if (!value || !lead || text.startsWith("分之", at + 1) || isMultiplier(text[at + 1])) return null;
  let unit = matchUnit(text, at);
  let unitStart = at;
  let amount = value;
  let qualifier: Candidate["qualifier"] = lead === "上" || lead === "过" ? "more_than" : "exact";
  if (unit && unit.form.length > 1 && isMultiplier(unit.form[0])) {
    amount = unit.info.multiplier;
  } else {
    unitStart = at + 1;
    if (text[unitStart] === "余" || text[unitStart] === "多") {
      qualifier = "more_than";
      unitStart++;
    }
    unit = matchUnit(text, unitStart);
    if (!unit) return null;
    amount = value * unit.info.multiplier;
  }
  const unitEnd = unitStart + unit.form.length;
  let end = unitEnd;
  const per = perAfter(text, end);
  if (per) end = per.at;
  const after = qualifierAfter(text, end, unit.info.kind === "duration");
  if (after) end = after.at;
  const numeral = { start: at, end: at + 1, value, raw: text[at]!, chinese: true, tail: 1 };
  return {
    form: "plain",
    start: qualifier === "more_than" && (lead === "上" || lead === "过") ? at - 1 : at,
    end,
    numberStart: at,
    numberEnd: at + 1,
    numerals: [numeral],
    value: amount,
    unit: unit.info,
    unitStart,
    unitEnd,
    qualifier: after?.qualifier ?? qualifier,
    ...(per ? { per: per.per } : {}),
  };
}
