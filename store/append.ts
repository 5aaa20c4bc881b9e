import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { Column, ColumnType, TableSpec } from "../schemas/tables.js";
import { LIST, listValue, VARCHAR } from "./duckdb.js";

type Value = string | number | null | undefined | string[];
type Put = (appender: DuckDBAppender, value: Value) => void;

const LIST_OF_VARCHAR = LIST(VARCHAR);

/** How a value of each column type goes in; DuckDB casts the string on append for DATE and TIMESTAMP. */
const PUT: Record<ColumnType, Put> = {
  VARCHAR: (a, v) => a.appendVarchar(typeof v === "string" ? v : String(v)),
  DATE: (a, v) => a.appendVarchar(String(v)),
  TIMESTAMP: (a, v) => a.appendVarchar(String(v)),
  INTEGER: (a, v) => a.appendInteger(Number(v)),
  BIGINT: (a, v) => a.appendBigInt(BigInt(Math.trunc(Number(v)))),
  DOUBLE: (a, v) => a.appendDouble(Number(v)),
  "VARCHAR[]": (a, v) => a.appendList(listValue((v as string[]).map(String)), LIST_OF_VARCHAR),
};

/** A table's columns, each with its name and how its values go in, worked out once a table. */
const writers = new WeakMap<TableSpec, [string, Put][]>();

function writersOf(table: TableSpec): [string, Put][] {
  let found = writers.get(table);
  if (!found) {
    found = table.columns.map((column: Column) => [column.name, PUT[column.type]]);
    writers.set(table, found);
  }
  return found;
}

/** Bulk-loads rows with DuckDB's Appender, in the connection's current transaction. */
export async function appendRows<Row extends object>(
  connection: DuckDBConnection,
  table: TableSpec,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = writersOf(table);
  const appender = await connection.createAppender(table.name);
  try {
    for (const row of rows) {
      const record = row as Record<string, Value>;
      for (const [name, put] of columns) {
        const value = record[name];
        if (value === null || value === undefined) appender.appendNull();
        else put(appender, value);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
