// Spaces inside a line. Spaces next to Chinese are layout, not separators (`2024 年 5 月`, `25 号`,
// `共 751 家`, letter-spaced letterheads `深 圳 市`, names `张 三`); a space between two Han words (`中共中央 国务院`)
// and between Latin words or numbers (`1: (5-8)`) stays. Runs of tabs, or wide runs of spaces, are
// table cell separators and become tabs.

import { isHan, isWide, textWidth } from "../../schemas/basics/chars.js";
import { type Mapped, MappedBuilder, removeRanges, sliceMapped } from "../../schemas/basics/mapped.js";

const cpAt = (text: string, i: number): number => text.codePointAt(i) ?? 0;

/** Code point of the character ending just before index `i` (handles surrogate pairs). */
function cpBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return text.codePointAt(i - 2) ?? 0;
  return low;
}

interface Gap {
  start: number;
  end: number;
  tabs: number;
}

/** Runs of spaces and tabs. */
function gapsOf(text: string): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== " " && text[i] !== "\t") continue;
    const start = i;
    let tabs = 0;
    for (; text[i] === " " || text[i] === "\t"; i++) if (text[i] === "\t") tabs++;
    gaps.push({ start, end: i, tabs });
  }
  return gaps;
}

/**
 * Spaced character by character, however wide the gaps: every block one wide character (a PDF
 * title set with character spacing comes out as 通\t知 or 通    知).
 */
function isSpacedOut(text: string): boolean {
  const tokens = text.trim().split(/[ \t]+/);
  return tokens.length >= 2 && tokens.every((t) => t.length === 1 && isWide(t.charCodeAt(0)));
}

/**
 * Letter-spaced: most neighbouring Han characters stand one space apart (深 圳 市 福 田 区), or every
 * character of the line does, or it is a date spaced digit by digit.
 */
function isLetterSpaced(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = cpAt(text, i);
    if (!isHan(cp)) continue;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (text[next] === " " && isHan(cpAt(text, next + 1))) spaced++;
    else if (isHan(cpAt(text, next))) tight++;
  }
  if (spaced >= 3 && spaced >= tight) return true;
  return tight === 0 && (spaced >= 1 ? allLone(text) : spacedDate(text));
}

/** A date or time spaced digit by digit: 2 0 1 9 - 0 3 - 2 5, not a row of column numbers (1 2 3 4). */
function spacedDate(text: string): boolean {
  const tokens = text.trim().split(/ +/);
  return tokens.length >= 6 && tokens.every((t) => /^[\d./:-]$/.test(t)) && tokens.some((t) => !/\d/.test(t));
}

/** A short line every character of which stands alone: 粤 民 函 〔 2 0 2 0 〕 4 1 3 号. */
const allLone = (text: string): boolean =>
  text
    .trim()
    .split(/ +/)
    .every((token) => token.length === 1);

/** Wide runs of spaces are cell separators when the line has several of them, or one of 4 or more. */
function cellUnit(gaps: Gap[]): number | null {
  const runs = gaps.filter((g) => g.tabs === 0 && g.end - g.start >= 2).map((g) => g.end - g.start);
  if (runs.length === 0 || (runs.length === 1 && (runs[0] ?? 0) < 4)) return null;
  return Math.min(...runs);
}

/** Han characters in a row ending just before `end` (step -1) or starting at `start` (step 1). */
function hanRun(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (
    let i = step === 1 ? from : from - 1;
    i >= 0 && i < text.length && isHan(text.charCodeAt(i));
    i += step
  )
    n++;
  return n;
}

/** Letter spacing sets even digits apart (截 至 2 0 2 4 年): a character alone between blanks or wide ones. */
const standsApart = (cp: number): boolean => cp === 0 || cp === 0x20 || cp === 0x09 || isWide(cp);
const loneBefore = (text: string, i: number): boolean =>
  i >= 1 && !isWide(text.charCodeAt(i - 1)) && standsApart(i >= 2 ? text.charCodeAt(i - 2) : 0);
