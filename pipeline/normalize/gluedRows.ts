// Tables whose cells lost their separators when a page was copied: a header 指标名称单位数量 over
// rows such as 街道165, 社会团体个4,431, 养老机构床位万张11.3. Under such a header, a row of a label,
// an optional unit and one figure gets its cells back as tabs, so the table reader sees its columns.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";

const GLUED_HEADER =
  /^\s*(指标名称|指标|项目)((?:计量)?单位)(数量|本期数?|数值|本月数?|本季度?数?|期末数|实有数)\s*$/;

const UNITS =
  "万人次|万人|万户|万张|万元|亿元|千元|元/人·月|元/人·年|元/人|元/月|人次|户次|平方米|个|家|人|名|户|张|床|件|对|具|所|处|项|次|元";

/**
 * A label ending in a character or bracket, an optional unit, then one figure and nothing else. A PDF's
 * text may put a space where the font changes to the figure's (街道 8, 社会团体个 431).
 */
const ROW = new RegExp(
  `^(\\s*)(\\S*?[\\u4e00-\\u9fa5）)])(${UNITS})? ?([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)\\s*$`,
);

/**
 * The same header with the columns of other periods after 数量, and perhaps a column of indicator
 * codes before it: 指标名称单位代码数量上季度环比上月, 指标名称单位数量上年同期.
 */
const CODED_HEADER =
  /^\s*(指标名称|指标)((?:计量)?单位)(代码)?(数量|本期数?|本月数?)((?:上季度|上期|上月|上年数据|上年同期|环比|同比)+)\s*$/;
const OTHER_COLUMN = /上季度|上期|上月|上年数据|上年同期|环比|同比/g;

/**
 * A row under it: a label, an optional unit, its code if the table has them, then its figures run
 * together. A PDF's text may keep one space on either side of the code (6.街道 JZH0111130004242).
 */
const CODED_ROW = new RegExp(
  `^(\\s*)(\\S*?[\\u4e00-\\u9fa5）)])(${UNITS})?(?: ?([A-Z]{3}\\d{9}) ?)?([\\d,.]*)\\s*$`,
);

/**
 * The first two figures of a run with nothing between them, where they can be told apart: the same
 * whole number twice (4242 is 42 and 42), or a number with thousands commas before another
 * (1,3361,330 is 1,336 and 1,330). Any other run (187, 4861,330, 69,436.333,872.0) cannot be split
 * for sure, and gives nothing.
 */
export function splitRun(run: string): [string, string] | null {
  if (/^\d+$/.test(run) && run.length % 2 === 0) {
    const half = run.slice(0, run.length / 2);
    return half === run.slice(run.length / 2) && !/^0\d/.test(half) ? [half, half] : null;
  }
  const grouped = /^(\d{1,3}(?:,\d{3})+)(\d{1,3}(?:,\d{3})*)$/.exec(run);
  return grouped?.[1] && grouped[2] ? [grouped[1], grouped[2]] : null;
}

/** Prose ends the table: a sentence, or a line too long to be a row. */
const isProse = (text: string) => /[。，；]/.test(text) || [...text.trim()].length > 40;

/** Which lines of a page are a glued header or a glued row under one. */
export function gluedTableRows(lines: readonly string[]): boolean[] {
  let inTable: "plain" | "coded" | null = null;
  return lines.map((line) => {
    if (GLUED_HEADER.test(line) || CODED_HEADER.test(line)) {
      inTable = GLUED_HEADER.test(line) ? "plain" : "coded";
      return true;
    }
    if (inTable && isProse(line)) inTable = null;
    if (/\t/.test(line)) return false;
    if (inTable === "coded") {
      const row = CODED_ROW.exec(line);
      return row !== null && splitRun(row[5] ?? "") !== null;
    }
    return inTable === "plain" && ROW.test(line);
  });
}

/** The line with tabs between its cells: 社会团体个4,431 → 社会团体\t个\t4,431; 街道165 → 街道\t\t165. */
export function ungluedRow(line: Mapped): Mapped {
  const parts = gluedParts(line.text);
  if (!parts) return line;
  const out = new MappedBuilder();
  let at = line.text.indexOf(parts[0] ?? "");
  out.slice(line, 0, at);
  parts.forEach((part, i) => {
    // A space between two cells (before a code, after it) gives way to the tab.
    const start = i > 0 && part !== "" ? line.text.indexOf(part, at) : at;
    if (i > 0) out.from(line, Math.min(at, line.text.length - 1), "\t");
    out.slice(line, start, start + part.length);
    at = start + part.length;
  });
  return out.slice(line, at).build();
}

/** The cells of a glued header or row, in order, or null when the line is neither. */
function gluedParts(text: string): string[] | null {
  const header = GLUED_HEADER.exec(text);
  if (header) return [header[1] ?? "", header[2] ?? "", header[3] ?? ""];
  const coded = CODED_HEADER.exec(text);
  if (coded) {
    const others = [...(coded[5] ?? "").matchAll(OTHER_COLUMN)].map((m) => m[0]);
    const code = coded[3] ? [coded[3]] : [];
    return [coded[1] ?? "", coded[2] ?? "", ...code, coded[4] ?? "", ...others];
  }
  const codedRow = CODED_ROW.exec(text);
  const figures = codedRow ? splitRun(codedRow[5] ?? "") : null;
  if (codedRow && figures) {
    const code = codedRow[4] ? [codedRow[4]] : [];
    return [codedRow[2] ?? "", codedRow[3] ?? "", ...code, ...figures];
  }
  const row = ROW.exec(text);
  return row ? [row[2] ?? "", row[3] ?? "", row[4] ?? ""] : null;
}
