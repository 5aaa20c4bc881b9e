// Lists whose items share the last item's unit: 811、766家 → 811家 and 766家; 2021、2022年 (two
// years); 3、5万元 → 30000 and 50000 yuan.

import { tidy } from "./numerals.js";
import type { Candidate } from "./quantityCandidate.js";
import { atLineStart } from "./quantityText.js";

const SEPARATOR = /^ *[、和及与或] *$/;

/** Gives each unitless Arabic item of a list the unit of the item after it (right to left). */
export function shareUnits(candidates: Candidate[], text: string): void {
  for (let k = candidates.length - 2; k >= 0; k--) {
    const a = candidates[k]!;
    const b = candidates[k + 1]!;
    const unit = b.unit;
    if (a.unit || !unit || b.skip || a.form !== "plain" || b.form === "ratio" || b.form === "fraction")
      continue;
    if (a.numerals[0]?.chinese || !SEPARATOR.test(text.slice(a.end, b.start)) || atLineStart(text, a.start)) {
      continue;
    }
    let times = unit.multiplier;
    const tail = b.numerals.at(-1)?.tail ?? 1;
    if (times === 1 && tail > 1 && a.numerals[0]?.tail === 1) times = tail;
    a.value = tidy(a.value * times);
    if (a.max !== undefined) a.max = tidy(a.max * times);
    a.unit = unit;
    a.unitStart = b.unitStart;
    a.unitEnd = b.unitEnd;
    a.shared = true;
    if (b.per) a.per = b.per;
  }
}
