import type { QueryResult } from "./query.js";
import { toCsv } from "./render/format.js";
import { fullText, isCitation } from "./values.js";

function csvValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return type.startsWith("TIMESTAMP") ? value.toISOString() : value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  if (isCitation(value) || (Array.isArray(value) && value.some(isCitation))) return fullText(value, type);
  if (Array.isArray(value)) return value.map((v) => csvValue(v, type.replace(/\[\]$/, ""))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

/** Every column of a query's result, hidden ones too; dates ISO, citations written out. */
export function resultCsv(result: QueryResult): string {
  const names = result.columns.map((c) => c.name);
  const rows = result.rows.map((row) =>
    Object.fromEntries(result.columns.map((c) => [c.name, csvValue(row[c.name], c.type)])),
  );
  return toCsv(rows, names);
}
