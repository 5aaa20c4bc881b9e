// Temporary tables of plain data for one connection (a report's labels), their rows bound as values.

import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { sqlIdentifier } from "./sqlName.js";

export type Cell = string | number | null;

export interface TempTable {
  name: string;
  /** Column name and DuckDB type (VARCHAR, INTEGER …); names and types come from code, not users. */
  columns: readonly (readonly [name: string, type: string])[];
  rows: readonly (readonly Cell[])[];
}

/** Rows a single INSERT binds: DuckDB takes many values a statement, and one round trip beats hundreds. */
const ROWS_A_STATEMENT = 500;

/** Creates (or replaces) each table as a TEMP table and inserts its rows, many to a statement. */
export async function createTempTables(
  connection: DuckDBConnection,
  tables: readonly TempTable[],
): Promise<void> {
  for (const table of tables) {
    const columns = table.columns.map(([name, type]) => `${sqlIdentifier(name)} ${type}`).join(", ");
    await connection.run(`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(table.name)} (${columns})`);
    const width = table.columns.length;
    for (let start = 0; start < table.rows.length; start += ROWS_A_STATEMENT) {
      const rows = table.rows.slice(start, start + ROWS_A_STATEMENT);
      const slots = rows
        .map((_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`)
        .join(", ");
      await connection.run(
        `INSERT INTO ${sqlIdentifier(table.name)} VALUES ${slots}`,
        rows.flat() as DuckDBValue[],
      );
    }
  }
}
