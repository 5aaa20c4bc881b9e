// A web page repeats what it shows: a photo's caption under its alt text, a title under a crumb that
// ends with it, the whole article a second time (a mirror that copied its print and its mobile
// view). A repeat says nothing new and would give each figure in it twice.

import { removeRanges } from "../../schemas/basics/mapped.js";
import { isCrumb } from "./markers.js";
import type { SourceLine } from "./sourceLines.js";

/** Long enough to be a statement, not a label a table or a list may well repeat (合计, 社会团体). */
const MIN_HAN = 10;

const HAN = /\p{Script=Han}/gu;
/** Whether `text` holds at least `count` Han characters (it stops looking once it has found them). */
function hasHan(text: string, count: number): boolean {
  HAN.lastIndex = 0;
  for (let found = 0; found < count; found++) if (HAN.exec(text) === null) return false;
  return true;
}
const inCells = (text: string): boolean => text.includes("\t") || text.includes("|");
const key = (text: string): string => text.replace(/\s+/g, "");

/** Whether the text is a statement a page could repeat by mistake only. */
const isStatement = (text: string): boolean => !inCells(text) && hasHan(text, MIN_HAN);

/**
 * A crumb without its last step where that step is the title under it (某某商报 > 全市注册志愿者达十万名
 * over 全市注册志愿者达十万名): the title is said once, under the crumb.
 */
function crumbWithoutTitle(line: SourceLine, next: SourceLine | undefined): SourceLine {
  if (!next || !isCrumb(line.plain)) return line;
  const cut = Math.max(...[">", "＞", "›", "»"].map((mark) => line.plain.lastIndexOf(mark))) + 1;
  const last = line.plain.slice(cut);
  if (cut === 0 || !isStatement(last) || key(last) !== key(next.plain)) return line;
  return {
    ...line,
    text: removeRanges(line.text, [[cut, line.plain.length]]),
    plain: line.plain.slice(0, cut),
  };
}

/**
 * Lines without a line that repeats the line straight before it, and crumbs without the title the
 * line under them repeats.
 */
export function dropRepeatedLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines
    .filter((line, i) => {
      const before = lines[i - 1];
      return !(before && isStatement(line.plain) && key(line.plain) === key(before.plain));
    })
    .map((line, i, kept) => crumbWithoutTitle(line, kept[i + 1]));
}

/** Whether paragraph `i` of `texts` is a sentence-long one said word for word before it. */
export function repeatsParagraph(texts: readonly string[]): boolean[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    if (!isStatement(text) || !/[。！？!?]/.test(text)) return false;
    const k = key(text);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}
