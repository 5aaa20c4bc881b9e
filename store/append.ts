import { type DuckDBConnection, LIST, listValue, VARCHAR } from "@duckdb/node-api";
import type { Column, TableSpec } from "../schemas/tables.js";

type Value = string | number | null | undefined | string[];

function appendValue(
  appender: Awaited<ReturnType<DuckDBConnection["createAppender"]>>,
  column: Column,
  value: Value,
) {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (column.type) {
    case "VARCHAR":
    case "DATE":
    case "TIMESTAMP":
      // DuckDB casts the string on append for DATE and TIMESTAMP columns.
      appender.appendVarchar(String(value));
      return;
    case "INTEGER":
      appender.appendInteger(Number(value));
      return;
    case "BIGINT":
      appender.appendBigInt(BigInt(Math.trunc(Number(value))));
      return;
    case "DOUBLE":
      appender.appendDouble(Number(value));
      return;
    case "VARCHAR[]":
      appender.appendList(listValue((value as string[]).map(String)), LIST(VARCHAR));
      return;
  }
}

/** Bulk-loads rows with DuckDB's Appender, in the connection's current transaction. */
export async function appendRows<Row extends object>(
  connection: DuckDBConnection,
  table: TableSpec,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const appender = await connection.createAppender(table.name);
  try {
    for (const row of rows) {
      const record = row as Record<string, Value>;
      for (const column of table.columns) appendValue(appender, column, record[column.name]);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
