// Finding one written number in running (folded) text: where it starts and ends and what it is worth.
// Arabic digits may carry Chinese multipliers (3 万, 1.21亿, 7万5千4百); Chinese numerals run as far
// as they still parse (十四五 stops at 十四), two neighbouring digits are an estimate (三四个, 七八十),
// and digit-by-digit Chinese is read as a year only (二〇二四年).

import { readNumeral } from "./numeralGrammar.js";
import { parseNumeral } from "./numerals.js";
import { isCjk, isCnNumeral, isCnStart, isDigit, skipSpaces } from "./quantityText.js";
import { matchUnit } from "./units.js";

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** The numeral as written (folded), spaces removed. */
  raw: string;
  /** Written with Chinese digits (十五, 两万), not Arabic ones (15, 2万). */
  chinese: boolean;
  /** The multiplier the numeral ends with, to share with the other end of a range: 3-5万 → 10000. */
  tail: number;
  /** 三四个 → 3 with max 4. */
  approxMax?: number;
}

const APPROX = /^([一两二三四五六七八九])([两二三四五六七八九])([十百千万亿]*)$/;

/** The multiplier a numeral ends with, when what comes before it is a plain number: 5万 → 10000. */
function tailOf(raw: string): number {
  if (raw.length > 40) return 1;
  const m = /[十百千万亿佰仟拾]+$/.exec(raw);
  if (!m) return 1;
  const head = raw.slice(0, m.index);
  if (!head || /[十百千万亿佰仟拾]/.test(head) || (!/^[\d.,]+$/.test(head) && head.length !== 1)) return 1;
  return parseNumeral(`1${m[0]}`) ?? 1;
}

function arabicAt(text: string, at: number): Numeral | null {
  const read = readNumeral(text, at);
  if (!read) return null;
  const grouped = spaceGrouped(text, at, read.end, read.raw);
  if (grouped) return grouped;
  const value = Number.isFinite(read.value) ? read.value : Number.NaN;
  return { start: at, end: read.end, value, raw: read.raw, chinese: false, tail: tailOf(read.raw) };
}

/** 1 046 名: digits grouped by a space, as some typesetting does, when a unit follows. */
function spaceGrouped(text: string, at: number, end: number, raw: string): Numeral | null {
  if (!/^\d{1,3}$/.test(raw)) return null;
  const m = /^ (\d{3})(?![\d.,]) *(?=[\u4e00-\u9fff%])/.exec(text.slice(end, end + 8));
  if (!m || !matchUnit(text, end + m[0].length)) return null;
  const joined = raw + m[1];
  return { start: at, end: end + 4, value: Number(joined), raw: joined, chinese: false, tail: 1 };
}

/** Financial digits (壹 贰 … 仟) that are also everyday characters: 队伍, 大陆, 收拾, 肆意. */
const FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟";

function chineseAt(text: string, at: number): Numeral | null {
  if (FINANCIAL.includes(text[at]!) && isCjk(text[at - 1]) && !isCnNumeral(text[at + 1])) return null;
  const read = readNumeral(text, at);
  if (!read) return null;
  let run = read.raw;
  let end = read.end;
  if (read.positional && run.length === 2) {
    // 七八十人: two neighbouring digits and the multipliers after them.
    let k = end;
    while (k < end + 4 && /[十百千万亿]/.test(text[k] ?? "")) k++;
    [run, end] = [run + text.slice(end, k), k];
  }
  const approx = APPROX.exec(run);
  if (approx) {
    const low = parseNumeral(approx[1]! + approx[3]!);
    const high = parseNumeral(approx[2]! + approx[3]!);
    if (low !== null && high !== null && high === low + (parseNumeral(`一${approx[3]!}`) ?? 1)) {
      return { start: at, end, value: low, raw: run, chinese: true, tail: 1, approxMax: high };
    }
  }
  run = read.raw;
  if (read.positional) {
    // Digit by digit only for a year (二〇二四年, 一九九八年) or with a zero (二〇二四): else 一一 is two 一.
    const year = text[skipSpaces(text, read.end)] === "年";
    if (!year && !/[〇零]/.test(run)) {
      const value = parseNumeral(text[at]!) ?? 0;
      return { start: at, end: at + 1, value, raw: text[at]!, chinese: true, tail: 1 };
    }
  }
  if (read.end - at === 1 && FINANCIAL.includes(text[at]!) && isCjk(text[at - 1])) return null;
  const value = Number.isFinite(read.value) ? read.value : Number.NaN;
  return { start: at, end: read.end, value, raw: run, chinese: true, tail: tailOf(run) };
}

/** The number written at `at` in folded `text`, or null when none starts there. */
export function numeralAt(text: string, at: number): Numeral | null {
  const ch = text[at];
  if (isDigit(ch)) return arabicAt(text, at);
  if (isCnStart(ch)) return chineseAt(text, at);
  return null;
}
