// Forum pages (Discuz and the like) hide runs of random ASCII in their posts against copying:
// `3 G/ X4 F* Q; c- }, e- H 而从2008年…`. A copy keeps them at the ends of lines, where they run into
// the sentence and its snippet. A run is dropped when it looks like nothing a text says: six or more
// tokens of one or two characters, letters and marks mixed.

import { type Mapped, removeRanges } from "../../schemas/basics/mapped.js";

/**
 * Six or more tokens of one or two printable ASCII characters, a space between them; the first may
 * follow a Chinese character directly, where a Word copy ran the line before into it (中国网9 _, F. P, …).
 */
const RUN = /(?<=^|\s|[^\x00-\x7f])[\x21-\x7e]{1,2}(?: [\x21-\x7e]{1,2}){5,}(?=\s|$|[^\x00-\x7f])/g;

/** Letters and marks both, as random characters give: digits or letters alone are a row or a code. */
function isJammer(run: string): boolean {
  const marks = run.replace(/[A-Za-z0-9 ]/g, "").length;
  const letters = run.replace(/[^A-Za-z]/g, "").length;
  return marks >= 2 && letters >= 2;
}

export function dropJammer(line: Mapped): Mapped {
  if (!line.text.includes(" ")) return line;
  const text = line.text;
  // A run inside a line goes with the spaces after it, which would otherwise part the line like cells.
  const spacesAfter = (end: number) => {
    let at = end;
    while (at < text.length && /\s/.test(text[at] ?? "")) at++;
    return at;
  };
  const ranges = [...text.matchAll(RUN)]
    .filter((m) => isJammer(m[0]))
    .map((m) => {
      const end = m.index + m[0].length;
      const inside = /\S/.test(text.slice(0, m.index));
      return [m.index, inside ? spacesAfter(end) : end] as const;
    });
  return ranges.length ? removeRanges(line, ranges) : line;
}
