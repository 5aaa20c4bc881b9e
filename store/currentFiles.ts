import type { DuckDBConnection } from "@duckdb/node-api";
import { PIPELINE_VERSION } from "../schemas/version.js";
import { queryRows } from "./bound.js";

/**
 * Every path whose document is loaded by this pipeline version, with that document's id, in one
 * query: a file whose bytes still hash to it needs nothing more, and a re-ingest of an unchanged
 * corpus asks the database once instead of once a file.
 */
export async function currentFiles(connection: DuckDBConnection): Promise<Map<string, string>> {
  const rows = await queryRows(connection, {
    sql: `SELECT f.path, f.doc_id FROM files f JOIN documents d USING (doc_id)
          WHERE d.pipeline_version = $version`,
    params: { version: PIPELINE_VERSION },
  });
  return new Map(rows.map((r) => [String(r.path), String(r.doc_id)]));
}
