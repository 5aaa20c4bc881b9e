// Every statistic in a sentence, in order: 3万余名 → 30000 person more_than, 不低于16.3万元/人/年 →
// 163000 yuan at_least per 人/年, 811、766家 → two org counts. Dates, document numbers, telephone
// numbers, headings, ordinals, grades and names are left out (see quantityFilters).

import type { Quantity } from "../../schemas/quantity.js";
import type { Candidate } from "./quantityCandidate.js";
import { filterContext, notStatistic } from "./quantityFilters.js";
import { shareUnits } from "./quantityLists.js";
import { blockedSpans } from "./quantityNames.js";
import { perBefore } from "./quantityPer.js";
import { qualifierBefore, strongest } from "./quantityQualifiers.js";
import { scan } from "./quantityScan.js";
import { fold } from "./quantityText.js";

/** A candidate with its place in the text, before filtering: what --debug and tests look at. */
export interface Reading {
  candidate: Candidate;
  quantity: Quantity;
  /** Why it is no statistic, or null. */
  rejected: string | null;
}

function shape(
  text: string,
  c: Candidate,
  start: number,
  qualifier: Quantity["qualifier"],
  per?: string,
): Quantity {
  const q: Quantity = {
    text: text.slice(start, c.end),
    start,
    end: c.end,
    numberStart: c.numberStart,
    numberEnd: c.numberEnd,
    value: c.value,
    unit: c.unit?.code ?? "",
    unitText: text.slice(c.unitStart, c.unitEnd),
    qualifier,
    kind: c.unit?.kind ?? "number",
  };
  if (c.max !== undefined) q.max = c.max;
  if (c.ratio) q.ratio = c.ratio;
  if (c.ratioMax) q.ratioMax = c.ratioMax;
  if (per) q.per = per;
  return q;
}

/** Every number read in `text`, each with the reason it is no statistic (null when it is one). */
export function readQuantities(text: string): Reading[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const folded = fold(text);
  const candidates = scan(folded, blockedSpans(folded));
  if (candidates.length === 0) return [];
  shareUnits(candidates, folded);
  const ctx = filterContext(folded);
  const out: Reading[] = [];
  let floor = 0;
  for (const c of candidates) {
    const from = floor;
    floor = c.end;
    if (c.skip) continue;
    let start = c.start;
    let qualifier = c.qualifier;
    const share = c.unit?.kind === "percent" || c.unit?.code === "times";
    const bound = qualifierBefore(folded, c.start, from, share);
    if (bound) {
      start = bound.at;
      qualifier = strongest(bound.qualifier, c.qualifier);
    }
    // 不低于每人每年12.5万元: the rate lies between the bound and the number.
    const per = c.per ?? perBefore(folded, start, from)?.per ?? perBefore(folded, c.start, from)?.per;
    out.push({
      candidate: c,
      quantity: shape(text, c, start, qualifier, per),
      rejected: notStatistic(c, ctx),
    });
  }
  return out;
}

/** Every statistic in `text`, in order of appearance. Never throws. */
export function findQuantities(text: string): Quantity[] {
  return readQuantities(text)
    .filter((r) => r.rejected === null)
    .map((r) => r.quantity);
}
