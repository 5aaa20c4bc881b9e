// A whole text that is one number, in any of the forms a Chinese number takes on its own: a sign
// (负 負 - −), a numeral (numeralGrammar), a fraction (三分之一, 5分之2, 3/5), a whole number and a
// fraction (四十又5分之2, 2 4/5), a power or scientific notation (3^4, 10的3次方, 2.5e-3), a
// rough-size word between a number and its multiplier (二十 余 万, 一千多万), a share (百分之五十,
// 21.5%, 3‰, 千分之二, 3个百分点, 九成五, 八五折), money in 元角分 (86元3角2分), dozens and pairs
// (一打, 三双). Spaces may stand between the parts. Folded text in (see quantityText.fold), a value
// out: exact doubles, no rounding.

import type { Qualifier, QuantityKind } from "../../schemas/quantity.js";
import { isArabicDigit, type NumeralRead, readNumeral } from "./numeralGrammar.js";

export interface NumberValue {
  value: number;
  /** Unit code ("" for a plain number): percent, permille, permyriad, percentage_point, yuan. */
  unit: string;
  kind: QuantityKind;
  qualifier: Qualifier;
}

const SHARE_WORDS: Record<string, string> = { 百分之: "percent", 千分之: "permille", 万分之: "permyriad" };
const SHARE_SIGNS: Record<string, string> = { "%": "percent", "‰": "permille", "‱": "permyriad" };
const SUFFIX_POWERS: Record<string, number> = { k: 3, K: 3, M: 6, G: 9, B: 9, T: 12 };
const ROUGH = "余多几来";
/** Words that count in twelves and pairs: 一打 is 12, 三双 is 6. */
const COUNT_WORDS: Record<string, number> = { 打: 12, 双: 2 };
/** 八折 80%, 七五折 75%, 打八折, 对折 50%: a price as a share of the full one. */
const DISCOUNT = /^打?(?:([一二三四五六七八九])([一二三四五六七八九])?|(对))折$/;

class Cursor {
  constructor(
    readonly text: string,
    public at = 0,
  ) {}
  spaces(): this {
    while (this.text[this.at] === " ") this.at++;
    return this;
  }
  peek(): string | undefined {
    return this.text[this.at];
  }
  take(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }
  /** Moves back to `at` and reads nothing: the part tried is not there. */
  back(at: number): null {
    this.at = at;
    return null;
  }
  done(): boolean {
    return this.at >= this.text.length;
  }
}

/** Signs before a number: 负, 負, -, +, 正; a negative when the minus signs are odd in number. */
function signs(c: Cursor): number {
  let sign = 1;
  for (;;) {
    const ch = c.spaces().peek();
    if (c.take("零下")) {
      // 零下五度 is -5
      sign = -sign;
      continue;
    }
    if (ch === "负" || ch === "負" || ch === "-") sign = -sign;
    else if (ch !== "+" && ch !== "正") return sign;
    c.at++;
  }
}

/** A numeral at the cursor, with a decimal written without its leading zero (.25). */
function numeral(c: Cursor): NumeralRead | null {
  if (c.peek() === "." && isArabicDigit(c.text[c.at + 1])) {
    const read = readNumeral(`0${c.text.slice(c.at, c.at + 400)}`, 0);
    if (!read || read.chinese) return null;
    c.at += read.end - 1;
    return { ...read, start: c.at, raw: read.raw.slice(1) };
  }
  const read = readNumeral(c.text, c.at);
  if (!read) return null;
  c.at = read.end;
  return read;
}

const isInteger = (r: NumeralRead): boolean => !r.chinese && /^\d+$/.test(r.raw.replaceAll(",", ""));

/** `whole` + `numerator` / `denominator`, as one division when the parts are exact integers. */
export function mixed(whole: number, numerator: number, denominator: number): number {
  const top = whole * denominator + numerator;
  if (Number.isSafeInteger(whole) && Number.isSafeInteger(denominator) && Number.isSafeInteger(top)) {
    return top / denominator;
  }
  return whole + numerator / denominator;
}

/** 分之 with spaces allowed inside (二分 之一, 五 分之 一), then the numerator with its sign. */
function fractionTail(c: Cursor): { numerator: number } | null {
  const start = c.at;
  c.spaces();
  if (!c.take("分")) return c.back(start);
  c.spaces();
  if (!c.take("之")) return c.back(start);
  const sign = signs(c);
  const n = numeral(c);
  if (!n) return c.back(start);
  return { numerator: sign * n.value };
}

