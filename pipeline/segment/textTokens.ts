// The tokens search counts in a sentence's text, without a dictionary: Han characters, pairs of
// adjacent Han characters, and ASCII words. store/bm25.ts counts the same in SQL.

import { isHan } from "../../schemas/basics/chars.js";

/** Runs of Han characters, as arrays of characters (code points). */
export function hanRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const ch of text) {
    if (isHan(ch.codePointAt(0) ?? 0)) run.push(ch);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** An ASCII word: a run of letters and digits, a decimal kept whole (16.3). Also used in SQL. */
export const ASCII_WORD_PATTERN = "[0-9a-z]+(?:\\.[0-9]+)?";
const ASCII_WORD = new RegExp(ASCII_WORD_PATTERN, "g");
const WHOLE_ASCII_WORD = new RegExp(`^${ASCII_WORD_PATTERN}$`);

/** Whether a token is an ASCII word (2024, hr, 16.3) rather than Han text. */
export const isAsciiWord = (token: string) => WHOLE_ASCII_WORD.test(token);

/** The ASCII words of a text, lowercased. */
export function asciiWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(ASCII_WORD)].map((m) => m[0]);
}

/**
 * A sentence's length in tokens, for BM25: its Han characters, its pairs of adjacent Han
 * characters and its ASCII words.
 */
export function sentenceLength(text: string): number {
  // A run of n characters gives n characters and n - 1 pairs.
  let tokens = asciiWords(text).length;
  let inRun = false;
  for (const ch of text) {
    const han = isHan(ch.codePointAt(0) ?? 0);
    if (han) tokens += inRun ? 2 : 1;
    inRun = han;
  }
  return tokens;
}
