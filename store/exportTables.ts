// Every table and view of the database as a Parquet file of its own, for other engines (DuckDB,
// pandas, polars, Spark): views are written as tables, DECIMAL as DOUBLE, each file via a temporary
// file renamed into place.

import { statSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { writePlainParquet } from "./parquet.js";
import { describeSchema } from "./schemaInfo.js";
import { sqlIdentifier } from "./sqlName.js";

export interface ExportedFile {
  name: string;
  kind: "table" | "view";
  rows: number;
  bytes: number;
  path: string;
}

/** A table's file: its name with / and \\ made _, so that no name (../x) leads out of the folder. */
const fileName = (table: string): string => `${table.replace(/[/\\\0]/g, "_")}.parquet`;

export async function exportTables(
  connection: DuckDBConnection,
  dir: string,
  onFile: (file: ExportedFile) => void = () => {},
): Promise<ExportedFile[]> {
  const relations = await describeSchema(connection, { counts: true });
  const written: ExportedFile[] = [];
  for (const r of relations) {
    const path = join(dir, fileName(r.name));
    await writePlainParquet(connection, `SELECT * FROM ${sqlIdentifier(r.name)}`, path);
    const file = { name: r.name, kind: r.kind, rows: r.rows ?? 0, bytes: statSync(path).size, path };
    written.push(file);
    onFile(file);
  }
  return written;
}
