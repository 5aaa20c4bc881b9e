// The words that bound a figure: before it (超过1000万元, 近2000家, 不低于16.3万元), between the
// number and its unit (3万余名, 100多家, 十来个) and after the unit (5名以上, 15日内, 3万人左右).

import type { Qualifier } from "../../schemas/quantity.js";
import { isCjk, skipSpaces, skipSpacesBack, wordAt, wordBefore } from "./quantityText.js";
import { matchUnit } from "./units.js";

// biome-ignore format: a table reads better in rows
const BEFORE: Record<string, Qualifier> = {
  不得少于: "at_least", 不得低于: "at_least", 不少于: "at_least", 不低于: "at_least",
  不小于: "at_least", 至少: "at_least", 最少: "at_least", 最低: "at_least",
  不得超过: "at_most", 不得高于: "at_most", 不得多于: "at_most", 不超过: "at_most",
  不高于: "at_most", 不大于: "at_most", 不多于: "at_most", 至多: "at_most", 最多: "at_most",
  最高: "at_most", 未超过: "at_most", 不到: "at_most", 不足: "at_most", 不满: "at_most",
  未满: "at_most", 少于: "at_most", 低于: "at_most", 小于: "at_most", 跌破: "at_most",
  超过: "more_than", 超出: "more_than", 多于: "more_than", 高于: "more_than", 大于: "more_than",
  逾: "more_than", 超: "more_than", 突破: "more_than",
  将近: "nearly", 接近: "nearly", 近: "nearly", 大约: "nearly", 约为: "nearly", 约合: "nearly", 约: "nearly",
  大概: "nearly",
};
const BEFORE_WORDS = Object.keys(BEFORE);

/** Qualifiers that may reach over a "…的" phrase to a share: 不低于项目总人数的80%. */
const BRIDGING = new Set([
  "不得少于",
  "不得低于",
  "不少于",
  "不低于",
  "不得超过",
  "不得高于",
  "不超过",
  "不高于",
]);

/** The rate a figure is paid at, said between a bound and the figure: 每人每年, 每个社工站每年, 每月. */
const RATE_BEFORE = /每[\u4e00-\u9fa5]{0,8}?(?:年|月|季度|天|日|人|名|次)$/;

/** Characters before a qualifier that make it part of another word: 附近, 签约, 赶超. */
const NOT_AFTER: Record<string, string> = {
  近: "附就最靠邻贴亲临",
  约: "签合预节契公条制邀特履违缔协相集简婚赴践失守解",
  超: "赶高",
};

/** Words allowed between a qualifier and its number: 超过了3000人, 约达1万人, 约合人民币2亿元. */
const FILLERS = ["了", "达", "人民币"];

export interface Bound {
  qualifier: Qualifier;
  /** Where the qualifier starts (before) or ends (after). */
  at: number;
}

function wordEndingAt(text: string, end: number, floor: number): Bound | null {
  const word = wordBefore(text.slice(floor, end), end - floor, BEFORE_WORDS);
  if (!word) return null;
  const start = end - word.length;
  const stop = NOT_AFTER[word];
  if (stop && start > 0 && stop.includes(text[start - 1]!)) return null;
  return { qualifier: BEFORE[word]!, at: start };
}

/** The qualifier written before the number at `at`, looking no further back than `floor`. */
export function qualifierBefore(text: string, at: number, floor: number, share: boolean): Bound | null {
  const end = skipSpacesBack(text, at);
  if (end <= floor) return null;
  const direct = wordEndingAt(text, end, floor);
  if (direct) {
    // 最多不超过3家, 至少不低于: two bounds in a row read as one.
    const outer = wordEndingAt(text, skipSpacesBack(text, direct.at), floor);
    return outer ? { qualifier: strongest(direct.qualifier, outer.qualifier), at: outer.at } : direct;
  }
  const filler = wordBefore(text.slice(floor, end), end - floor, FILLERS);
  if (filler) {
    const bound = wordEndingAt(text, skipSpacesBack(text, end - filler.length), floor);
    if (bound) return bound;
  }
  // 不低于每人每年12.5万元, 不少于每个站每年15万元: a bound said before the rate the figure is paid at.
  const rate = RATE_BEFORE.exec(text.slice(Math.max(floor, end - 12), end));
  if (rate) {
    const bound = wordEndingAt(text, end - rate[0].length, floor);
    if (bound && BRIDGING.has(text.slice(bound.at, end - rate[0].length))) return bound;
  }
  if (share && text[end - 1] === "的") {
    for (let p = end - 2; p >= Math.max(floor, end - 18); p--) {
      if (/[\d，。；、：,;:!?()\n\t]/.test(text[p]!)) break;
      const word = wordBefore(text.slice(floor, p + 1), p + 1 - floor, [...BRIDGING]);
      if (word) return { qualifier: BEFORE[word]!, at: p + 1 - word.length };
    }
  }
  return null;
}

// biome-ignore format: a table reads better in rows
const AFTER: Record<string, Qualifier> = {
  及以上: "at_least", 及以下: "at_most", 以上: "more_than", 以下: "at_most", 以内: "at_most",
  之内: "at_most", 左右: "nearly", 上下: "nearly", 开外: "more_than", 有余: "more_than",
};
const AFTER_WORDS = Object.keys(AFTER);
/** After a duration only: 15日内, 3年多, 1年余. */
const AFTER_DURATION: Record<string, Qualifier> = { 内: "at_most", 多: "more_than", 余: "more_than" };

/** The qualifier written right after a number or its unit at `at`, and where it ends. */
export function qualifierAfter(text: string, at: number, duration: boolean): Bound | null {
  const i = skipSpaces(text, at);
  const word = wordAt(text, i, AFTER_WORDS);
  if (word) {
    const end = i + word.length;
    if (word === "上下" && isCjk(text[end]) && text[end] !== "的") return null;
    // 以上（含）, 以上(含本数): the bound itself included.
    const inclusive = /^\(含[^)]{0,4}\)/.exec(text.slice(end, end + 8));
    if (inclusive && (word === "以上" || word === "以下")) {
      return { qualifier: word === "以上" ? "at_least" : "at_most", at: end + inclusive[0].length };
    }
    return { qualifier: AFTER[word]!, at: end };
  }
  const ch = text[i];
  if (!duration || ch === undefined || !(ch in AFTER_DURATION)) return null;
  // 3年多的时间, 历时1年多完成 — but not 3年多次, 多个, 多元.
  if (ch !== "内" && (matchUnit(text, i + 1) || "元样方措层重渠".includes(text[i + 1] ?? "-"))) return null;
  return { qualifier: AFTER_DURATION[ch]!, at: i + 1 };
}

const RANK: Record<Qualifier, number> = { exact: 0, nearly: 1, more_than: 2, at_least: 3, at_most: 3 };

/** Of two qualifiers found for one figure, the more telling: 不少于5名以上 is at_least. */
export function strongest(a: Qualifier, b: Qualifier): Qualifier {
  return RANK[b] > RANK[a] ? b : a;
}
