// Which figures are no statistics: dates and years, document and proposal numbers, telephone numbers,
// headings and ordinals, grades, meeting names, names in quotes, idioms, and the article 一 (一支队伍).
// Each rule names its reason, so that tests and --debug output can say why a number was left out.

import type { Candidate } from "./quantityCandidate.js";
import {
  atLineStart,
  isCjk,
  isCnDigit,
  isCnNumeral,
  isDigit,
  isLatin,
  shortLine,
  skipSpaces,
  skipSpacesBack,
  wordAt,
  wordBefore,
} from "./quantityText.js";

export interface FilterContext {
  /** Folded text. */
  text: string;
  /** 1 where a character is inside quotation marks or a title (“…” ‘…’ 「…」 『…』 "…" 《…》). */
  quoted: Uint8Array;
}

/** By UTF-16 code unit: 1 opens a quotation or title, 2 closes one. */
const QUOTE = new Uint8Array(0x10000);
for (const ch of "“‘「『《〈") QUOTE[ch.charCodeAt(0)] = 1;
for (const ch of "”’」』》〉") QUOTE[ch.charCodeAt(0)] = 2;

export function filterContext(text: string): FilterContext {
  const quoted = new Uint8Array(text.length);
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) [depth, ascii] = [0, false];
    else if (QUOTE[code] === 1) depth++;
    else if (QUOTE[code] === 2) depth = Math.max(0, depth - 1);
    else if (code === 0x22) ascii = !ascii;
    quoted[i] = depth > 0 || ascii ? 1 : 0;
  }
  return { text, quoted };
}

const prev = (t: string, at: number): string | undefined => t[skipSpacesBack(t, at) - 1];
const next = (t: string, at: number): string | undefined => t[skipSpaces(t, at)];

const yearLike = (raw: string, value: number): boolean =>
  value >= 1900 && value <= 2100 && (/^\d{4}$/.test(raw) || /^[〇零一二三四五六七八九]{4}$/.test(raw));

const COUNTING_CUES = [
  "共",
  "共计",
  "合计",
  "总计",
  "累计",
  "新增",
  "增加",
  "增设",
  "减少",
  "仅",
  "只",
  "仅有",
  "只有",
  "达",
  "达到",
  "各",
  "级",
  "另有",
];
const CONTACT = /(电话|手机|传真|热线|联系方式|邮编|邮政编码|tel|qq|微信)[^。;\n]{0,12}$/i;
const WINDOW_BEFORE = ["近", "前", "过去", "最近", "今后", "未来"];
const WINDOW_UNITS = new Set(["year", "month", "quarter", "week", "day"]);
const MEETING = ["会议", "全会", "全体会议", "代表大会", "常委会", "常务会议"];
const PLAN = ["行动", "规划", "计划", "攻坚", "工程"];
const REFERENCES = ["附件", "附表", "附录", "附图", "见表", "见图", "如表", "如图"];

/**
 * 记者28日从…, 昨天（30日）, 18日，在北京召开的…: a day of the month said without its month, after the
 * reporter or in a bracket after 昨天, or opening a clause with a comma or a time of day after it.
 */
