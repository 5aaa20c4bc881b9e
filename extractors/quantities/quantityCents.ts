// Money in 元角分: the 角 and 分 written after a sum in 元 (86元3角2分, 三百元5角, 12元七角六分).

import { readNumeral } from "./numeralGrammar.js";
import { skipSpaces } from "./quantityText.js";

/** A single digit (Arabic or Chinese) at `at` followed by `word`; the digit and where it ends. */
function digitBefore(text: string, at: number, word: string): { digit: number; end: number } | null {
  const start = text[at] === "零" ? at + 1 : at;
  const n = readNumeral(text, start);
  if (!n || n.end - start !== 1 || !Number.isInteger(n.value)) return null;
  const w = skipSpaces(text, n.end);
  return text[w] === word ? { digit: n.value, end: w + 1 } : null;
}

/** The cents written after 元 ending at `at`: 3角2分 → 32, or null when none. */
export function centsAfter(text: string, at: number): { cents: number; end: number } | null {
  const jiao = digitBefore(text, skipSpaces(text, at), "角");
  const from = jiao ? jiao.end : at;
  const fen = digitBefore(text, skipSpaces(text, from), "分");
  if (!jiao && !fen) return null;
  return { cents: (jiao?.digit ?? 0) * 10 + (fen?.digit ?? 0), end: fen?.end ?? from };
}