/** `base` ^ `exponent` written in decimal digits, exact when both are small: 1.2^10 is 6.1917364224. */
export function power(base: string, exponent: number): number {
  const [intPart = "", frac = ""] = base.replaceAll(",", "").split(".");
  const digits = intPart + frac;
  if (/^\d{1,24}$/.test(digits) && Number.isInteger(exponent) && Math.abs(exponent) <= 64) {
    const mantissa = BigInt(digits);
    const e = Math.abs(exponent);
    const top = mantissa ** BigInt(e);
    const shift = frac.length * e;
    if (exponent >= 0) return Number(`${top}e-${shift}`);
    const numerator = 10n ** BigInt(shift);
    if (top <= BigInt(Number.MAX_SAFE_INTEGER) && numerator <= BigInt(Number.MAX_SAFE_INTEGER)) {
      return Number(numerator) / Number(top);
    }
  }
  return Number(base.replaceAll(",", "")) ** exponent;
}

/** 10的3次方, 二的负一次幂: a power written in words. */
function powerWords(c: Cursor, base: number): number | null {
  const start = c.at;
  if (!c.take("的")) return null;
  const sign = signs(c);
  const e = numeral(c);
  if (!e || !Number.isInteger(e.value) || !(c.take("次方") || c.take("次幂"))) return c.back(start);
  const value = Number.isFinite(base) ? power(String(base), sign * e.value) : Number.NaN;
  return Number.isFinite(value) ? value : c.back(start);
}

/** What may follow an Arabic number: ^exponent, e±exponent, a space and a slash fraction, k/M. */
function arabicTail(c: Cursor, n: NumeralRead): number | null {
  const start = c.at;
  if (c.peek() === "^") {
    c.at++;
    const sign = signs(c);
    const e = numeral(c);
    if (!e || !isInteger(e)) return c.back(start);
    return power(n.raw, sign * Number(e.raw));
  }
  if (c.peek() === "e" || c.peek() === "E") {
    c.at++;
    let sign = "";
    if (c.peek() === "-" || c.peek() === "+") sign = c.text[c.at++]!;
    const e = numeral(c);
    if (!e || !isInteger(e)) return c.back(start);
    return Number(`${n.raw.replaceAll(",", "")}e${sign}${e.raw}`);
  }
  if (c.peek() === "/" && isInteger(n)) {
    c.at++;
    const d = numeral(c);
    if (!d || !isInteger(d) || d.value === 0) return c.back(start);
    return n.value / d.value;
  }
  if (c.peek() === " " && isInteger(n)) {
    // 2 4/5: a whole number, a space and a fraction.
    c.spaces();
    const a = numeral(c);
    if (a && isInteger(a) && c.take("/")) {
      const d = numeral(c);
      if (d && isInteger(d) && d.value !== 0) return mixed(n.value, a.value, d.value);
    }
    c.at = start;
  }
  return null;
}

interface Magnitude {
  value: number;
  qualifier: Qualifier;
  /** A fraction alone (三分之一, 3/5), not a whole number with a fraction (2又3分之1). */
  fraction?: boolean;
}

/** The number at the cursor and its qualifier (余 多 几 来), or null. */
function magnitude(c: Cursor): Magnitude | null {
  const n = numeral(c);
  if (!n) return null;
  // Digit by digit (二〇二四, 一九九八), not two neighbouring digits (三四: three or four).
  if (n.positional && !/[〇零]/.test(n.raw) && n.raw.length < 3) return null;
  const fraction = fractionTail(c);
  if (fraction) {
    if (n.value === 0) return null;
    return { value: fraction.numerator / n.value, qualifier: "exact", fraction: true };
  }
  const save = c.at;
  c.spaces();
  if (c.take("又")) {
    // 四十又5分之2, 负二又四分之三
    c.spaces();
    const d = numeral(c);
    const f = d && fractionTail(c);
    if (!d || !f || d.value === 0) return null;
    return { value: mixed(n.value, f.numerator, d.value), qualifier: "exact" };
  }
  c.at = save;
  const raised = powerWords(c, n.value);
  if (raised !== null) return { value: raised, qualifier: "exact" };
  if (/^[\d,]+(?:\.\d+)?$/.test(n.raw)) {
    const slash = c.peek() === "/";
    const tail = arabicTail(c, n);
    if (tail !== null) return { value: tail, qualifier: "exact", fraction: slash };
  }
  const rough = roughScale(c, n.value);
  if (rough) return rough;
  return { value: n.value, qualifier: "exact" };
}

