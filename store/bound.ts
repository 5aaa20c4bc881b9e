// Running SQL with its values bound as parameters ($name), never spliced into the text: a value that
// holds a quote or a keyword is only ever a value.

import type { DuckDBConnection, DuckDBType, DuckDBValue } from "@duckdb/node-api";
import { LIST, listValue, VARCHAR } from "./duckdb.js";

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

/** Lists are typed VARCHAR[] (an empty list, or a SET's, has no type DuckDB could infer); the rest inferred. */
function types(params: Params): Record<string, DuckDBType> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => Array.isArray(value))
      .map(([name]) => [name, LIST(VARCHAR)]),
  );
}

const valuesOf = (query: Query) => (query.params ? bindable(query.params) : undefined);
const typesOf = (query: Query) => (query.params ? types(query.params) : undefined);

/** The rows of a query as objects (BIGINT as bigint, DATE as Date: DuckDB's JS values). */
export async function queryRows(
  connection: DuckDBConnection,
  query: Query,
): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(query.sql, valuesOf(query), typesOf(query));
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** The first column of the first row, or undefined. */
export async function queryScalar(connection: DuckDBConnection, query: Query): Promise<unknown> {
  const reader = await connection.runAndReadAll(query.sql, valuesOf(query), typesOf(query));
  return reader.getRows()[0]?.[0];
}

/** Runs a statement that returns nothing to read. */
export async function execute(connection: DuckDBConnection, query: Query): Promise<void> {
  await connection.run(query.sql, valuesOf(query), typesOf(query));
}
