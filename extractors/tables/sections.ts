// Ordinal markers of table rows and the section rows they open: 一、 (一) 1. (1) A I (a).
// A row belongs to the sections above it whose level is higher than its own; a row without a
// marker belongs to every section open above it.

export interface Marked {
  /** The label without its marker and list word: `其中:(1)儿童福利` → 儿童福利. */
  label: string;
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for A, 6 for I, 7 for (a); null without one. */
  level: number | null;
  /** The label said 其中 (of which): a part of the row above. */
  partOf: boolean;
}

const CN = "[一二三四五六七八九十]+";
const MARKERS: ReadonlyArray<[number, RegExp]> = [
  [1, new RegExp(`^${CN}\\s*[、.．]`)],
  [2, new RegExp(`^[（(]\\s*${CN}\\s*[)）]`)],
  [3, /^\d{1,2}\s*(?:[、．]|\.(?!\d))/],
  [4, /^[（(]\s*\d{1,2}\s*[)）]/],
  [6, /^(?:VI{0,3}|IV|IX|I{1,3}|X)(?:\s*[、.．]\s*|\s+|(?=[\u4e00-\u9fa5]))/],
  [5, /^[A-HJ-UWYZ](?:\s*[、.．]\s*|\s+|(?=[\u4e00-\u9fa5]))/],
  [7, /^[（(]\s*[a-z]\s*[)）]/],
];
const PART = /^(?:其中|内|含|包括)\s*[:：]?\s*/;

/** A row label read for its marker: `2.街道` → 街道 at level 3; `其中:民族乡` → 民族乡, a part. */
export function readMarker(text: string): Marked {
  let rest = text.trim();
  let partOf = false;
  if (PART.test(rest) && rest.replace(PART, "") !== "") {
    rest = rest.replace(PART, "");
    partOf = true;
  }
  for (const [level, pattern] of MARKERS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const label = rest.slice(m[0].length).replace(PART, "").trim();
    if (label === "") continue;
    return { label, level, partOf: partOf || PART.test(rest.slice(m[0].length)) };
  }
  return { label: rest, level: null, partOf };
}

/** Level given to rows without a marker: below every marked level. */
const UNMARKED = 100;

export interface Placed {
  /** Labels of the sections the row belongs to, outermost first. */
  path: string[];
  /** Index of the innermost enclosing row that has a figure of its own (a subtotal), or null. */
  parent: number | null;
}

interface Open {
  index: number;
  label: string;
  level: number;
  figure: boolean;
}

/**
 * Where each row of a table sits. Marked rows close the sections at their level and below, and stay
 * open for the rows after them; unmarked rows stay open only when they carry no figure (城市最低生活保障
 * over 城市低保人数), replacing an unmarked section before them.
 */
export function placeRows(rows: ReadonlyArray<{ marked: Marked; figure: boolean }>): Placed[] {
  const open: Open[] = [];
  return rows.map(({ marked, figure }, index) => {
    const level = marked.level ?? UNMARKED;
    const keepsOpen = marked.level !== null || !figure;
    if (keepsOpen) while ((open.at(-1)?.level ?? 0) >= level) open.pop();
    const parent = [...open].reverse().find((o) => o.figure)?.index ?? null;
    const placed = { path: open.map((o) => o.label), parent };
    if (keepsOpen) open.push({ index, label: marked.label, level, figure });
    return placed;
  });
}
