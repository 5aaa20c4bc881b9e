// Unify the brackets around the year of a document number: 福民函[2024]25号, 福民函【2024】25号,
// 福民函﹝2024﹞25号 → 福民函〔2024〕25号.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const OPEN = "[［【﹝〔〖(（";
const CLOSE = "]］】﹞〕〗)）";
/** An issuer's abbreviation (Han), a bracketed year, a serial number, 号. */
const DOC_NUMBER = new RegExp(
  `(?<=[\\u4e00-\\u9fff])[ ]*([${OPEN.replace("[", "\\[")}])[ ]*(?:19|20)\\d{2}[ ]*([${CLOSE.replace("]", "\\]")}])[ ]*\\d{1,5}[ ]*[号號]`,
  "gd",
);

export function unifyDocNumbers(line: Mapped): Mapped {
  if (!line.text.includes("号") && !line.text.includes("號")) return line;
  const replace = new Map<number, string>();
  for (const m of line.text.matchAll(DOC_NUMBER)) {
    const open = m.indices?.[1];
    const close = m.indices?.[2];
    if (open) replace.set(open[0], "〔");
    if (close) replace.set(close[0], "〕");
  }
  if (replace.size === 0) return line;
  const out = new MappedBuilder();
  let at = 0;
  for (const [i, bracket] of [...replace].sort(([a], [b]) => a - b)) {
    out.slice(line, at, i).from(line, i, bracket);
    at = i + 1;
  }
  return out.slice(line, at).build();
}
