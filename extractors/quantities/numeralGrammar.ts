// The grammar of one written number in folded text (see quantityText.fold), read left to right in a
// single pass: Arabic digits (59,395  21.5  05), Chinese and financial digits (〇 零 一 二 两 … 壹 贰 …),
// the multipliers 十 百 千 (拾 佰 仟), 廿 卅 卌, 万 亿 兆 in any order the language allows (万亿, 万万,
// 5万4千6百, 3千零40万, 1百05), a decimal point 点 (三十五点五万, 两千万点五五四四), an elided last
// multiplier (两千四百五 → 2450, 一万三 → 13000) and spaces between a multiplier and its neighbours
// (7万 5千 4百, 一百 五 十 二). Digit-by-digit Chinese (二〇二四) is read and flagged as such.
//
// Each character is looked at a bounded number of times, so reading is linear in what it consumes; it
// stops at the first character that cannot continue the number and returns the longest prefix that is
// a complete number. Values are doubles computed without rounding to a fixed number of digits: a
// decimal times a power of ten is parsed as such (16.3万 → Number("16.3e4")).

// biome-ignore format: a table reads better in rows
const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 倆: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Powers of ten of the multipliers: 十 → 1, 万 → 4. */
const SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG: Record<string, number> = { 万: 4, 亿: 8, 兆: 12 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
/** Digits allowed after 点 (两 is a quantity, not a decimal digit: 一点两小时). */
const DECIMAL_DIGIT: Record<string, string> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

export interface NumeralRead {
  start: number;
  /** Just after the last character of the number (trailing spaces excluded). */
  end: number;
  value: number;
  /** The number as written, spaces removed. */
  raw: string;
  /** Starts with a Chinese character (十五, 两万) rather than an Arabic digit (15, 2万). */
  chinese: boolean;
  /** Chinese digits read one by one, with no multiplier: 二〇二四, 一一. */
  positional: boolean;
}

/** By UTF-16 code unit, what each character of `table` stands for; -1 for any other character. */
function codeTable(table: Record<string, number>): Int8Array {
  const codes = new Int8Array(0x10000).fill(-1);
  for (const [ch, n] of Object.entries(table)) codes[ch.charCodeAt(0)] = n;
  return codes;
}
const DIGIT_CODES = codeTable(DIGIT);
const SMALL_CODES = codeTable(SMALL);
const BIG_CODES = codeTable(BIG);
const TENS_CODES = codeTable(TENS);

/** What the one character `ch` stands for in `codes`, or -1 (also for no character). */
const lookup = (codes: Int8Array, ch: string | undefined): number =>
  ch === undefined || ch.length !== 1 ? -1 : codes[ch.charCodeAt(0)]!;
const isChineseDigit = (ch: string | undefined): boolean => lookup(DIGIT_CODES, ch) >= 0;

export const isArabicDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
export const chineseDigit = (ch: string | undefined): number | undefined => {
  const d = lookup(DIGIT_CODES, ch);
  return d < 0 ? undefined : d;
};
const isMultiplier = (ch: string | undefined): boolean =>
  lookup(SMALL_CODES, ch) >= 0 || lookup(BIG_CODES, ch) >= 0;
const isDigitChar = (ch: string | undefined): boolean =>
  ch !== undefined && (isArabicDigit(ch) || isChineseDigit(ch));
export const isNumeralChar = (ch: string | undefined): boolean =>
  ch !== undefined && (isDigitChar(ch) || isMultiplier(ch) || lookup(TENS_CODES, ch) >= 0 || ch === "点");

/** `digits` (an Arabic numeral, maybe with a point) times 10^power, parsed as one decimal. */
export const scaled = (digits: string, power: number): number =>
  Number(power ? `${digits}e${power}` : digits);

/** `n` × 10^power without binary noise (1.21 × 10^8 is 121000000). */
const times10 = (n: number, power: number): number =>
  Number.isInteger(n) ? n * 10 ** power : Number(`${n}e${power}`);

/** An Arabic number at `at`: 59,395 (groups of three after at most three digits), 123, 21.5. */
function arabicAt(text: string, at: number): { end: number; digits: string } | null {
  let i = at;
  while (isArabicDigit(text[i])) i++;
  if (i === at) return null;
  let digits = text.slice(at, i);
  if (i - at <= 3) {
    while (text[i] === "," && groupOfThree(text, i + 1)) {
      digits += text.slice(i + 1, i + 4);
      i += 4;
    }
  }
  if (text[i] === "." && isArabicDigit(text[i + 1])) {
    let j = i + 1;
    while (isArabicDigit(text[j])) j++;
    digits += text.slice(i, j);
    i = j;
  }
  return { end: i, digits };
}

const groupOfThree = (text: string, at: number): boolean =>
  isArabicDigit(text[at]) &&
  isArabicDigit(text[at + 1]) &&
  isArabicDigit(text[at + 2]) &&
  !isArabicDigit(text[at + 3]);

type Kind = "start" | "digit" | "zero" | "small" | "tens" | "big";

/** The state of a number being read; `value()` is what it is worth if it ends here. */
class Reading {
  /** Everything already multiplied by 万, 亿 or 兆. */
  high = 0;
  /** The power of the last big group (Infinity before the first). */
  lastBig = Number.POSITIVE_INFINITY;
  /** The part below the current big group. */
  section = 0;
  lastSmall = Number.POSITIVE_INFINITY;
  /** A number waiting for its multiplier, as Arabic digits. */
  pending: string | null = null;
  pendingSingle = false;
  /** The power of the multiplier right before the pending digit (for 两千四百五), or -1. */
  unitBefore = -1;
  zeroGap = false;
  kind: Kind = "start";
  sawUnit = false;
  /** Chinese digits so far with no multiplier between them (二〇二四). */
  positional = "";
  /** Digits after 点, once read; then only 万/亿 may follow. */
  decimals = "";
  afterPoint = false;
  arabicHead = false;
  /** The Arabic digits it opens with hold a decimal point (8.2万). */
  decimalHead = false;
  /** The power of the last 万/亿/兆 written, and whether it was a compound like 万亿. */
  bigToken = 0;
  compounded = false;

  integer(): number {
    if (this.pending === null) return this.high + this.section;
    // 两千四百五, 一万三, 7万5: a last single digit right after 百 or more stands for the next place.
    const elided = this.pendingSingle && !this.zeroGap && this.unitBefore >= 2;
    return this.high + this.section + scaled(this.pending, elided ? this.unitBefore - 1 : 0);
  }

  value(): number {
    if (this.positional.length >= 2) return Number(this.positional);
    const whole = this.integer();
    if (!this.decimals) return whole;
    if (Number.isInteger(whole) && Math.abs(whole) < 2 ** 53) return Number(`${whole}.${this.decimals}`);
    return whole + Number(`0.${this.decimals}`);
  }
}

/** Where the next token starts when spaces at `i` may be skipped, else -1. */
function acrossSpaces(r: Reading, text: string, i: number): number {
  let j = i;
  while (text[j] === " ") j++;
  const next = text[j];
  if (r.kind === "start" || r.afterPoint || r.positional.length >= 2) return -1;
  // 四 千 零 五: a digit after 零.
  if (r.kind === "zero") return isChineseDigit(next) && next !== "零" && next !== "〇" ? j : -1;
  // 3 万, 二十 億, 四百 点 五: a multiplier or a point after a space.
  if (next === "点" || (r.kind === "digit" && isMultiplier(next))) return j;
  // 7万 5千, 一百 五 十 二: a digit after a multiplier (Arabic digits only after an Arabic head).
  if (r.kind !== "digit" && (isChineseDigit(next) || isMultiplier(next))) return j;
  if (r.kind !== "digit" && isArabicDigit(next) && r.arabicHead) return j;
  return -1;
}

/**
 * The longest number written at `at` in folded `text`, or null when none starts there. A number
 * never ends inside a run of Arabic digits, so a caller that moves on to `end` reads each character
 * a bounded number of times.
 */
export function readNumeral(text: string, at: number): NumeralRead | null {
  const first = text[at];
  if (!isNumeralChar(first) || first === "点") return null;
  const r = new Reading();
  let i = at;
  // Where the longest complete number so far ends, and its value.
  let bestEnd = -1;
  let bestValue = Number.NaN;
  while (i < text.length) {
    const j = text[i] === " " ? acrossSpaces(r, text, i) : i;
    if (j < 0) break;
    const length = step(r, text, j);
    if (length === 0) break;
    i = j + length;
    // Digits read one by one are valued once, at the end: reading stays linear.
    if (r.kind !== "zero") {
      bestEnd = i;
      bestValue = r.positional.length >= 2 ? Number.NaN : r.value();
    }
  }
  if (bestEnd < 0) return null;
  const raw = text.slice(at, bestEnd).replace(/ +/g, "");
  const value = Number.isNaN(bestValue) ? Number([...raw].map((c) => DIGIT[c]).join("")) : bestValue;
  return {
    start: at,
    end: bestEnd,
    value,
    raw,
    chinese: !isArabicDigit(first),
    positional: raw.length >= 2 && [...raw].every(isChineseDigit),
  };
}

/** Reads one token at `i` into `r`; returns its length, or 0 when it cannot continue the number. */
function step(r: Reading, text: string, i: number): number {
  const ch = text[i]!;
  if (r.afterPoint) return afterDecimals(r, ch);
  if (isArabicDigit(ch)) return arabicStep(r, text, i);
  const code = ch.charCodeAt(0);
  if (DIGIT_CODES[code]! >= 0) return digitStep(r, ch, DIGIT_CODES[code]!);
  if (SMALL_CODES[code]! >= 0) return smallStep(r, SMALL_CODES[code]!);
  if (TENS_CODES[code]! >= 0) return tensStep(r, TENS_CODES[code]!);
  if (BIG_CODES[code]! >= 0) return bigStep(r, BIG_CODES[code]!);
  if (ch === "点") return pointStep(r, text, i);
  return 0;
}

function arabicStep(r: Reading, text: string, i: number): number {
  if (r.kind === "digit") return 0;
  const a = arabicAt(text, i);
  if (!a) return 0;
  if (r.kind === "start") {
    r.arabicHead = true;
    r.decimalHead = a.digits.includes(".");
    r.pending = a.digits;
    r.kind = "digit";
    return a.end - i;
  }
  // After a multiplier: 5万2000, 3千零40万, 1百05 (a leading zero stands for 零), 7万5. Not after a decimal
  // (8.2万 is whole: 8.2万2017年 runs into a year), nor a year said after it (8万2017年).
  if (a.digits.includes(".") || r.unitBefore < 1 || r.decimalHead) return 0;
  if (/^(?:19|20)\d{2}$/.test(a.digits) && /^\s*年/.test(text.slice(a.end))) return 0;
  const n = Number(a.digits);
  if (n >= 10 ** r.unitBefore) return 0;
  if (a.digits.length > 1 && a.digits.startsWith("0")) r.zeroGap = true;
  r.pending = String(n);
  r.pendingSingle = a.digits.length === 1;
  r.kind = "digit";
  return a.end - i;
}

function digitStep(r: Reading, ch: string, d: number): number {
  if (r.kind === "start") {
    r.pending = String(d);
    r.pendingSingle = true;
    r.positional = String(d);
    r.kind = "digit";
    return 1;
  }
  if (r.kind === "digit") {
    // Digits in a row with no multiplier: read one by one (二〇二四), else the number ends here.
    // At most 12 of them, so that a caller reading only the first of a long run stays linear.
    if (r.positional && r.positional.length < 12 && !r.sawUnit && !r.afterPoint && !"两俩倆".includes(ch)) {
      r.positional += String(d);
      return 1;
    }
    return 0;
  }
  if (d === 0) {
    // 一百零八, 四亿零九: 零 marks a gap.
    r.kind = "zero";
    r.zeroGap = true;
    return 1;
  }
  r.pending = String(d);
  r.pendingSingle = true;
  r.kind = "digit";
  return 1;
}

function smallStep(r: Reading, power: number): number {
  if (r.positional.length >= 2 || power >= r.lastSmall) return 0;
  let head = r.pending;
  if (head === null) {
    // 十五, 二十万零十, 拾万: a leading 十 stands for 一十.
    if (power !== 1 || r.section !== 0 || !(r.kind === "start" || r.kind === "big" || r.kind === "zero"))
      return 0;
    head = "1";
  }
  r.section += scaled(head, power);
  r.pending = null;
  r.pendingSingle = false;
  r.positional = "";
  r.lastSmall = power;
  r.unitBefore = power;
  r.zeroGap = false;
  r.kind = "small";
  r.sawUnit = true;
  return 1;
}

function tensStep(r: Reading, tens: number): number {
  if (r.pending !== null || r.lastSmall <= 1) return 0;
  if (!(r.kind === "start" || r.kind === "big" || r.kind === "zero" || r.kind === "small")) return 0;
  r.section += tens;
  r.lastSmall = 1;
  r.unitBefore = 1;
  r.kind = "tens";
  r.sawUnit = true;
  return 1;
}

function bigStep(r: Reading, power: number): number {
  if (r.positional.length >= 2) return 0;
  if (r.kind === "big") {
    // 万亿, 万万: a group closed by 万 is multiplied again, once.
    if (r.bigToken !== 4 || r.compounded) return 0;
    r.high = times10(r.high, power);
    r.lastBig += power;
    r.compounded = true;
    return 1;
  }
  if (r.kind !== "digit" && r.kind !== "small" && r.kind !== "tens") return 0;
  if (power === r.lastBig) return 0;
  const group = r.pending === null ? r.section : r.section + scaled(r.pending, 0);
  const part = r.pending !== null && r.section === 0 ? scaled(r.pending, power) : times10(group, power);
  // 五万三千亿: a larger multiplier after a smaller one takes everything before it.
  r.high = power < r.lastBig ? r.high + part : times10(r.high + group, power);
  r.lastBig = power;
  r.bigToken = power;
  r.compounded = false;
  r.section = 0;
  r.pending = null;
  r.pendingSingle = false;
  r.positional = "";
  r.lastSmall = Number.POSITIVE_INFINITY;
  r.unitBefore = power;
  r.zeroGap = false;
  r.kind = "big";
  r.sawUnit = true;
  return 1;
}

function pointStep(r: Reading, text: string, i: number): number {
  // 三点五, 两千万点五五四四, 四百 点 五: Chinese numerals only (8点30分 is a time of day).
  if (r.arabicHead || r.kind === "start" || r.kind === "zero" || r.positional.length >= 2) return 0;
  let j = i + 1;
  while (text[j] === " ") j++;
  let digits = "";
  while (j < text.length && DECIMAL_DIGIT[text[j]!] !== undefined) digits += DECIMAL_DIGIT[text[j++]!];
  if (!digits) return 0;
  // The integer part is settled now: 两千三点一 is 2300.1.
  r.high = r.integer();
  r.section = 0;
  r.pending = null;
  r.positional = "";
  r.decimals = digits;
  r.afterPoint = true;
  r.kind = "digit";
  return j - i;
}

/** After 点五 only 万/亿 may follow (三十五点五万), and only when no big multiplier came before. */
function afterDecimals(r: Reading, ch: string): number {
  const power = lookup(BIG_CODES, ch);
  if (power < 0) return 0;
  if (r.decimals) {
    if (r.lastBig !== Number.POSITIVE_INFINITY) return 0;
    const exact = Number.isInteger(r.high) && r.high < 1e15;
    r.high = exact
      ? Number(`${r.high}.${r.decimals}e${power}`)
      : (r.high + Number(`0.${r.decimals}`)) * 10 ** power;
    r.decimals = "";
    r.lastBig = power;
    r.bigToken = power;
  } else {
    if (r.bigToken !== 4 || r.compounded) return 0;
    r.high = times10(r.high, power);
    r.lastBig += power;
    r.compounded = true;
  }
  r.kind = "big";
  return 1;
}
