import type { DuckDBConnection } from "@duckdb/node-api";
import { PIPELINE_VERSION } from "../schemas/version.js";
import { queryRows } from "./bound.js";

/**
 * Which of `paths` hold a document loaded by this pipeline version, and its id, in one query: a
 * file whose bytes still hash to it needs nothing more, and a re-ingest of an unchanged corpus asks
 * the database once instead of once a file.
 */
export async function currentFiles(
  connection: DuckDBConnection,
  paths: readonly string[],
): Promise<Map<string, string>> {
  if (paths.length === 0) return new Map();
  const rows = await queryRows(connection, {
    sql: `SELECT f.path, f.doc_id FROM files f JOIN documents d USING (doc_id)
          WHERE d.pipeline_version = $version AND f.path IN (SELECT unnest($paths))`,
    params: { version: PIPELINE_VERSION, paths },
  });
  return new Map(rows.map((r) => [String(r.path), String(r.doc_id)]));
}
