// Compare the body paragraphs of two clean forms of one document.

import type { CleanDocument } from "../../schemas/document.js";

/** Paragraph and heading lines (table rows left out), whitespace removed. */
export function bodyParagraphs(clean: CleanDocument): string[] {
  return clean.lines
    .filter((line) => line.kind !== "table_row")
    .map((line) => clean.text.slice(line.start, line.end).replace(/\s+/g, ""))
    .filter((text) => text !== "");
}

/** Paragraphs between two matched ones, on either side. */
export interface Gap {
  first: string[];
  second: string[];
  /** The same text on both sides, only cut into paragraphs differently. */
  regrouped: boolean;
}

export interface Alignment {
  /** Paragraphs equal on both sides, in order (longest common subsequence). */
  matched: number;
  gaps: Gap[];
}

/** Index pairs of a longest common subsequence of two paragraph sequences. */
function commonPairs(first: readonly string[], second: readonly string[]): [number, number][] {
  const n = first.length;
  const m = second.length;
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as Int32Array;
      row[j] =
        first[i] === second[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (first[i] === second[j]) pairs.push([i++, j++]);
    else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

export function alignParagraphs(first: readonly string[], second: readonly string[]): Alignment {
  const pairs = commonPairs(first, second);
  const gaps: Gap[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [first.length, second.length] as [number, number]]) {
    if (pi > i || pj > j) {
      const a = first.slice(i, pi);
      const b = second.slice(j, pj);
      gaps.push({ first: a, second: b, regrouped: a.join("") === b.join("") });
    }
    i = pi + 1;
    j = pj + 1;
  }
  return { matched: pairs.length, gaps };
}
