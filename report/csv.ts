import type { QueryResult } from "./query.js";
import { toCsv } from "./render/csv.js";
import { fullText, isCitation } from "./values.js";

/** A cell for CSV: citations written out, a TIMESTAMP as its full instant; the rest as CSV writes it. */
function csvValue(value: unknown, type: string): unknown {
  if (value instanceof Date && type.startsWith("TIMESTAMP")) return value.toISOString();
  if (isCitation(value) || (Array.isArray(value) && value.some(isCitation))) return fullText(value, type);
  if (Array.isArray(value)) return value.map((v) => csvValue(v, type.replace(/\[\]$/, "")));
  return value;
}

/** Every column of a query's result, hidden ones too; numbers whole, dates ISO, citations written out. */
export function resultCsv(result: QueryResult, options: { bom?: boolean } = {}): string {
  const names = result.columns.map((c) => c.name);
  const rows = result.rows.map((row) =>
    Object.fromEntries(result.columns.map((c) => [c.name, csvValue(row[c.name], c.type)])),
  );
  return toCsv(rows, names, options);
}
