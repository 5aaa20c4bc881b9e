// Rows to text: aligned tables (CJK characters count double), CSV (./csv.ts), JSON lines.

import { eastAsianWidth } from "get-east-asian-width";
import { type Row, toCsv } from "./csv.js";

export type { Row };

/** Marks that join the character before them, and invisible format characters: no column. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Display width in a terminal: East Asian wide and full-width characters (CJK, emoji) take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO_WIDTH.test(ch) ? 0 : eastAsianWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** A plain JSON-able value: BigInt to number, arrays kept, dates as strings. */
export function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

function cellText(value: unknown): string {
  const v = plain(value);
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("、");
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return String(v).replace(/\s+/g, " ");
}

function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Each column's width so that the table fits `total` columns of terminal: the widest columns are cut
 * first, down to 20 (or their heading); then, if need be, down to 6. Without `total`, the widths of
 * the cells.
 */
export function fitWidths(natural: number[], headings: number[], total?: number): number[] {
  const widths = [...natural];
  if (total === undefined) return widths;
  const room = total - 2 * Math.max(0, widths.length - 1);
  for (const least of [20, 6]) {
    const floors = widths.map((w, i) => Math.min(w, Math.max(least, headings[i] ?? 0)));
    while (widths.reduce((a, b) => a + b, 0) > room) {
      const cuttable = widths.map((w, i) => (w > (floors[i] ?? 0) ? w : -1));
      const widest = cuttable.indexOf(Math.max(...cuttable));
      if ((cuttable[widest] ?? -1) < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  return widths;
}

/**
 * An aligned table: cells longer than `maxWidth` cut with …, and, given the terminal's width, the
 * widest columns cut further until the table fits.
 */
export function toTable(rows: Row[], columns: string[], maxWidth = 40, totalWidth?: number): string {
  const full = rows.map((r) => columns.map((c) => truncate(cellText(r[c]), maxWidth)));
  const widths = fitWidths(
    columns.map((c, i) => Math.max(displayWidth(c), ...full.map((row) => displayWidth(row[i] ?? "")))),
    columns.map(displayWidth),
    totalWidth,
  );
  const cells = full.map((row) => row.map((cell, i) => truncate(cell, widths[i] ?? maxWidth)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(v))))
      .join("  ")
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

export function toJsonLines(rows: Row[], columns: string[]): string {
  return rows
    .map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, plain(r[c]) ?? null]))))
    .map((l) => `${l}\n`)
    .join("");
}

/**
 * Rows as a table (some columns, or a note when there are none), CSV or JSON lines (all columns);
 * `bom` starts a CSV with the byte order mark.
 */
export function formatRows(
  format: "table" | "csv" | "jsonl",
  rows: Row[],
  columns: string[],
  table: { columns?: string[]; empty: string; width?: number; wide?: boolean; bom?: boolean },
): string {
  if (format === "csv") return toCsv(rows, columns, { bom: table.bom });
  if (format === "jsonl") return toJsonLines(rows, columns);
  if (!rows.length) return `${table.empty}\n`;
  return table.wide
    ? toTable(rows, table.columns ?? columns, Number.POSITIVE_INFINITY)
    : toTable(rows, table.columns ?? columns, 40, table.width);
}
