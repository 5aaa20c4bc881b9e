// Mirror sites gloss characters with their pinyin: 鄉(xiāng)鎮(zhèn)(街道)社工站, 總數(shù). The gloss
// splits the noun phrase it sits in, so it goes; a bracket after a character that holds a syllable
// with a tone mark is a gloss, anything else (（街道）, (a), (2020)) stays.

import { type Mapped, removeRanges } from "../../schemas/basics/mapped.js";
import type { SourceLine } from "./sourceLines.js";

const TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const TONED = new RegExp(`[${TONE}]`);
const SYLLABLE = `[a-zü${TONE}]{1,6}`;
/**
 * A bracket after a character holding a syllable, or one split by a space where lines were joined
 * inside it (社會(h uì)組織); it is a gloss when it holds a tone mark.
 */
const BRACKETED = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]\\s*${SYLLABLE}(?: ${SYLLABLE})?\\s*[)）]`, "g");
/** A whole gloss opening a line, the character it glosses ending the line before: 這些社會 / (huì)組織. */
const WHOLE_HEAD = new RegExp(`^[(（]${SYLLABLE}[)）]`);

function glosses(text: string): (readonly [number, number])[] {
  return [...text.matchAll(BRACKETED)]
    .filter((m) => TONED.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length] as const);
}

export function dropPinyin(line: Mapped): Mapped {
  // A gloss is bracketed: most lines have no bracket to look behind.
  if (!line.text.includes("(") && !line.text.includes("（")) return line;
  // Only a syllable with its tone mark is taken for a gloss.
  if (!TONED.test(line.text)) return line;
  const ranges = glosses(line.text);
  return ranges.length ? removeRanges(line, ranges) : line;
}

type Range = readonly [number, number];

function cut(line: SourceLine, ranges: Range[]): SourceLine {
  if (!ranges.length) return line;
  const keep = (s: string) => {
    let out = "";
    let at = 0;
    for (const [start, end] of [...ranges].sort((x, y) => x[0] - y[0])) {
      out += s.slice(at, start);
      at = Math.max(at, end);
    }
    return out + s.slice(at);
  };
  // The printed width stays: the line was as wide as a full one with its glosses in it.
  return { ...line, text: removeRanges(line.text, ranges), plain: keep(line.plain) };
}

/**
 * Pinyin glosses taken out of each line before lines are joined, and a gloss a line's end pushed to
 * the start of the next (這些社會 / (huì)組織): left in, it makes a wrapped line look like the start of
 * a bracketed item, and the sentence is parted from its figures. A gloss the line's end cut in two
 * (聯(li / án)絡) stays: the open bracket says the line goes on, and the joined gloss goes after.
 */
export function dropPinyinLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((line) => TONED.test(line.plain))) return [...lines];
  return lines.map((line, i) => {
    if (!TONED.test(line.plain)) return line;
    const ranges = glosses(line.plain);
    const whole = WHOLE_HEAD.exec(line.plain);
    if (whole && TONED.test(whole[0]) && /[\u3400-\u9fff]$/.test(lines[i - 1]?.plain ?? ""))
      ranges.push([0, whole[0].length]);
    return cut(line, ranges);
  });
}