/** 二十 余 万, 500余万, 一千多万, 二十几万, 一百零几万, 四百多: a rough size, then multipliers. */
function roughScale(c: Cursor, value: number): { value: number; qualifier: Qualifier } | null {
  const save = c.at;
  c.spaces();
  c.take("零");
  const word = c.peek();
  if (word === undefined || !ROUGH.includes(word)) return c.back(save);
  c.at++;
  const before = c.at;
  c.spaces();
  let power10 = 0;
  for (;;) {
    const ch = c.peek();
    const p =
      ch === "万" || ch === "萬"
        ? 4
        : ch === "亿" || ch === "億"
          ? 8
          : ch === "千"
            ? 3
            : ch === "百"
              ? 2
              : -1;
    if (p < 0) break;
    power10 += p;
    c.at++;
  }
  if (!power10) c.at = before;
  return {
    value: power10 ? Number(`${value}e${power10}`) : value,
    qualifier: word === "来" || word === "几" ? "nearly" : "more_than",
  };
}

/** 86元3角2分, 三百元5角, 12元七角六分: yuan with jiao and fen. */
function money(c: Cursor, whole: number): number | null {
  const start = c.at;
  c.spaces();
  if (!(c.take("元") || c.take("块"))) {
    // 3角, 5毛: a sum in 角 alone.
    if (!Number.isInteger(whole) || whole > 9 || !(c.take("角") || c.take("毛"))) return c.back(start);
    return whole / 10;
  }
  let cents = 0;
  for (const [word, alt, worth] of [
    ["角", "毛", 10],
    ["分", "", 1],
  ] as const) {
    const save = c.at;
    c.spaces();
    const n = readNumeral(c.text, c.at);
    if (!n || !Number.isInteger(n.value) || n.value > 9) {
      c.at = save;
      continue;
    }
    c.at = n.end;
    c.spaces();
    if (c.take(word) || (alt && c.take(alt))) cents += n.value * worth;
    else c.at = save;
  }
  return Number.isSafeInteger(whole * 100 + cents) ? (whole * 100 + cents) / 100 : whole + cents / 100;
}

/** `text` (folded, trimmed) read as one number, or null when it is not exactly one. */
export function parseNumber(text: string): NumberValue | null {
  if (text.length === 0 || text.length > 4000 || text === "〇") return null;
  const discount = DISCOUNT.exec(text);
  if (discount) {
    const [, tens, ones, half] = discount;
    const value = half
      ? 50
      : (readNumeral(tens!, 0)?.value ?? 0) * 10 + (ones ? (readNumeral(ones, 0)?.value ?? 0) : 0);
    return { value, unit: "percent", kind: "percent", qualifier: "exact" };
  }
  const c = new Cursor(text);
  const sign = signs(c);
  c.spaces();
  const word = Object.keys(SHARE_WORDS).find((w) => c.text.startsWith(w, c.at));
  if (word) {
    // 百分之五十, 百分之 5, 千分之二, 百分之负三
    c.at += word.length;
    const inner = signs(c);
    c.spaces();
    const all = word === "百分之" && c.peek() === "百" && c.at === c.text.length - 1;
    const m = all ? { value: 100, qualifier: "exact" as const } : magnitude(c);
    if (all) c.at++;
    if (!m || !c.spaces().done()) return null;
    return {
      value: sign * inner * m.value,
      unit: SHARE_WORDS[word]!,
      kind: "percent",
      qualifier: m.qualifier,
    };
  }
  const m = magnitude(c);
  if (!m) return null;
  let value = sign * m.value;
  let unit = m.fraction ? "fraction" : "";
  let kind: QuantityKind = m.fraction ? "ratio" : "number";
  c.spaces();
  const suffix = c.peek();
  if (suffix !== undefined && SHARE_SIGNS[suffix]) {
    unit = SHARE_SIGNS[suffix]!;
    kind = "percent";
    c.at++;
  } else if (c.take("个百分点") || c.take("百分点")) {
    unit = "percentage_point";
    kind = "percent";
  } else if (c.take("成") && Number.isInteger(m.value) && m.value <= 10) {
    // 三成 30%, 九成五 95%
    const digit = readNumeral(c.text, c.at);
    const tenth = digit && digit.end === c.at + 1 && digit.value < 10 ? digit : null;
    if (tenth) c.at = tenth.end;
    value = sign * (m.value * 10 + (tenth?.value ?? 0));
    unit = "percent";
    kind = "percent";
  } else if (suffix !== undefined && COUNT_WORDS[suffix] && c.at === c.text.length - 1) {
    // 一打 12, 三双 6
    value *= COUNT_WORDS[suffix]!;
    c.at++;
  } else if (suffix !== undefined && SUFFIX_POWERS[suffix] !== undefined && c.at === c.text.length - 1) {
    value = Number(`${value}e${SUFFIX_POWERS[suffix]}`);
    c.at++;
  } else {
    const yuan = money(c, m.value);
    if (yuan !== null) {
      value = sign * yuan;
      unit = "yuan";
      kind = "money";
    }
  }
  if (!c.spaces().done() || !Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, unit, kind, qualifier: m.qualifier };
}
