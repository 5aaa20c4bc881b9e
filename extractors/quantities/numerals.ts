// One written number to its value: Arabic (59,395  59，395  １２３  21.5), Chinese (十五  一百零八
// 两万  廿三  壹仟贰佰), both mixed with the multipliers 十 百 千 万 亿 (7万5千4百  1.21亿  3万), and
// digit-by-digit Chinese (二〇二四). Never throws: anything else is null.

import { fold } from "./quantityText.js";

// biome-ignore format: a table reads better in rows
const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

const ARABIC = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;

type Token =
  | { kind: "num"; value: number; arabic: boolean; zero: boolean }
  | { kind: "small" | "big" | "tens"; value: number };

/** Rounds away binary noise: 16.3 × 10000 is 163000, not 163000.00000000003. */
export const tidy = (n: number): number => Number(n.toPrecision(15));

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    ARABIC.lastIndex = i;
    const m = ARABIC.exec(s);
    if (m) {
      tokens.push({ kind: "num", value: Number(m[0].replaceAll(",", "")), arabic: true, zero: false });
      i += m[0].length;
      continue;
    }
    const ch = s[i]!;
    if (ch in DIGIT) tokens.push({ kind: "num", value: DIGIT[ch]!, arabic: false, zero: DIGIT[ch] === 0 });
    else if (ch in SMALL) tokens.push({ kind: "small", value: SMALL[ch]! });
    else if (ch in BIG) tokens.push({ kind: "big", value: BIG[ch]! });
    else if (ch in TENS) tokens.push({ kind: "tens", value: TENS[ch]! });
    else return null;
    i++;
  }
  return tokens;
}

/** Chinese digits read one by one: 二〇二四 → 2024. */
function positional(tokens: Token[]): number | null {
  if (tokens.length < 2 || !tokens.every((t) => t.kind === "num" && !t.arabic)) return null;
  return tokens.reduce((n, t) => n * 10 + t.value, 0);
}

function evaluate(tokens: Token[]): number | null {
  let high = 0; // parts already multiplied by 亿
  let mid = 0; // the part multiplied by 万 in the current 亿 group
  let section = 0; // below 万
  let pending: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastBig = Number.POSITIVE_INFINITY;
  let sawNumber = false;
  let prev: Token | null = null;
  for (const t of tokens) {
    if (t.kind === "num") {
      if (pending !== null) return null;
      if (t.zero && prev !== null) {
        // 一百零八: 零 only marks a gap.
        if (prev.kind === "num") return null;
      } else pending = t.value;
      sawNumber = true;
    } else if (t.kind === "tens") {
      if (pending !== null || lastSmall <= 10) return null;
      section += t.value;
      lastSmall = 10;
      sawNumber = true;
    } else if (t.kind === "small") {
      let n = pending;
      if (n === null) {
        // 十五, 二十万 零十: a leading 十 stands for 一十.
        if (t.value !== 10 || section !== 0 || (prev !== null && !(prev.kind === "big" || isZero(prev))))
          return null;
        n = 1;
      }
      if (t.value >= lastSmall) return null;
      section += n * t.value;
      pending = null;
      lastSmall = t.value;
      sawNumber = true;
    } else {
      const group = section + (pending ?? 0);
      if (t.value === 1e4) {
        if (lastBig <= 1e4 || (group === 0 && prev?.kind !== "num")) return null;
        mid = group * 1e4;
      } else {
        // 亿, or 万亿 when it directly follows 万.
        const combined = prev?.kind === "big" && prev.value === 1e4;
        if (lastBig === 1e8 && !combined) return null;
        const all = mid + group;
        if (all === 0 && !(prev?.kind === "num")) return null;
        high += all * 1e8;
        mid = 0;
      }
      section = 0;
      pending = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastBig = t.value;
    }
    prev = t;
  }
  if (!sawNumber) return null;
  if (pending !== null && prev?.kind === "num" && tokens.length >= 3) {
    // 一万五 → 15000, 三千五 → 3500, 7万5 → 75000: a last single digit right after a multiplier.
    const before = tokens[tokens.length - 2]!;
    const unit = before.kind === "small" || before.kind === "big" ? before.value : 0;
    if (unit >= 100 && pending < 10 && Number.isInteger(pending)) pending *= unit / 10;
  }
  return high + mid + section + (pending ?? 0);
}

const isZero = (t: Token): boolean => t.kind === "num" && t.zero;

/** 三点五 → 3.5, 三十五点五万 → 355000: a Chinese decimal point with digits after it, then multipliers. */
function decimal(s: string): number | null {
  const [left = "", right = "", ...rest] = s.split("点");
  if (rest.length || !left) return null;
  const m = /^([〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d]+)([万亿]*)$/.exec(right);
  if (!m) return null;
  const whole = evaluate(tokenize(left) ?? []);
  if (whole === null || /[万亿]/.test(left)) return null;
  const digits = [...m[1]!].map((c) => (c in DIGIT ? String(DIGIT[c]) : c)).join("");
  let value = Number(`${whole}.${digits}`);
  for (const c of m[2]!) value *= BIG[c]!;
  return value;
}

/** The value of one written number, or null when `text` is not one. */
export function parseNumeral(text: string): number | null {
  if (typeof text !== "string") return null;
  const trimmed = fold(text).trim();
  // Spaces may separate digits from a multiplier (3 万), never two digits (1 2).
  if (!trimmed || /\d\s+\d/.test(trimmed) || trimmed.length > 200) return null;
  const s = trimmed.replace(/\s+/g, "");
  if (s.includes("点")) {
    const d = decimal(s);
    return d === null || !Number.isFinite(d) ? null : tidy(d);
  }
  const tokens = tokenize(s);
  if (!tokens?.length) return null;
  const value = positional(tokens) ?? evaluate(tokens);
  return value === null || !Number.isFinite(value) ? null : tidy(value);
}
