// What a figure is per, when the text says: after the unit (16.3万元/人/年, 350元/人·月) or before
// the number (每人每月350元, 人均3000元).

import { isCjk, skipSpaces, skipSpacesBack } from "./quantityText.js";
import { matchUnit } from "./units.js";

export interface Per {
  per: string;
  /** Where the per phrase starts (before the number) or ends (after the unit). */
  at: number;
}

/** One unit of a per phrase at `at`: 人, 年, 人次, 平方米, 生. */
function perWord(text: string, at: number): string | null {
  const unit = matchUnit(text, at);
  if (unit && isCjk(unit.form[0])) return unit.form;
  return text[at] === "生" ? "生" : null;
}

/** `/人/年` after a unit → 人/年; `/人·月` → 人·月. */
export function perAfter(text: string, at: number): Per | null {
  const parts: string[] = [];
  let end = at;
  for (;;) {
    let i = skipSpaces(text, end);
    if (text[i] !== "/") break;
    i = skipSpaces(text, i + 1);
    let word = perWord(text, i);
    if (!word) break;
    let j = i + word.length;
    while (text[j] === "·") {
      const next = perWord(text, j + 1);
      if (!next) break;
      word += `·${next}`;
      j += 1 + next.length;
    }
    parts.push(word);
    end = j;
  }
  return parts.length ? { per: parts.join("/"), at: end } : null;
}

/** 每 and what it counts: 每人, 每月, 每人次, 每万人, 每个城市社区, 每位老人. */
const EACH_UNIT = String.raw`每[万千百]?(?:人次|人|户|年度|年|月|日|天|周|季度|次|床|[个位名所家][\u4e00-\u9fff]{0,4}?)`;
/** A verb that may stand between the per phrase and the number: 每人每月发放200元. */
const EACH_VERB =
  "发放|补贴|补助|给予|提供|安排|配备|配置|培育|拥有|有|为|按|计|支付|资助|奖励|增加|提高到|提高|达到|达|可获得|领取|享受";
const EACH = new RegExp(`((?:${EACH_UNIT})+)(?:${EACH_VERB})?$`);

/** `每人每月` or `人均` right before the number at `at` (no further back than `floor`). */
export function perBefore(text: string, at: number, floor: number): Per | null {
  const end = skipSpacesBack(text, at);
  const window = text.slice(Math.max(floor, end - 12), end);
  const each = EACH.exec(window);
  if (each) return { per: each[1]!.slice(1), at: end - each[0].length };
  const average = /([人户年月日])均$/.exec(window);
  if (average) return { per: average[1]!, at: end - 2 };
  return null;
}
