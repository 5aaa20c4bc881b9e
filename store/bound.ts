// Running SQL with its values bound as parameters ($name), never spliced into the text: a value that
// holds a quote or a keyword is only ever a value.

import { type DuckDBConnection, type DuckDBValue, listValue } from "@duckdb/node-api";

/** A value bound to a `$name` parameter; a list binds as LIST (use `list_contains($xs, col)`). */
export type Param = string | number | boolean | null | readonly string[];

export type Params = Readonly<Record<string, Param>>;

/** A statement and the values of its parameters. */
export interface Query {
  sql: string;
  params?: Params;
}

function bindable(params: Params): Record<string, DuckDBValue> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      Array.isArray(value) ? listValue([...value]) : value,
    ]),
  ) as Record<string, DuckDBValue>;
}

/** The rows of a query as objects (BIGINT as bigint, DATE as Date: DuckDB's JS values). */
export async function queryRows(
  connection: DuckDBConnection,
  query: Query,
): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(query.sql, query.params ? bindable(query.params) : undefined);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** The first column of the first row, or undefined. */
export async function queryScalar(connection: DuckDBConnection, query: Query): Promise<unknown> {
  const reader = await connection.runAndReadAll(query.sql, query.params ? bindable(query.params) : undefined);
  return reader.getRows()[0]?.[0];
}

/** Runs a statement that returns nothing to read. */
export async function execute(connection: DuckDBConnection, query: Query): Promise<void> {
  await connection.run(query.sql, query.params ? bindable(query.params) : undefined);
}
