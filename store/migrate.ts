import type { DuckDBConnection } from "@duckdb/node-api";
import { type Column, createTableSql, TABLES, type TableSpec } from "../schemas/tables.js";

const EMPTY: Record<Column["type"], string> = {
  VARCHAR: "''",
  INTEGER: "0",
  BIGINT: "0",
  DOUBLE: "0",
  DATE: "NULL",
  TIMESTAMP: "NULL",
  "VARCHAR[]": "[]",
};

async function columnsOf(connection: DuckDBConnection, table: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(
    "SELECT column_name FROM information_schema.columns WHERE table_name = $table ORDER BY ordinal_position",
    { table },
  );
  return reader.getRows().map((r) => String(r[0]));
}

/** The columns of a table's primary key, in order; empty when it has none. */
async function primaryKeyOf(connection: DuckDBConnection, table: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(
    "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = $table AND constraint_type = 'PRIMARY KEY'",
    { table },
  );
  const names = reader.getRowsJS()[0]?.[0];
  return Array.isArray(names) ? names.map(String) : [];
}

/**
 * Brings a table made by an older civstat to the shape of its spec, keeping its rows: the
 * Appender writes columns in the table's order, so order and set must match the spec exactly.
 * A column the old table lacks is filled with NULL, or an empty value where NULL is not allowed
 * (pipeline_version 0, so that ingest redoes those documents). A table whose primary key is not
 * the spec's (older tables of many rows a document had one) is rebuilt too.
 */
async function migrateTable(connection: DuckDBConnection, spec: TableSpec): Promise<boolean> {
  const actual = await columnsOf(connection, spec.name);
  const wanted = spec.columns.map((c) => c.name);
  if (actual.length === 0) return false;
  const sameKey = (await primaryKeyOf(connection, spec.name)).join() === (spec.primaryKey ?? []).join();
  if (actual.join() === wanted.join() && sameKey) return false;
  const temp = `${spec.name}__migrating`;
  const select = spec.columns
    .map((c) =>
      actual.includes(c.name) ? c.name : c.notNull ? `${EMPTY[c.type]} AS ${c.name}` : `NULL AS ${c.name}`,
    )
    .join(", ");
  await connection.run(`DROP TABLE IF EXISTS ${temp}`);
  await connection.run(createTableSql({ ...spec, name: temp }));
  await connection.run(`INSERT INTO ${temp} SELECT ${select} FROM ${spec.name}`);
  await connection.run(`DROP TABLE ${spec.name}`);
  await connection.run(`ALTER TABLE ${temp} RENAME TO ${spec.name}`);
  return true;
}

/** Migrates every table in one transaction; returns the names of the tables that changed. */
export async function migrate(connection: DuckDBConnection): Promise<string[]> {
  const changed: string[] = [];
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const spec of TABLES) if (await migrateTable(connection, spec)) changed.push(spec.name);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
  return changed;
}
