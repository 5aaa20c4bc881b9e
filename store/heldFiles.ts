import type { DuckDBConnection } from "@duckdb/node-api";
import { PIPELINE_VERSION } from "../schemas/version.js";
import { queryRows, queryScalar } from "./bound.js";

/** What a path held before the run: its document, and whether this pipeline version loaded it. */
export interface Held {
  docId: string;
  current: boolean;
}

/** What the database held before a run, asked once instead of once a file. */
export interface HeldBefore {
  files: Map<string, Held>;
  /** No document at all: a new file's document cannot be there, except one this run loaded. */
  noDocuments: boolean;
}

/** Which of `paths` hold a document, which one, and whether the database holds any document. */
export async function heldFiles(connection: DuckDBConnection, paths: readonly string[]): Promise<HeldBefore> {
  const noDocuments = (await queryScalar(connection, {
    sql: "SELECT NOT EXISTS (SELECT 1 FROM documents)",
  })) as boolean;
  if (paths.length === 0 || noDocuments) return { files: new Map(), noDocuments };
  const rows = await queryRows(connection, {
    sql: `SELECT f.path, f.doc_id, d.pipeline_version IS NOT DISTINCT FROM $version AS current
          FROM files f LEFT JOIN documents d USING (doc_id)
          WHERE f.path IN (SELECT unnest($paths))`,
    params: { version: PIPELINE_VERSION, paths },
  });
  return {
    files: new Map(
      rows.map((r) => [String(r.path), { docId: String(r.doc_id), current: r.current === true }]),
    ),
    noDocuments,
  };
}
