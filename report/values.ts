// How a query's values print in a report: dates as 2024年5月31日, numbers without float noise,
// lists joined with 、, and citations — structs of doc, page and text, made with civ_source or
// civ_cite — as parts that each output format turns into its own kind of footnote.

import type { Column } from "./query.js";

export interface Citation {
  label: string | null;
  doc: string | null;
  page: number | null;
  text: string | null;
  /** The document's title and date (2022年8月1日), when the notebook gives them. */
  title?: string | null;
  issued?: string | null;
}

export type Part = { text: string } | { cite: Citation };

export function isCitation(value: unknown): value is Citation {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    "doc" in value &&
    "text" in value
  );
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatDate(date: Date, withTime = false): string {
  const day = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return withTime ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

/** Where a citation points: 福民函〔2024〕25号 第1页. */
export function citationPlace(cite: Citation): string {
  return [cite.doc ?? "出处不明", cite.page ? `第${cite.page}页` : ""].filter(Boolean).join(" ");
}

/** The footnote: 福民函〔2024〕25号《关于……的答复》（2024年6月7日），第1页：“截至2024年5月底，……” */
export function citationNote(cite: Citation): string {
  const title = cite.title?.trim() ? `《${cite.title.trim().replace(/^《|》$/g, "")}》` : "";
  const issued = cite.issued ? `（${cite.issued}）` : "";
  const place = [`${cite.doc ?? "出处不明"}${title}${issued}`, cite.page ? `第${cite.page}页` : ""]
    .filter(Boolean)
    .join("，");
  return cite.text ? `${place}：“${cite.text.replace(/\s+/g, " ").trim()}”` : place;
}

/** Text of one value that is not a citation. */
export function valueText(value: unknown, type = ""): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDate(value, type.startsWith("TIMESTAMP"));
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.map((v) => valueText(v, type.replace(/\[\]$/, ""))).join("、");
  if (isCitation(value)) return value.label ?? citationPlace(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A table cell as parts: text, and citations each to become a footnote marker. */
export function cellParts(value: unknown, column: Column): Part[] {
  if (value === null || value === undefined) return [];
  if (isCitation(value)) return [{ cite: value }];
  if (Array.isArray(value) && value.some(isCitation)) {
    const parts: Part[] = [];
    value.forEach((item, i) => {
      if (i > 0) parts.push({ text: "；" });
      parts.push(...cellParts(item, { name: column.name, type: column.type.replace(/\[\]$/, "") }));
    });
    return parts;
  }
  return [{ text: valueText(value, column.type) }];
}

/** Plain text of a value with citations written out in full: for tooltips and CSV. */
export function fullText(value: unknown, type = ""): string {
  if (isCitation(value))
    return value.label ? `${value.label}（${citationNote(value)}）` : citationNote(value);
  if (Array.isArray(value) && value.some(isCitation)) return value.map((v) => fullText(v, type)).join("；");
  return valueText(value, type);
}

/** Columns whose name starts with _ feed charts and CSV but are not shown in tables. */
export const isShown = (column: Column): boolean => !column.name.startsWith("_");

export const isNumeric = (column: Column): boolean =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/.test(
    column.type,
  );
