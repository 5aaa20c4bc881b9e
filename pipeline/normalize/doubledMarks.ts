// Mirror sites copy a page with a comma put after each mark of it: 历史文化底蕴深厚。目前,,某区…,
// 门类齐全、层次分明,、覆盖广泛, …十佳案例,。 The extra comma stands against another mark; a sentence
// never writes one there, so it is dropped and the snippet reads as the page did. Only in prose (a line
// with a full stop): in a row of comma-separated cells, two commas are an empty cell.

import { type Mapped, removeRanges } from "../../schemas/basics/mapped.js";

/** A comma straight before another mark of a sentence, or straight after an enumeration comma. */
const EXTRA = /[，,](?=[，,、。；;！？!?])|(?<=、)[，,]/g;

/** `line` without the commas a mirror put against the marks of its sentences. */
export function dropDoubledMarks(line: Mapped): Mapped {
  if (!line.text.includes("。") || !/[，,](?=[，,、。；;！？!?])|、[，,]/.test(line.text)) return line;
  const ranges = [...line.text.matchAll(EXTRA)].map((m) => [m.index, m.index + m[0].length] as const);
  return removeRanges(line, ranges);
}
