// Parquet that other engines read alike: DECIMAL columns (751.0 literals, sums of them) become
// DOUBLE and 128-bit integers DOUBLE, so that pandas, polars and Spark see plain numbers. Files are
// written by DuckDB's COPY to a temporary file and renamed into place (store/export.ts).

import type { DuckDBConnection } from "@duckdb/node-api";
import { writeParquet } from "./export.js";
import { sqlIdentifier } from "./sqlName.js";

/** Whether a column of this DuckDB type is cast to DOUBLE for Parquet. */
export const castsToDouble = (type: string): boolean => /^(?:DECIMAL|NUMERIC|HUGEINT|UHUGEINT)\b/.test(type);

/** A query without its trailing semicolons, fit to be nested in another. */
export const bareSql = (sql: string): string => sql.trim().replace(/[;\s]+$/, "");

/** `sql` with its DECIMAL and 128-bit integer columns cast to DOUBLE. */
export async function parquetSafeSql(connection: DuckDBConnection, sql: string): Promise<string> {
  const inner = bareSql(sql);
  const reader = await connection.runAndReadAll(`SELECT * FROM (${inner}) LIMIT 0`);
  const names = reader.columnNames();
  const types = reader.columnTypes().map(String);
  const casts = names
    .map((name, i) => ({ name, type: types[i] ?? "" }))
    .filter((c) => castsToDouble(c.type))
    .map((c) => `CAST(${sqlIdentifier(c.name)} AS DOUBLE) AS ${sqlIdentifier(c.name)}`);
  return casts.length ? `SELECT * REPLACE (${casts.join(", ")}) FROM (${inner})` : inner;
}

/** Writes a query's result to `path` as Parquet, numbers made plain. */
export async function writePlainParquet(
  connection: DuckDBConnection,
  sql: string,
  path: string,
): Promise<void> {
  await writeParquet(connection, { sql: await parquetSafeSql(connection, sql) }, path);
}
