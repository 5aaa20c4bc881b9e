// Tables whose cells lost their separators when a page was copied: a header 指标名称单位数量 over
// rows such as 街道165, 社会团体个4,431, 养老机构床位万张11.3. Under such a header, a row of a label,
// an optional unit and one figure gets its cells back as tabs, so the table reader sees its columns.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const GLUED_HEADER =
  /^\s*(指标名称|指标|项目)((?:计量)?单位)(数量|本期数?|数值|本月数?|本季度?数?|期末数|实有数)\s*$/;

const UNITS =
  "万人次|万人|万户|万张|万元|亿元|千元|元/人·月|元/人·年|元/人|元/月|人次|户次|平方米|个|家|人|名|户|张|床|件|对|具|所|处|项|次|元";

/** A label ending in a character or bracket, an optional unit, then one figure and nothing else. */
const ROW = new RegExp(
  `^(\\s*)(\\S*?[\\u4e00-\\u9fa5）)])(${UNITS})?([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)\\s*$`,
);

/** Prose ends the table: a sentence, or a line too long to be a row. */
const isProse = (text: string) => /[。，；]/.test(text) || [...text.trim()].length > 40;

/** Which lines of a page are a glued header or a glued row under one. */
export function gluedTableRows(lines: readonly string[]): boolean[] {
  let inTable = false;
  return lines.map((line) => {
    if (GLUED_HEADER.test(line)) {
      inTable = true;
      return true;
    }
    if (inTable && isProse(line)) inTable = false;
    return inTable && ROW.test(line) && !/\t/.test(line);
  });
}

/** The line with tabs between its cells: 社会团体个4,431 → 社会团体\t个\t4,431; 街道165 → 街道\t\t165. */
export function ungluedRow(line: Mapped): Mapped {
  const header = GLUED_HEADER.exec(line.text);
  const row = header ? null : ROW.exec(line.text);
  const parts: [string, string, string] | null = header
    ? [header[1] ?? "", header[2] ?? "", header[3] ?? ""]
    : row
      ? [row[2] ?? "", row[3] ?? "", row[4] ?? ""]
      : null;
  if (!parts) return line;
  const out = new MappedBuilder();
  let at = line.text.indexOf(parts[0]);
  out.slice(line, 0, at);
  parts.forEach((part, i) => {
    if (i > 0) out.from(line, Math.min(at, line.text.length - 1), "\t");
    out.slice(line, at, at + part.length);
    at += part.length;
  });
  return out.slice(line, at).build();
}
