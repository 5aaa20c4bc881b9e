// Blank lines: some texts leave one after every printed line (they say nothing), others only
// between paragraphs (they end a paragraph).

import type { SourceLine } from "./sourceLines.js";

/** Non-blank lines, each marked with whether blank lines stood before it. */
export function markBlankLines(lines: readonly SourceLine[]): SourceLine[] {
  const marked: SourceLine[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.plain.trim() === "") {
      blank = true;
      continue;
    }
    marked.push({ ...line, blankBefore: blank && marked.length > 0 });
    blank = false;
  }
  return marked;
}

/**
 * Whether blank lines end paragraphs: there are some (2 at least), and most lines follow another
 * line directly. A text with a blank line after nearly every line uses them for nothing.
 */
export function blankLinesSeparate(lines: readonly SourceLine[]): boolean {
  const after = lines.slice(1);
  const blank = after.filter((line) => line.blankBefore).length;
  return blank >= 2 && blank <= after.length * 0.5;
}
