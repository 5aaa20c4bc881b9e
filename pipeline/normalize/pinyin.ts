// Mirror sites gloss characters with their pinyin: 鄉(xiāng)鎮(zhèn)(街道)社工站, 總數(shù). The gloss
// splits the noun phrase it sits in, so it goes; a bracket after a character that holds a syllable
// with a tone mark is a gloss, anything else (（街道）, (a), (2020)) stays.

import { type Mapped, removeRanges } from "../../schemas/basics/mapped.js";

const GLOSS = /(?<=[\u3400-\u9fff])[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*[)）]/g;

export function dropPinyin(line: Mapped): Mapped {
  // A gloss is bracketed: most lines have no bracket to look behind.
  if (!line.text.includes("(") && !line.text.includes("（")) return line;
  const ranges = [...line.text.matchAll(GLOSS)].map((m) => [m.index, m.index + m[0].length] as const);
  return ranges.length ? removeRanges(line, ranges) : line;
}
