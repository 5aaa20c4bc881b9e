// A full stop typed for a decimal point (社会组织65。8万个, 增长3。5%): a font or a converter that put the
// ideographic full stop where the text had a point. The number stands in Chinese text and its fraction
// runs on into 万, 亿 or a percent sign, so the stop ends no sentence.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const STOP_FOR_POINT = /(?<=[^\x00-\x7f]\d{1,6})。(?=\d{1,4}[万亿%‰])/g;

export function foldDecimalStops(line: Mapped): Mapped {
  if (!line.text.includes("。")) return line;
  const out = new MappedBuilder();
  let at = 0;
  for (const m of line.text.matchAll(STOP_FOR_POINT)) {
    out.slice(line, at, m.index);
    out.from(line, m.index, ".");
    at = m.index + 1;
  }
  return at === 0 ? line : out.slice(line, at).build();
}
