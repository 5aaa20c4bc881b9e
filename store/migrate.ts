import type { DuckDBConnection } from "@duckdb/node-api";
import { RETIRED_TABLES } from "../schemas/searchTables.js";
import { type Column, createTableSql, TABLES, type TableSpec } from "../schemas/tables.js";
import { queryRows } from "./bound.js";
import { moveWholeTexts } from "./moveTexts.js";
import { sqlIdentifier } from "./sqlName.js";

const EMPTY: Record<Column["type"], string> = {
  VARCHAR: "''",
  INTEGER: "0",
  BIGINT: "0",
  DOUBLE: "0",
  DATE: "NULL",
  TIMESTAMP: "NULL",
  "VARCHAR[]": "[]",
};

/** What the database holds of a table: its columns in order and its primary key's columns. */
interface TableShape {
  columns: string[];
  primaryKey: string[];
}

/**
 * The columns and primary key of every table of the specs, in one query (they all exist: the
 * tables are created first). Asking for these tables only does not bind the views, as the
 * catalogue's list of every column does.
 */
async function shapesOf(connection: DuckDBConnection): Promise<Map<string, TableShape>> {
  const sql = TABLES.map((_, i) => `SELECT ${i} AS t, cid, name, pk FROM pragma_table_info($t${i})`);
  const reader = await connection.runAndReadAll(
    `${sql.join(" UNION ALL ")} ORDER BY t, cid`,
    Object.fromEntries(TABLES.map((t, i) => [`t${i}`, t.name])),
  );
  const shapes = new Map<string, TableShape>();
  for (const [t, , name, pk] of reader.getRows()) {
    const table = String(TABLES[Number(t)]?.name);
    const shape = shapes.get(table) ?? { columns: [], primaryKey: [] };
    shapes.set(table, shape);
    shape.columns.push(String(name));
    if (pk === true) shape.primaryKey.push(String(name));
  }
  return shapes;
}

/** True when the database has the table, in another shape than its spec. */
function needsMigrating(spec: TableSpec, shape: TableShape): boolean {
  if (shape.columns.length === 0) return false;
  const sameColumns = shape.columns.join() === spec.columns.map((c) => c.name).join();
  // The key's columns in the table's order, as the catalogue gives them.
  const key = spec.columns.filter((c) => spec.primaryKey?.includes(c.name)).map((c) => c.name);
  return !sameColumns || shape.primaryKey.join() !== key.join();
}

/**
 * Brings a table made by an older civstat to the shape of its spec, keeping its rows: the
 * Appender writes columns in the table's order, so order and set must match the spec exactly.
 * A column the old table lacks is computed from the old one's columns where its spec says how
 * (`older`), else filled with NULL, or an empty value where NULL is not allowed (pipeline_version
 * 0, so that ingest redoes those documents). A table whose primary key is not
 * the spec's (older tables of many rows a document had one) is rebuilt too.
 */
async function migrateTable(connection: DuckDBConnection, spec: TableSpec, actual: string[]): Promise<void> {
  const temp = `${spec.name}__migrating`;
  const select = spec.columns
    .map((c) =>
      actual.includes(c.name) ? c.name : `${c.older ?? (c.notNull ? EMPTY[c.type] : "NULL")} AS ${c.name}`,
    )
    .join(", ");
  await connection.run(`DROP TABLE IF EXISTS ${temp}`);
  await connection.run(createTableSql({ ...spec, name: temp }));
  await connection.run(`INSERT INTO ${temp} SELECT ${select} FROM ${spec.name}`);
  await connection.run(`DROP TABLE ${spec.name}`);
  await connection.run(`ALTER TABLE ${temp} RENAME TO ${spec.name}`);
}

/** The retired tables (schemas/searchTables.ts) an older civstat left in the database. */
async function retiredTables(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows(connection, {
    sql: "SELECT table_name FROM information_schema.tables WHERE list_contains($retired, table_name) ORDER BY 1",
    params: { retired: RETIRED_TABLES },
  });
  return rows.map((row) => String(row.table_name));
}

/**
 * Migrates every table that needs it, and drops the retired ones, in one transaction; returns the
 * names of the tables that changed. A database of the current shape is only read, so opening it
 * writes nothing.
 */
export async function migrate(connection: DuckDBConnection): Promise<string[]> {
  const shapes = await shapesOf(connection);
  const stale = TABLES.flatMap((spec) => {
    const shape = shapes.get(spec.name);
    return shape && needsMigrating(spec, shape) ? [{ spec, shape }] : [];
  });
  const retired = await retiredTables(connection);
  if (stale.length === 0 && retired.length === 0) return [];
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const { spec, shape } of stale) {
      await moveWholeTexts(connection, spec.name, shape.columns);
      await migrateTable(connection, spec, shape.columns);
    }
    for (const name of retired) await connection.run(`DROP TABLE ${sqlIdentifier(name)}`);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
  return [...stale.map(({ spec }) => spec.name), ...retired];
}
