// Facts from an indicator table: one per row that has a current figure. The row's meaning comes
// from its label read under its section rows; its date from the table's own period (header cells,
// caption, title), which beats the document's publication date; its region from the table's
// compiler or division code.

import type { SegmentedDocument, Sentence } from "../../schemas/document.js";
import type { AsOfSource, Fact } from "../../schemas/fact.js";
import type { Quantity } from "../../schemas/quantity.js";
import { NOT_A_STOCK_SECTION, TABLE_ROW_RULES } from "../../schemas/tableRows.js";
import type { PlaceContext } from "../context/place.js";
import { classify } from "../meaning/classify.js";
import { findQuantities } from "../quantities/quantities.js";
import { type Cell, cellNumber, UNIT_CELL } from "./cells.js";
import { bracketUnit, type IndicatorRow, readIndicatorTable } from "./indicatorRows.js";
import { narrowsSeries } from "./narrowing.js";
import { tablePeriod } from "./period.js";
import { tableRegion } from "./region.js";
import { type Marked, placeRows, readMarker } from "./sections.js";
import { listedUnit, seriesUnit } from "./seriesUnit.js";

/** Units that are money or shares: their rows never hold a count. */
const NOT_A_COUNT = /元|%|％|‰/;

/** The catalogue key of a row, from its label and the sections above it. */
export function rowKey(label: string, path: readonly string[], unitText: string, unit: string): string {
  if (NOT_A_COUNT.test(unitText)) return "other";
  if (path.some((s) => NOT_A_STOCK_SECTION.test(s))) return "other";
  for (const section of [...path].reverse()) {
    const rule = TABLE_ROW_RULES.find((r) => r.section.test(section) && r.label.test(label));
    if (rule) return rule.key;
  }
  return classify({
    subject: label,
    clause: label,
    before: "",
    after: "",
    context: label,
    tail: "",
    unit,
    mode: "stock",
  });
}

/** A row of all the others: 合计, 总计. */
const TOTAL_ROW = /^(?:合计|总计|共计)$/;

/** The row's figure as a quantity in its unit: 4,691 | 个 → 4691 items; 98,644.9 | 万元 → yuan. */
function quantityOf(value: Cell, unitText: string): Quantity | null {
  const number = cellNumber(value.text);
  if (number === null) return null;
  const [q] = findQuantities(`${number}${unitText}`);
  const span = { start: 0, end: value.text.length, numberStart: 0, numberEnd: value.text.length };
  if (q && q.text === `${number}${unitText}`) return { ...q, ...span, text: `${value.text}${unitText}` };
  return {
    ...span,
    text: `${value.text}${unitText}`,
    value: number,
    unit: unitText,
    unitText,
    qualifier: "exact",
    kind: "count",
  };
}

/** The text above a table up to the table before it: its caption and, at the top, the title. */
function captionAbove(doc: SegmentedDocument, first: Sentence): string {
  const above: string[] = [];
  for (let i = first.id - 1; i >= 0 && above.length < 6; i--) {
    const s = doc.sentences[i];
    if (!s || s.kind === "table_row") break;
    above.unshift(s.text);
  }
  return above.join("\n");
}

/** The table's own period (header cells, caption, title), else the document's. */
function periodOf(
  doc: SegmentedDocument,
  preamble: string,
  caption: string,
): { asOf: string | null; asOfSource: AsOfSource } {
  const own = tablePeriod(preamble) ?? tablePeriod(caption);
  if (own) return { asOf: own, asOfSource: "heading" };
  const titled = tablePeriod(doc.meta.title ?? "") ?? doc.meta.period;
  if (titled) return { asOf: titled, asOfSource: "title" };
  return { asOf: doc.meta.issued, asOfSource: doc.meta.issued ? "document" : "none" };
}

const snippetOf = (row: IndicatorRow) => {
  const cells = row.cells.map((c) => c.text);
  while (cells.length > 1 && cells.at(-1) === "") cells.pop();
  return cells.join(" | ");
};

