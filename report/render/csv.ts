// Rows as CSV (RFC 4180) for spreadsheets and other programs. Values are written whole, not as the
// terminal shows them: numbers at full precision, dates ISO, text with its line breaks kept (the
// field quoted), nulls empty. Records end with \n, as DuckDB's and pandas' writers do.

export type Row = Record<string, unknown>;

/** The byte order mark that makes Excel read the file as UTF-8. */
export const BOM = "\uFEFF";

const isMidnight = (date: Date) =>
  date.getUTCHours() === 0 &&
  date.getUTCMinutes() === 0 &&
  date.getUTCSeconds() === 0 &&
  date.getUTCMilliseconds() === 0;

/** ISO 8601: the day alone for a date (midnight UTC), else the full instant. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  return isMidnight(date) ? date.toISOString().slice(0, 10) : date.toISOString();
}

const json = (value: unknown) =>
  JSON.stringify(value, (_, v) =>
    typeof v === "bigint" ? v.toString() : v instanceof Date ? isoDate(v) : v,
  );

/**
 * A value as the text of one CSV field: the shortest text that reads back as the same number, a
 * BIGINT exactly, dates ISO, true/false, lists of plain values joined with "; ", structs as JSON.
 */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object" || v instanceof Date))
    return value.map(csvText).join("; ");
  return json(value);
}

/** A field quoted when it holds a quote, a comma or a line break, or is empty; quotes inside doubled. */
export function csvField(text: string): string {
  return text === "" || /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value's field: null nothing at all, so that it differs from empty text (""), as DuckDB writes them. */
const valueField = (value: unknown) =>
  value === null || value === undefined ? "" : csvField(csvText(value));

/** A header line and a record per row; with `bom`, the byte order mark first. */
export function toCsv(
  rows: readonly Row[],
  columns: readonly string[],
  options: { bom?: boolean } = {},
): string {
  const lines = [
    columns.map(csvField).join(","),
    ...rows.map((row) => columns.map((c) => valueField(row[c])).join(",")),
  ];
  return `${options.bom ? BOM : ""}${lines.join("\n")}\n`;
}
