import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "./bound.js";

/** Every document with its metadata (not its text) and how many facts it gave, oldest first. */
export function listDocuments(connection: DuckDBConnection): Promise<Record<string, unknown>[]> {
  return queryRows(connection, {
    sql: `
      SELECT d.* EXCLUDE (text, original) REPLACE (strftime(d.issued, '%Y-%m-%d') AS issued),
             (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id) AS facts
      FROM documents d
      ORDER BY d.issued NULLS LAST, d.doc_number, d.format, d.file`,
  });
}
