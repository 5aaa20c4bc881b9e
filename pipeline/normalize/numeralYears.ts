// Years written in Chinese numerals (二〇二三年, 一九九八年, 二○一八年 with a circle for 〇) read as
// digits, one digit a numeral, so that every later step sees the one form 2023年.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

/** 〇 and what is typed for it: 零, ○ (a circle), O and its full-width and Cyrillic look-alikes. */
const ZEROS = "〇零○OＯО";
const DIGITS = `${ZEROS}一二三四五六七八九`;

/** 19xx or 20xx before 年, not inside a longer numeral (三千一九九八 is no year). */
const NUMERAL_YEAR = new RegExp(
  `(?<![${DIGITS}十百千万两])(?:一九|二[${ZEROS}])[${DIGITS}]{2}(?=\\s*年)`,
  "g",
);

const digitOf = (ch: string): string =>
  ZEROS.includes(ch) ? "0" : String(" 一二三四五六七八九".indexOf(ch));

export function foldNumeralYears(line: Mapped): Mapped {
  if (!line.text.includes("年")) return line;
  const out = new MappedBuilder();
  let at = 0;
  for (const m of line.text.matchAll(NUMERAL_YEAR)) {
    out.slice(line, at, m.index);
    for (let i = 0; i < 4; i++) out.from(line, m.index + i, digitOf(m[0][i] ?? ""));
    at = m.index + 4;
  }
  return at === 0 ? line : out.slice(line, at).build();
}
