// Spam pages slip a bracketed run of words into the sentences they copy: 香港已有超过108万人[注册某国公司]登记
// 成为义工, 全市持证社工【代写论文】达到1500人. The words belong to no sentence; left in, they split the noun
// the figure counts and fill its snippet. A bracketed run is such an insert when it holds Han characters
// only and the text goes on after it: square brackets with more of the line after them (a column's label opening a
// line, [民政要闻], goes too; a title's [附表] at its end stays), 【】 between two Han characters
// (【某某网讯】 opening a paragraph is a lead's credit, read elsewhere). Brackets that hold a figure or a
// mark ([1], [单位：人]) are kept.

import { type Mapped, removeRanges } from "../../schemas/basics/mapped.js";

const HAN = "\\u4e00-\\u9fa5";
/** [注册某国公司]: Han characters alone in square brackets, with the text going on after them. */
const SQUARE = new RegExp(`\\[[${HAN}]{2,12}\\](?=\\S)`, "g");
/** 【代写论文】 between two Han characters. */
const LENTICULAR = new RegExp(`(?<=[${HAN}])【[${HAN}]{2,12}】(?=[${HAN}])`, "g");

/** `line` without the bracketed runs a spam page put into its sentences. */
export function dropInserts(line: Mapped): Mapped {
  if (!/[[【]/.test(line.text)) return line;
  const ranges = [...line.text.matchAll(SQUARE), ...line.text.matchAll(LENTICULAR)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  return ranges.length ? removeRanges(line, ranges) : line;
}
