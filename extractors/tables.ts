// Facts from table rows: 社会团体 | 个 | 1,336, or 类别 | 2022年 | 2023年 header rows with a year per column.
import type { SegmentedDocument, Sentence } from "../schemas/document.js";
import type { Fact } from "../schemas/fact.js";
import { classify } from "./classify.js";
import { findDates, isoDate } from "./dates.js";
import { type PlaceContext, resolvePlace } from "./place.js";
import { findQuantities } from "./quantities.js";

const NUMERIC_CELL = /^[\d.,，．:：()（）\-—~%％万亿千百余多约近超逾以上下内元家个人名项场次期套所户位\s]+$/;
const UNIT_WORD = /^(?:家|个|人|名|项|场|次|期|套|所|户|位|元|万元|亿元|千元|%|％|学时|小时|人次|场次|节次)$/;
const SERIAL = /^(?:\d{1,3}|[一二三四五六七八九十]+|序号)$/;

const isNumeric = (cell: string) => /\d/.test(cell) && NUMERIC_CELL.test(cell);

function cellsOf(row: Sentence): string[] {
  return row.text.split("\t").map((c) => c.trim());
}

/** 单位：家 or （单位：元/月） in the line above a table. */
function captionUnit(doc: SegmentedDocument, tableStart: number): string {
  const before = doc.text.slice(Math.max(0, tableStart - 200), tableStart);
  const m = /单位\s*[:：]\s*([^\s）)，,]+)[）)]?\s*$/.exec(before.trimEnd());
  return m?.[1] ?? "";
}

export function tableFacts(
  doc: SegmentedDocument,
  rows: readonly Sentence[],
  place: PlaceContext,
  firstId: number,
): Fact[] {
  const facts: Fact[] = [];
  const [head] = rows;
  if (!head) return facts;
  const headCells = cellsOf(head);
  const hasHeader = headCells.filter((c) => isNumeric(c) && !/^(?:19|20)\d{2}\s*年?/.test(c)).length === 0;
  const header = hasHeader ? headCells : [];
  const unitColumn = header.findIndex((c) => /^(?:计量)?单位$/.test(c));
  const tableUnit = captionUnit(doc, head.start);
  const yearOf = (j: number): string | null => {
    const [date] = findDates(header[j] ?? "");
    return date ? isoDate(date) : (/^((?:19|20)\d{2})\s*年?/.exec(header[j] ?? "")?.[1] ?? null);
  };
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const cells = cellsOf(row);
    const label = cells.find(
      (c, j) => j !== unitColumn && c && !isNumeric(c) && !SERIAL.test(c) && !UNIT_WORD.test(c),
    );
    if (!label || label.length > 30) continue;
    const rowUnit =
      unitColumn >= 0 ? (cells[unitColumn] ?? "") : (cells.find((c) => UNIT_WORD.test(c)) ?? "");
    cells.forEach((cell, j) => {
      if (!isNumeric(cell) || (j === 0 && SERIAL.test(cell)) || j === unitColumn) return;
      const unitText = /[\u4e00-\u9fa5%％]$/.test(cell)
        ? ""
        : rowUnit || tableUnit.replace(/^[（(]|[）)]$/g, "");
      for (const q of findQuantities(`${cell}${unitText}`)) {
        const metric = classify({
          subject: label,
          clause: label,
          before: "",
          after: "",
          context: label,
          unit: q.unit,
          mode: "stock",
        });
        if (q.unit === "" && metric === "other") continue;
        facts.push({
          id: firstId + facts.length,
          sentenceId: row.id,
          metric,
          subject: header[j] && !yearOf(j) ? `${label}（${header[j]}）` : label,
          value: q.value,
          max: q.max ?? null,
          unit: q.unit,
          qualifier: q.qualifier,
          asOf: yearOf(j) ?? doc.meta.issued,
          region: resolvePlace(label, place),
          page: row.page,
          snippet: row.text.replaceAll("\t", " | "),
          quantityText: q.text,
          start: row.start,
          end: row.end,
          parentId: null,
          role: "figure",
          flags: [],
        });
      }
    });
  }
  return facts;
}