const loneAfter = (text: string, i: number): boolean =>
  i < text.length &&
  !isWide(text.charCodeAt(i)) &&
  standsApart(i + 1 < text.length ? text.charCodeAt(i + 1) : 0);

/**
 * A space that groups a number's digits by thousands, as the national rules for printed numbers
 * allow (a thin space; 共有1 234家, 达1 691.47万人): the number stands in Chinese text on both sides
 * (or ends the line, its unit wrapped to the next), so it is no cell of a row.
 */
const DIGIT_GROUP_SPACE = /(?<=[^\x00-\x7f]\d{1,3}(?: \d{3})*) (?=\d{3}(?: \d{3})*(?:[.%‰]|[^\x00-\x7f]|$))/y;

function splitsDigitGroups(text: string, at: number): boolean {
  DIGIT_GROUP_SPACE.lastIndex = at;
  return DIGIT_GROUP_SPACE.test(text);
}

/**
 * A space a web page or PDF left after a decimal point (志愿者68. 2万人): the number stands in Chinese text
 * and its fraction runs on into 万, 亿 or a percent sign, so the point ends no sentence.
 */
const DECIMAL_SPACE = /(?<=[^\x00-\x7f]\d{1,6}\.) (?=\d{1,4}[万亿%‰])/y;

function splitsDecimal(text: string, at: number): boolean {
  DECIMAL_SPACE.lastIndex = at;
  return DECIMAL_SPACE.test(text);
}

/**
 * Whether the single space of `gap` is a separator worth keeping: between Latin words and numbers,
 * or between two Han words of two characters or more (中共中央 国务院) in a line not letter-spaced.
 * So is one after a count closed by its measure word, before a Han word (陕西登记社会组织30290家 社会组织从业人员…,
 * two parts of a headline). A lone Han character on either side is spacing (张 三, 服务对 象), and so, in a letter-spaced line,
 * is a space between two lone digits or letters (社 会 组 织 2 4 6 9 家).
 */
function keepSpace(text: string, gap: Gap, letterSpaced: boolean): boolean {
  const a = cpBefore(text, gap.start);
  const b = cpAt(text, gap.end);
  const wideA = isWide(a);
  const wideB = isWide(b);
  if (gap.end - gap.start === 1) {
    if (letterSpaced && loneBefore(text, gap.start) && loneAfter(text, gap.end)) return false;
    if (splitsDigitGroups(text, gap.start)) return false;
    if (spacedDigitsInProse(text, gap)) return false;
    if (splitsDecimal(text, gap.start)) return false;
  }
  if (!wideA || !wideB) return !wideA && !wideB;
  if (letterSpaced || hanRun(text, gap.end, 1) < 2) return false;
  return (
    hanRun(text, gap.start, -1) >= 2 || COUNT_ENDS.test(text.slice(Math.max(0, gap.start - 8), gap.start))
  );
}

/**
 * A figure whose digits a copy set apart one by one inside a sentence that is not so spaced
 * (持证社工 5 6 7 人, 社工站 4 6 个): a run of lone digits, single spaces between, with Chinese on both
 * sides of it. A row's figures end the line or stand before another figure's, and stay apart.
 */
