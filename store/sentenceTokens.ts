// The search index's tokens arrive a row a sentence (schemas/searchTables.ts) and DuckDB expands
// them into sentence_tokens, a row a token: appending a row a token from JavaScript cost more than
// all the other tables of a document together.

import type { DuckDBConnection } from "@duckdb/node-api";
import type { SentenceTokenListRow } from "../schemas/searchTables.js";
import { sentenceTokenLists, sentenceTokens } from "../schemas/searchTables.js";
import { createTableSql } from "../schemas/tables.js";
import { appendRows } from "./append.js";

const EXPAND = `INSERT INTO ${sentenceTokens.name} (doc_id, sentence_id, token, tf)
  SELECT doc_id, sentence_id, unnest(string_split(tokens, ' ')), unnest(string_split(tfs, ' ')::INTEGER[])
  FROM ${sentenceTokenLists.name}`;

/** Loads sentences' tokens into sentence_tokens, in the connection's current transaction. */
export async function appendSentenceTokens(
  connection: DuckDBConnection,
  rows: readonly SentenceTokenListRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await connection.run(createTableSql(sentenceTokenLists, { temp: true }));
  await appendRows(connection, sentenceTokenLists, rows);
  await connection.run(EXPAND);
  // Dropped, not emptied: the rows of an emptied temporary table keep their memory.
  await connection.run(`DROP TABLE ${sentenceTokenLists.name}`);
}
