// Ratios (70:1, 70：1, 1:(5-8), (65-70):1, 1比3), shares written in words (百分之五十, 千分之二) and
// small fractions with a slash (1/3). A time of day (9:00, 下午2:30) reads like a ratio and is consumed
// as no statistic.

import { type Candidate, FRACTION, quotient, RATIO } from "./quantityCandidate.js";
import { numeralAt } from "./quantityNumeral.js";
import { qualifierAfter } from "./quantityQualifiers.js";
import { isCnNumeral, isDigit, skipSpaces } from "./quantityText.js";
import { matchUnit, type UnitInfo } from "./units.js";

interface Side {
  low: number;
  high: number;
  raw: string;
  start: number;
  end: number;
}

/** Digits at `at`, with a decimal part when one follows: 70, 2.5. */
function plainAt(text: string, at: number): { value: number; raw: string; end: number } | null {
  let end = at;
  while (isDigit(text[end])) end++;
  if (end === at) return null;
  if (text[end] === "." && isDigit(text[end + 1])) {
    end++;
    while (isDigit(text[end])) end++;
  }
  const raw = text.slice(at, end);
  return { value: Number(raw), raw, end };
}

/** One side of a ratio: 70, or (65-70). */
function sideAt(text: string, at: number): Side | null {
  if (text[at] !== "(") {
    const n = plainAt(text, at);
    return n ? { low: n.value, high: n.value, raw: n.raw, start: at, end: n.end } : null;
  }
  const low = plainAt(text, skipSpaces(text, at + 1));
  if (!low) return null;
  const dash = skipSpaces(text, low.end);
  if (!/[-~—–至]/.test(text[dash] ?? "")) return null;
  const high = plainAt(text, skipSpaces(text, dash + (text[dash + 1] === "—" ? 2 : 1)));
  if (!high || high.value <= low.value) return null;
  const close = skipSpaces(text, high.end);
  if (text[close] !== ")") return null;
  return { low: low.value, high: high.value, raw: "", start: at, end: close + 1 };
}

/** What comes right before a time of day: a time word, a date, or another time and a dash. */
const BEFORE_TIME =
  /(?:(?:上午|下午|早上|晚上|凌晨|中午|时间)[:\s]*|(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|[日号])\s*|\d{1,2}:\d\d\s*[-~—至]\s*)$/;

function isTime(text: string, left: Side, right: Side): boolean {
  if (left.raw === "" || right.raw.length !== 2 || left.high > 24 || right.low >= 60) return false;
  if (right.raw.startsWith("0") || text[right.end] === ":") return true;
  if (BEFORE_TIME.test(text.slice(Math.max(0, left.start - 16), left.start))) return true;
  return /^\s*[-~—至]\s*\d{1,2}:\d\d/.test(text.slice(right.end, right.end + 10));
}

/** A ratio starting at `at`, a consumed time of day, or null. */
export function ratioAt(text: string, at: number): Candidate | null {
  const left = sideAt(text, at);
  if (!left) return null;
  const colon = skipSpaces(text, left.end);
  const sign = text[colon];
  if (sign !== ":" && !(sign === "比" && colon === left.end)) return null;
  const right = sideAt(text, sign === ":" ? skipSpaces(text, colon + 1) : colon + 1);
  if (!right || (sign === "比" && (left.raw === "" || right.raw === ""))) return null;
  const base = { start: at, end: right.end, numberStart: left.start, numberEnd: right.end, numerals: [] };
  if (isTime(text, left, right)) {
    // 09:30:12 — the seconds belong to the time too
    const seconds = /^:\d\d/.test(text.slice(right.end, right.end + 3)) ? 3 : 0;
    return {
      ...base,
      end: right.end + seconds,
      form: "ratio",
      value: 0,
      unit: null,
      unitStart: 0,
      unitEnd: 0,
      qualifier: "exact",
      skip: true,
    };
  }
  // Not a ratio when the right side runs on as a number with a unit or a section number: 附件1：2021年.
  const after = skipSpaces(text, right.end);
  if (right.raw && (matchUnit(text, after) || (text[after] === "." && isDigit(text[after + 1])))) return null;
  if (right.low === 0) return null;
  const value = quotient(left.low, right.high);
  const max = quotient(left.high, right.low);
  const ranged = left.low !== left.high || right.low !== right.high;
  return {
    ...base,
    form: "ratio",
    value,
    ...(max !== value ? { max } : {}),
    ratio: [left.low, right.low],
    ...(ranged ? { ratioMax: [left.high, right.high] as [number, number] } : {}),
    unit: RATIO,
    unitStart: right.end,
    unitEnd: right.end,
    qualifier: "exact",
  };
}

const SHARE_WORDS: Record<string, UnitInfo> = {
  百分之: { code: "percent", kind: "percent", multiplier: 1 },
  千分之: { code: "permille", kind: "percent", multiplier: 1 },
  万分之: { code: "permyriad", kind: "percent", multiplier: 1 },
};

/** 百分之五十, 千分之二, 百分之百 at `at`, with a qualifier after (百分之三十以上). */
export function shareWordsAt(text: string, at: number): Candidate | null {
  const word = text.slice(at, at + 3);
  const unit = SHARE_WORDS[word];
  if (!unit) return null;
  const from = skipSpaces(text, at + 3);
  const all = word === "百分之" && text[from] === "百" && !isCnNumeral(text[from + 1]);
  const n = all ? null : numeralAt(text, from);
  if (!all && !n) return null;
  const numberEnd = all ? from + 1 : n!.end;
  const after = qualifierAfter(text, numberEnd, false);
  return {
    form: "plain",
    start: at,
    end: after?.at ?? numberEnd,
    numberStart: from,
    numberEnd,
    numerals: n ? [n] : [],
    value: all ? 100 : n!.value,
    unit,
    unitStart: at,
    unitEnd: at + 3,
    qualifier: after?.qualifier ?? "exact",
  };
}

const SLASHED = /(\d{1,2})\/(\d{1,3})(?![\d/.])/y;

/** 1/3, 2/3 of something: small fractions written with a slash (not dates, paths or per units). */
export function slashFractionAt(text: string, at: number): Candidate | null {
  if (/[\d/.A-Za-z]/.test(text[at - 1] ?? "")) return null;
  SLASHED.lastIndex = at;
  const m = SLASHED.exec(text);
  if (!m) return null;
  const [numerator, denominator] = [Number(m[1]), Number(m[2])];
  if (numerator === 0 || numerator >= denominator || denominator > 100) return null;
  const end = at + m[0].length;
  const after = qualifierAfter(text, end, false);
  return {
    form: "fraction",
    start: at,
    end: after?.at ?? end,
    numberStart: at,
    numberEnd: end,
    numerals: [],
    value: numerator / denominator,
    ratio: [numerator, denominator],
    unit: FRACTION,
    unitStart: end,
    unitEnd: end,
    qualifier: after?.qualifier ?? "exact",
  };
}