export function indicatorFacts(
  doc: SegmentedDocument,
  sentences: readonly Sentence[],
  cells: readonly Cell[],
  place: PlaceContext,
  firstId: number,
): Fact[] {
  const [first] = sentences;
  if (!first) return [];
  const table = readIndicatorTable(cells);
  const preamble = table.preamble.map((c) => c.text).join(" ");
  const caption = captionAbove(doc, first);
  const { asOf, asOfSource } = periodOf(doc, `${table.current} ${preamble}`, caption);
  // 单位：个 in the caption: the unit of every row that says none.
  const stated = /单位\s*[:：]\s*([^\s,，;；)）]{1,3})/.exec(`${preamble} ${caption}`)?.[1] ?? "";
  const captionUnit = UNIT_CELL.test(stated) ? stated : "";
  // 单位：个、万人: units for some rows each; the one in 万 goes to the rows whose series it counts.
  const listed = (/单位\s*[:：]\s*([^\s,，;；)）]+)/.exec(`${preamble} ${caption}`)?.[1] ?? "")
    .split("、")
    .filter((u) => u.startsWith("万") && UNIT_CELL.test(u));
  const region = tableRegion(`${preamble} ${caption}`) ?? place.region;
  // 2023年社会组织评估等级情况 over the table: its rows count some of each series.
  const captionLine = caption.split("\n").at(-1) ?? "";
  const narrowed = narrowsSeries(captionLine);
  const marked: Marked[] = table.rows.map((r) =>
    readMarker(
      r.label.text.replace(/\s+/g, "").replace(/[（(][^（）()]{1,4}[)）]$/, (m) => (bracketUnit(m) ? "" : m)),
    ),
  );
  const placed = placeRows(
    table.rows.map((r, i) => ({ marked: marked[i] as Marked, figure: r.value !== null })),
  );
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end) ?? first;
  const facts: Fact[] = [];
  const factOfRow = new Map<number, Fact>();
  table.rows.forEach((row, i) => {
    const value = row.value;
    const label = marked[i]?.label ?? "";
    if (!value || !label) return;
    const where = placed[i] ?? { path: [], parent: null };
    const unitText =
      row.unitText ||
      captionUnit ||
      listedUnit(listed, (text, unit) => rowKey(label, where.path, text, unit));
    const q = quantityOf(value, unitText);
    if (!q) return;
    const parent = where.parent === null ? undefined : factOfRow.get(where.parent);
    // 社会团体 | 1,002 in a table that names no unit: a whole number takes the unit its series counts in.
    if (q.unit === "" && Number.isInteger(q.value))
      q.unit = seriesUnit((unit) => rowKey(label, where.path, "", unit)) ?? "";
    // 合计 with no section above it: the total of what the caption counts (2022年某区社会组织统计表).
    const path = where.path.length === 0 && TOTAL_ROW.test(label) ? [captionLine] : where.path;
    let metric = rowKey(label, path, unitText, q.unit);
    // A part of a row counted in the same series is not that series.
    if (parent && parent.metric === metric) metric = "other";
    // 本期 12 | 累计 2,100: beside its running total, the period's figure is what happened in it.
    if (row.cumulative) metric = "other";
    if (narrowed) metric = "other";
    const sentence = sentenceOf(value.start);
    const fact: Fact = {
      id: firstId + facts.length,
      sentenceId: sentence.id,
      metric,
      subject: label,
      value: q.value,
      max: null,
      unit: q.unit,
      qualifier: q.qualifier,
      asOf,
      asOfSource,
      region,
      page: sentence.page,
      snippet: snippetOf(row),
      quantityText: q.text,
      start: value.start,
      end: value.end,
      parentId: parent ? parent.id : null,
      role: parent ? "part" : "figure",
      flags: [],
    };
    if (parent) parent.role = "total";
    factOfRow.set(i, fact);
    facts.push(fact);
  });
  return facts;
}
