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

/** Creates (or replaces) each table as a TEMP table and inserts its rows. */
export async function createTempTables(
  connection: DuckDBConnection,
  tables: readonly TempTable[],
): Promise<void> {
  for (const table of tables) {
    const columns = table.columns.map(([name, type]) => `${sqlIdentifier(name)} ${type}`).join(", ");
    await connection.run(`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(table.name)} (${columns})`);
    const slots = table.columns.map((_, i) => `$${i + 1}`).join(", ");
    const insert = await connection.prepare(`INSERT INTO ${sqlIdentifier(table.name)} VALUES (${slots})`);
    try {
      for (const row of table.rows) {
        insert.bind(row as DuckDBValue[]);
        await insert.run();
      }
    } finally {
      insert.destroySync();
    }
  }
}
