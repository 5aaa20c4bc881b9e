// An older civstat kept each document's whole text in a row of `documents` (and each page's in a
// row of `pages`); texts are now kept in parts (pipeline/run/textParts.ts). Before such a table
// is brought to its new shape, its texts are moved into parts, cut by characters here: the parts'
// lengths differ from ingest's, but put together they give the same text.

import type { DuckDBConnection } from "@duckdb/node-api";
import { TEXT_PART_LENGTH } from "../pipeline/run/textParts.js";
import { execute } from "./bound.js";

/** What each table that held whole texts moves into parts, given the part length `$size`. */
const MOVES: Record<string, { column: string; sql: (columns: string[]) => string }> = {
  documents: {
    column: "text",
    // The oldest databases had no original text: it was the clean text then.
    sql: (columns) => `INSERT INTO document_text_parts
      WITH cut AS (
        SELECT doc_id, text, ${columns.includes("original") ? "original" : "text AS original"},
               unnest(range(0, greatest(1, ceil(greatest(length(text), length(original)) / $size)::BIGINT))) AS part
        FROM documents
      )
      SELECT doc_id, part,
             substring(text, part * $size + 1, $size),
             nullif(substring(original, part * $size + 1, $size), substring(text, part * $size + 1, $size))
      FROM cut`,
  },
  pages: {
    column: "text",
    sql: () => `INSERT INTO page_text_parts
      WITH cut AS (
        SELECT doc_id, page, text, unnest(range(0, greatest(1, ceil(length(text) / $size)::BIGINT))) AS part
        FROM pages
      )
      SELECT doc_id, page, part, substring(text, part * $size + 1, $size) FROM cut`,
  },
};

/** Moves the whole texts `table` holds into parts, when it is a table that held them and still does. */
export async function moveWholeTexts(connection: DuckDBConnection, table: string, columns: string[]) {
  const move = MOVES[table];
  if (!move || !columns.includes(move.column)) return;
  await execute(connection, { sql: move.sql(columns), params: { size: TEXT_PART_LENGTH } });
}