function spacedDigitsInProse(text: string, gap: Gap): boolean {
  const isDigitAt = (i: number) => /\d/.test(text[i] ?? "");
  if (!isDigitAt(gap.start - 1) || !isDigitAt(gap.end)) return false;
  let left = gap.start - 1;
  while (text[left - 1] === " " && isDigitAt(left - 2)) left -= 2;
  let right = gap.end;
  while (text[right + 1] === " " && isDigitAt(right + 2)) right += 2;
  if (isDigitAt(left - 1) || isDigitAt(right + 1)) return false;
  const before = text[left - 1] === " " ? left - 2 : left - 1;
  const after = text[right + 1] === " " ? right + 2 : right + 1;
  const han = (i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
  return han(before) && han(after);
}

/** A count closed by its measure word (30290家, 4.4万人): a headline's part may end on it, another begin after. */
const COUNT_ENDS = /\d(?:万|亿)?[家个人名项所座]$/;

export interface Spaced {
  text: Mapped;
  /** Printed width of the line before cleaning, in em. */
  width: number;
  /** Blanks before the first character (spaces, full-width spaces, tabs). */
  indent: number;
}

const leadingIndent = (text: string): number => text.length - text.trimStart().length;

/** What a run of blanks becomes: tabs (cells), one space (a separator) or nothing. */
function fill(text: string, gap: Gap, letterSpaced: boolean, unit: number | null): string {
  if (gap.tabs > 0) return "\t".repeat(gap.tabs);
  if (gap.start === 0 || gap.end === text.length) return "";
  const spaces = gap.end - gap.start;
  if (unit !== null && spaces >= 2) return "\t".repeat(Math.max(1, Math.round(spaces / unit)));
  return keepSpace(text, gap, letterSpaced) ? " " : "";
}

/** Sentences run together with a gap or two (a page's header glued to its story), no row of cells. */
function runsOfProse(text: string): boolean {
  // A part this long needs a line at least as long.
  if (text.length < 150 || text.includes("\t")) return false;
  const parts = text.trim().split(/[ \u3000]{2,}/);
  const marks = (part: string) => part.match(/[，。；,;]/g)?.length ?? 0;
  return parts.some(
    (part) =>
      (part.length >= 300 && marks(part) >= 6) ||
      (parts.length <= 3 && part.length >= 150 && marks(part) >= 3),
  );
}

export function fixSpacing(line: Mapped): Spaced {
  const text = line.text;
  const width = textWidth(text.trim());
  const gaps = gapsOf(text);
  const indent = leadingIndent(text);
  if (gaps.length === 0) return { text: line, width, indent };
  if (isSpacedOut(text)) {
    return {
      text: removeRanges(
        line,
        gaps.map((g) => [g.start, g.end] as const),
      ),
      width,
      indent,
    };
  }
  const letterSpaced = isLetterSpaced(text);
  const unit = runsOfProse(text) ? null : cellUnit(gaps.filter((g) => g.start > 0 && g.end < text.length));
  const out = new MappedBuilder();
  let at = 0;
  const words = text.includes(":") || text.includes("：") ? spacedWords(text) : [];
  const inWord = (gap: Gap) => words.some(([start, end]) => gap.start > start && gap.end < end);
  for (const gap of gaps) {
    out.slice(line, at, gap.start);
    const blank = inWord(gap) ? "" : fill(text, gap, letterSpaced, unit);
    if (blank !== "") out.from(line, gap.start, blank);
    at = gap.end;
  }
  out.slice(line, at).trimEnd((unit) => unit === "\t");
  const built = out.build();
  return {
    text: onlyLeadingTabs(built.text) ? sliceMapped(built, built.text.search(/[^\t]/)) : built,
    width,
    indent,
  };
}

/**
 * Lone Han characters a gap apart just before a colon or after one to the line's end are one
 * letter-spaced word of a form's preamble, not cells: 表    号:JBZH0001, 制表机关:民    政    部.
 */
const SPACED_KEY = /(?<=^[ \u3000\t]*)[\u4e00-\u9fa5](?:[ \u3000\t]+[\u4e00-\u9fa5])+(?=[ \u3000\t]*[:：])/g;
const SPACED_VALUE =
  /(?<=[:：][ \u3000\t]*)[\u4e00-\u9fa5](?:[ \u3000\t]+[\u4e00-\u9fa5])+(?=[ \u3000\t]*$)/g;

/** Where the letter-spaced words of a preamble line lie, as [start, end) ranges. */
const spacedWords = (text: string): [number, number][] =>
  [...text.matchAll(SPACED_KEY), ...text.matchAll(SPACED_VALUE)].map((m) => [m.index, m.index + m[0].length]);

/** Tabs at the start of a line with no other tab are indentation, not empty cells. */
const onlyLeadingTabs = (text: string): boolean => /^\t+[^\t]+$/.test(text);
