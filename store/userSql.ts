// Running a user's SQL and turning DuckDB's values into plain ones: numbers stay numbers (a BIGINT
// too, unless it is beyond 2^53, then it is a string), DECIMAL becomes a number (its exact digits when a
// double cannot hold them), dates and times are
// ISO strings, lists are arrays and structs objects.

import type { DuckDBConnection, DuckDBResultReader, StatementType } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { type QueryGuard, readAllGuarded } from "../store/queryGuard.js";

export interface SqlResult {
  columns: string[];
  types: string[];
  rows: Record<string, unknown>[];
}

/** A decimal's digits without trailing zeros after the point (751.0 → 751, -0.50 → -0.5). */
const canonicalDecimal = (text: string) =>
  text
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "")
    .replace(/^-0$/, "0");

/** A cell as plain JSON-able data. */
export function plainValue(js: unknown, json: unknown): unknown {
  if (js === null || js === undefined) return null;
  // A DECIMAL comes as its exact digits too: a number when the double says the same, else those digits.
  if (typeof js === "number" && typeof json === "string" && /^-?\d+(\.\d+)?$/.test(json))
    return canonicalDecimal(String(js)) === canonicalDecimal(json) ? js : json;
  if (typeof js === "number") return Number.isFinite(js) ? js : String(json);
  if (typeof js === "boolean" || typeof js === "string") return js;
  if (typeof js === "bigint") return Number.isSafeInteger(Number(js)) ? Number(js) : js.toString();
  return json;
}

/** Column names made unique (a, a_2 …) so that rows can be keyed by them. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

export function toSqlResult(reader: DuckDBResultReader): SqlResult {
  const columns = uniqueNames(reader.columnNames());
  const types = reader.columnTypes().map(String);
  const js = reader.getRowsJS();
  const json = reader.getRowsJson();
  const rows = js.map((row, r) =>
    Object.fromEntries(columns.map((c, i) => [c, plainValue(row[i], json[r]?.[i])])),
  );
  return { columns, types, rows };
}

/** DuckDB's message, its first lines (the LINE and ^ lines that point at the error included). */
export function sqlMessage(error: unknown, maxLines = 6): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^Failed to (?:extract statements|prepare statement): /, "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, maxLines)
    .join("\n");
}

export interface RunSqlOptions {
  /** Looked at after every chunk of rows: the time and memory limits. */
  guard: QueryGuard;
  /** Why a statement of this type may not run here, or null. */
  refuse?: (type: StatementType) => string | null;
}

/** Runs every statement of `sql` in turn and returns the last one's result. */
export async function runSql(
  connection: DuckDBConnection,
  sql: string,
  { guard, refuse }: RunSqlOptions,
): Promise<SqlResult> {
  try {
    const statements = await connection.extractStatements(sql);
    if (statements.count === 0) throw new CivstatError("E_BAD_USAGE", "no SQL statement given");
    let last: SqlResult | null = null;
    for (let i = 0; i < statements.count; i++) {
      const prepared = await statements.prepare(i);
      try {
        const refused = refuse?.(prepared.statementType);
        if (refused) throw new CivstatError("E_SQL", `statement ${i + 1}: ${refused}`);
        const reader = await readAllGuarded(prepared, guard);
        if (i === statements.count - 1) last = toSqlResult(reader);
      } finally {
        prepared.destroySync();
      }
    }
    return last as SqlResult;
  } catch (error) {
    if (error instanceof CivstatError) throw error;
    const message = sqlMessage(error);
    const hint = /read-only mode/.test(message)
      ? "\n(the database is opened read-only: pass --write to change it)"
      : /disabled by configuration/.test(message)
        ? "\n(the SQL reads the database only: --read-files DIR lets it read files in DIR, --write lets it write)"
        : "";
    throw new CivstatError("E_SQL", `${message}${hint}`, { cause: error });
  }
}
