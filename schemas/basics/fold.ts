// Fold full-width digits, letters and ASCII punctuation to ASCII, odd spaces to plain ones, drop
// invisible characters. Chinese punctuation (，。；：（）“”《》、！？) stays as it is.

import { type Mapped, MappedBuilder } from "./mapped.js";

/** Full-width forms that are the ordinary punctuation of Chinese text, kept full width. */
const KEEP = new Set(["！", "（", "）", "，", "：", "；", "？"]);

const SPACES = new Set([
  "\u3000",
  "\u00a0",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u202f",
  "\u205f",
]);
const INVISIBLE = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\r", "\f", "\v"]);

/** What one character folds to: itself, another character, or "" to drop it. */
export function foldChar(ch: string): string {
  if (SPACES.has(ch)) return " ";
  if (INVISIBLE.has(ch)) return "";
  const cp = ch.charCodeAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e && !KEEP.has(ch)) return String.fromCharCode(cp - 0xfee0);
  return ch;
}

export function fold(line: Mapped): Mapped {
  const out = new MappedBuilder();
  for (let i = 0; i < line.text.length; i++) {
    const ch = line.text[i] as string;
    const folded = foldChar(ch);
    if (folded !== "") out.from(line, i, folded);
  }
  return out.build();
}