function dayAlone(c: Candidate, t: string): boolean {
  const [only] = c.numerals;
  if (c.numerals.length !== 1 || !only || !Number.isInteger(only.value) || only.value < 1 || only.value > 31)
    return false;
  const before = t.slice(Math.max(0, c.numberStart - 4), c.numberStart);
  if (/(?:记者|笔者)\s*$|(?:昨天|昨日|今天|今日|前天)\s*[（(]\s*$/.test(before)) return true;
  const opens = /(?:^|[，,。；;：:\n])\s*$/.test(before);
  return opens && /^\s*(?:[，,]|上午|下午|晚上?|凌晨)/.test(t.slice(c.unitEnd, c.unitEnd + 3));
}

function dateReason(c: Candidate, t: string): string | null {
  const ns = c.numerals;
  const code = c.unit?.code;
  const unitText = t.slice(c.unitStart, c.unitEnd);
  if (code === "year") {
    if (ns.length && ns.every((n) => yearLike(n.raw, n.value))) return "year";
    if (/^[级代]/.test(t[c.unitEnd] ?? "")) return "grade";
    if (unitText === "周年") return "anniversary";
    if (wordAt(t, c.unitEnd, PLAN)) return "plan";
  }
  if (code === "month" && unitText === "月" && ns.every((n) => Number.isInteger(n.value) && n.value <= 12)) {
    return "month";
  }
  // 截至201812月底: a year run into its month where 年 was lost.
  if (
    code === "month" &&
    unitText === "月" &&
    ns.length === 1 &&
    /^(?:19|20)\d{2}(?:1[0-2]|0?[1-9])$/.test(ns[0]?.raw ?? "")
  )
    return "month";
  if (code === "day" && prev(t, c.numberStart) === "月") return "day_of_month";
  if (code === "day" && unitText === "日" && dayAlone(c, t)) return "day_of_month";
  if (code === "quarter" && unitText === "季度" && ns.every((n) => n.value <= 4)) return "quarter";
  if (!c.unit && ns.length === 2 && ns.every((n) => yearLike(n.raw, n.value))) return "year_range";
  // 年鉴2016, 《2035远景目标》: a bare year-like number against words, not in a table cell.
  const [only] = ns;
  const touching = isCjk(t[c.numberStart - 1]) || isCjk(t[c.numberEnd]) || /[》”]/.test(t[c.numberEnd] ?? "");
  if (!c.unit && ns.length === 1 && only && yearLike(only.raw, only.value) && touching) return "year";
  return null;
}

function codeReason(c: Candidate, t: string): string | null {
  const raw = c.numerals[0]?.raw ?? "";
  const before = prev(t, c.numberStart);
  const after = next(t, c.numberEnd);
  if (isLatin(t[c.numberEnd]) || isLatin(t[c.numberStart - 1])) return "code";
  if (t[c.numberStart - 1] === "-" && isLatin(t[c.numberStart - 2])) return "code";
  if (c.unit) return null;
  if (after === "号" || /^(?: *[、和及] *\d+)+ *号/.test(t.slice(c.numberEnd, c.numberEnd + 40))) {
    return "number_sign";
  }
  if (before && "〔[【".includes(before) && after && "〕]】".includes(after)) return "document_number";
  if (/^\d{7,}$/.test(raw) || /^0\d{2,}$/.test(raw)) return "phone";
  if (CONTACT.test(t.slice(Math.max(0, c.numberStart - 24), c.numberStart))) return "contact";
  if (t[c.numberEnd] === "-" && isDigit(t[c.numberEnd + 1])) return "code";
  if (t[c.numberStart - 1] === "-" && /[\d号A-Za-z]/.test(t[c.numberStart - 2] ?? "")) return "code";
  if (/^[”"’」』)\s]*[\u4e00-\u9fff]{0,4}(热线|专线|政务)/.test(t.slice(c.numberEnd, c.numberEnd + 12)))
    return "hotline";
  if (after === "级") return "grade";
  if (after === "强") return "ranking";
  if (t[c.numberEnd] === "/" || t[c.numberStart - 1] === "/") return "slash";
  if (after === "届") return "term";
  if (/^\d+\.0$/.test(raw) || after === "版") return "version";
  if (wordBefore(t, skipSpacesBack(t, c.numberStart), REFERENCES)) return "reference";
  const table = skipSpacesBack(t, c.numberStart);
  if ((t[table - 1] === "表" || t[table - 1] === "图") && !isCjk(t[table - 2])) return "reference";
  return null;
}

function headingReason(c: Candidate, t: string): string | null {
  if (c.unit) return null;
  const raw = c.numerals[0]?.raw ?? "";
  const before = prev(t, c.numberStart);
  const after = next(t, c.numberEnd);
  if (before === "(" && after === ")") return "heading";
  const afterAfter = t[skipSpaces(t, c.numberEnd) + 1];
  // A number alone on its line is a page number or an ordinal when it is short and plain (2, 15);
  // 59,395, １２３ or 65-70 alone are figures.
  const alone = after === undefined && atLineStart(t, c.start);
  const plain = /^\d{1,3}$/.test(t.slice(c.numberStart, c.numberEnd)) && c.end === c.numberEnd;
  if (alone && !plain) return null;
  if (atLineStart(t, c.start) && (after === undefined || "、.)\t ".includes(t[c.numberEnd] ?? "")))
    return "heading";
  if (
    (before === undefined || "。;:!?".includes(before)) &&
    after &&
    "、.)".includes(after) &&
    !isDigit(afterAfter)
  ) {
    return "heading";
  }
  if (t[c.numberEnd] === "." && isDigit(t[c.numberEnd + 1])) return "section";
  if (t[c.numberStart - 1] === "." && isDigit(t[c.numberStart - 2])) return "section";
  if (/^\d+\.\d+$/.test(raw) && /^[ \t]+[\u4e00-\u9fff]/.test(t.slice(c.numberEnd, c.numberEnd + 4)))
    return "section";
  // Page markers stand alone on a short line: — 3 —, -- 1 of 4 --, 第3页.
  const line = shortLine(t, c.start, c.end, 16);
  if (/^\s*(?:[-—–]+\s*\d+\s*[-—–]+|--\s*\d+\s*of\s*\d+\s*--|第?\s*\d+\s*页)\s*$/.test(line)) return "page";
  return null;
}

/** The words of a rank before 前: 位居全区前, 居全国前, 排名全省前. */
const RANKED_BEFORE = /(?:居|列|排|进入|跻身|位于)[^，,。；;\d]{0,8}前\s*$/;

function wordingReason(c: Candidate, t: string, quoted: Uint8Array): string | null {
  const first = c.numerals[0];
  const unitText = t.slice(c.unitStart, c.unitEnd);
  if (prev(t, c.numberStart) === "第") return "ordinal";
  // 位居全区前两位, 居全国前三名: a rank among places, not people.
  if (/[位名]$/.test(unitText) && RANKED_BEFORE.test(t.slice(Math.max(0, c.numberStart - 16), c.numberStart)))
    return "ranking";
  if (/[+×]/.test(before1(t, c.numberStart) + (next(t, c.end) ?? ""))) return "formula";
  if (c.unit?.code === "item" && unitText.endsWith("次") && wordAt(t, c.unitEnd, MEETING)) return "meeting";
  if (c.unit && WINDOW_UNITS.has(c.unit.code)) {
    const w = wordBefore(t, skipSpacesBack(t, c.numberStart), WINDOW_BEFORE);
    if (w && !(w === "前" && t[skipSpacesBack(t, c.numberStart) - 2] === "提")) return "time_window";
  }
  if (!first?.chinese || c.form === "fraction") return null;
  if (quoted[c.numberStart]) return "name";
  // 数十万, 几百: vague; but 人数六万四千…, 总数三百…: 数 there ends a measure word before the figure.
  if (
    (t[c.numberStart - 1] === "数" && /[十百千万亿]/.test(t[c.numberStart] ?? "")) ||
    t[c.numberStart - 1] === "几"
  )
    return "vague";
  if (!c.unit) return "no_unit";
  if (isCnDigit(t[c.numberStart - 2]) && isCjk(t[c.numberStart - 1]) && !isCnNumeral(t[c.numberStart - 1])) {
    return "idiom";
  }
  if (isCnDigit(t[c.end]) && isCjk(t[c.end + 1]) && !isCnNumeral(t[c.end + 1])) return "idiom";
  if (first.raw === "一" && /[下上本同这那该前后每]/.test(t[c.numberStart - 1] ?? "")) return "relative";
  const cue = wordBefore(t, skipSpacesBack(t, c.numberStart), COUNTING_CUES);
  if (first.raw === "一" && c.form === "plain" && c.unit.kind === "count" && !cue) return "determiner";
  return null;
}

const before1 = (t: string, at: number): string => prev(t, at) ?? "";

/** Why the candidate is no statistic, or null when it is one. */
export function notStatistic(c: Candidate, ctx: FilterContext): string | null {
  if (c.skip) return "time";
  if (!Number.isFinite(c.value)) return "overflow";
  if (c.form === "ratio") return null;
  const t = ctx.text;
  return dateReason(c, t) ?? codeReason(c, t) ?? headingReason(c, t) ?? wordingReason(c, t, ctx.quoted);
}
