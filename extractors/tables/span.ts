// Which sentences make up one table. Section rows (一、社会组织, 城市最低生活保障) may come out as
// headings or short lines of their own between the rows, and rules drawn with dashes (or a
// header's unit wrapped onto a line of its own, （家）) between the header and the rows.

import type { Sentence } from "../../schemas/document.js";

const RULE = /^(?:[-—=_─━\s]+|\s*[（(][^（）()]{1,6}[）)]\s*)$/;
/** Section rows between table rows: short, no sentence punctuation. */
const SECTION_LINE = /^[^。；，,;！？!?]{1,30}$/;
/** How many section lines may stand together between rows (一、综合 / (一)行政区划 / 城市低保). */
const MOST_BETWEEN = 3;

const between = (s: Sentence | undefined) =>
  s !== undefined &&
  s.kind !== "table_row" &&
  (s.kind === "heading" || RULE.test(s.text) || SECTION_LINE.test(s.text));

/** The index of the last sentence of the table whose first row is at `start`. */
export function tableEnd(sentences: readonly Sentence[], start: number): number {
  let end = start;
  for (;;) {
    let next = end + 1;
    while (next - end <= MOST_BETWEEN && between(sentences[next])) next++;
    if (sentences[next]?.kind !== "table_row") return end;
    end = next;
  }
}
