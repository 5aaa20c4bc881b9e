import type { DuckDBConnection } from "@duckdb/node-api";
import type { DocumentRows } from "../pipeline/run/rows.js";
import { sentenceLengths } from "../schemas/searchTables.js";
import * as tables from "../schemas/tables.js";
import { appendRows } from "./append.js";
import { execute, queryRows, queryScalar as scalar } from "./bound.js";

async function deleteDocument(connection: DuckDBConnection, docId: string): Promise<void> {
  for (const table of [...tables.DOCUMENT_TABLES, tables.documents]) {
    await execute(connection, { sql: `DELETE FROM ${table.name} WHERE doc_id = $docId`, params: { docId } });
  }
}

/** Points `path` at `docId`, dropping the document the path held before if no other file holds it. */
export async function linkFile(
  connection: DuckDBConnection,
  path: string,
  docId: string,
  bytes: number,
): Promise<boolean> {
  const previous = await scalar(connection, {
    sql: "SELECT doc_id FROM files WHERE path = $path",
    params: { path },
  });
  await execute(connection, { sql: "DELETE FROM files WHERE path = $path", params: { path } });
  if (typeof previous === "string" && previous !== docId) {
    const others = await scalar(connection, {
      sql: "SELECT count(*) FROM files WHERE doc_id = $previous",
      params: { previous },
    });
    if (others === 0n) await deleteDocument(connection, previous);
  }
  await appendRows(connection, tables.files, [{ path, doc_id: docId, bytes }]);
  return typeof previous === "string" && previous !== docId;
}

/** Drops the rows of an older extraction of `docId`, if there are any. */
export async function dropOlderExtraction(connection: DuckDBConnection, docId: string): Promise<void> {
  // Deleting scans every table: only a document already there (older extraction) needs it.
  const present = await scalar(connection, {
    sql: "SELECT count(*) FROM documents WHERE doc_id = $docId",
    params: { docId },
  });
  if (present !== 0n) await deleteDocument(connection, docId);
}

/** The tables a document's rows go to, in load order, each with the rows of a document it holds. */
const DOCUMENT_ROWS: readonly [tables.TableSpec, (rows: DocumentRows) => readonly object[]][] = [
  [tables.documents, (d) => [d.document]],
  [tables.documentTextParts, (d) => d.textParts],
  [tables.pages, (d) => d.pages],
  [tables.pageTextParts, (d) => d.pageParts],
  [tables.furniture, (d) => d.furniture],
  [tables.sections, (d) => d.sections],
  [tables.sentences, (d) => d.sentences],
  [tables.facts, (d) => d.facts],
  [sentenceLengths, (d) => d.sentenceLengths],
];

/** How many rows a document adds, over all tables. */
export const rowCount = (rows: DocumentRows): number =>
  DOCUMENT_ROWS.reduce((sum, [, rowsOf]) => sum + rowsOf(rows).length, 0);

/** The bulk tables of many documents, appended one table at a time (one Appender flush each). */
export async function appendDocuments(connection: DuckDBConnection, docs: readonly DocumentRows[]) {
  for (const [table, rowsOf] of DOCUMENT_ROWS) await appendRows(connection, table, docs.flatMap(rowsOf));
}

export async function inTransaction<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const result = await work();
    await connection.run("COMMIT");
    return result;
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

/** Records that `path` holds an already-loaded document. Returns true when it replaced another. */
export function linkDocument(connection: DuckDBConnection, path: string, docId: string, bytes: number) {
  return inTransaction(connection, () => linkFile(connection, path, docId, bytes));
}

/**
 * Writes one document in one transaction: its rows appear whole or not at all.
 * Returns true when the path held a different document before (a changed file).
 */
export function loadDocument(
  connection: DuckDBConnection,
  path: string,
  rows: DocumentRows,
): Promise<boolean> {
  const docId = rows.document.doc_id;
  return inTransaction(connection, async () => {
    await dropOlderExtraction(connection, docId);
    const replaced = await linkFile(connection, path, docId, rows.document.bytes);
    await appendDocuments(connection, [rows]);
    return replaced;
  });
}

/**
 * Forgets a file: its path goes, and the document its bytes are goes with it when no other path
 * holds those bytes. Returns the doc_id the path held, and whether the document's rows went.
 */
export function unlinkFile(
  connection: DuckDBConnection,
  path: string,
): Promise<{ docId: string | null; deleted: boolean }> {
  return inTransaction(connection, async () => {
    const held = await scalar(connection, {
      sql: "SELECT doc_id FROM files WHERE path = $path",
      params: { path },
    });
    await execute(connection, { sql: "DELETE FROM files WHERE path = $path", params: { path } });
    if (typeof held !== "string") return { docId: null, deleted: false };
    const others = await scalar(connection, {
      sql: "SELECT count(*) FROM files WHERE doc_id = $held",
      params: { held },
    });
    if (others !== 0n) return { docId: held, deleted: false };
    await deleteDocument(connection, held);
    return { docId: held, deleted: true };
  });
}

/** Every path ingested, in order. */
export async function filePaths(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows(connection, { sql: "SELECT path FROM files ORDER BY path" });
  return rows.map((r) => String(r.path));
}

/**
 * The paths a name stands for: a document number (every file of that document, all its copies),
 * a file's path or name, or the start of a doc_id (8 characters at least).
 */
export async function pathsNamed(
  connection: DuckDBConnection,
  name: string,
  absolute: string,
): Promise<string[]> {
  const rows = await queryRows(connection, {
    sql: `SELECT DISTINCT p.path FROM files p JOIN document_copies c USING (doc_id)
      WHERE c.doc_key IN (SELECT doc_key FROM document_copies WHERE doc_number = $number)
         OR p.path = $absolute OR p.path = $name OR regexp_extract(p.path, '[^/\\\\]+$') = $name
         OR (length($name) >= 8 AND regexp_full_match($name, '[0-9a-f]+') AND starts_with(c.doc_id, $name))
      ORDER BY 1`,
    params: { number: name.replace(/\s+/g, ""), absolute, name },
  });
  return rows.map((r) => String(r.path));
}

/** Document numbers and file names: what a name that matched nothing may have meant. */
export async function documentNames(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows(connection, {
    sql: "SELECT DISTINCT doc_number AS name FROM documents WHERE doc_number IS NOT NULL UNION SELECT file FROM documents",
  });
  return rows.map((r) => String(r.name));
}
