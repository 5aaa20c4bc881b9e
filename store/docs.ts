import type { DuckDBConnection } from "@duckdb/node-api";
import type { DocumentCensus } from "../pipeline/run/run.js";
import { queryRows } from "./bound.js";

/**
 * One row per document (its copies in several files and forms counted once), described by its best
 * copy, with every file that holds it. A database an older civstat made, read before anything wrote
 * to it, still holds whole texts in `documents`: they are left out as its hash is.
 */
const DOCS_SQL = `
  SELECT d.* REPLACE (strftime(d.issued, '%Y-%m-%d') AS issued),
         (SELECT count(*) FROM document_facts f WHERE f.doc_key = c.doc_key) AS facts,
         coalesce(d.doc_number, d.file) AS document,
         (SELECT list(DISTINCT regexp_extract(p.path, '[^/\\\\]+$') ORDER BY regexp_extract(p.path, '[^/\\\\]+$'))
            FROM document_copies k JOIN files p USING (doc_id) WHERE k.doc_key = c.doc_key) AS files,
         (SELECT list(DISTINCT k.format ORDER BY k.format) FROM document_copies k WHERE k.doc_key = c.doc_key) AS forms
  FROM (SELECT COLUMNS(c -> c NOT IN ('text_md5', 'text', 'original')) FROM documents) d
  JOIN document_copies c USING (doc_id)
  WHERE c.copy_rank = 1
  ORDER BY d.issued NULLS LAST, d.doc_number, d.file`;

/** Every document once, described by its best copy, with its files and forms, oldest first. */
export function listDocuments(connection: DuckDBConnection): Promise<Record<string, unknown>[]> {
  return queryRows(connection, { sql: DOCS_SQL });
}

/** How many documents there are (copies counted once) and how many of them have no number. */
export async function documentCensus(connection: DuckDBConnection): Promise<DocumentCensus> {
  const [row] = await queryRows(connection, {
    sql: `SELECT count(*) AS documents, count(*) FILTER (WHERE doc_number IS NULL) AS unnumbered
          FROM document_copies WHERE copy_rank = 1`,
  });
  return { documents: Number(row?.documents ?? 0), unnumbered: Number(row?.unnumbered ?? 0) };
}
