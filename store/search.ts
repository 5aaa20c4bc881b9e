// The search index's queries: whether it is there, what it does not cover yet, and the BM25 ranking.

import type { DuckDBConnection } from "@duckdb/node-api";
import { bm25Query, type SearchFilters } from "./bm25.js";
import { queryRows, queryScalar } from "./bound.js";

/** Whether the database has the search tables (an older ingest made none). */
export async function hasSearchIndex(connection: DuckDBConnection): Promise<boolean> {
  const count = await queryScalar(connection, {
    sql: "SELECT count(*) FROM information_schema.tables WHERE table_name = 'sentence_lengths'",
  });
  return count === 1n;
}

/** Sentences the index does not cover yet (documents from an older ingest). */
export async function unindexedSentences(connection: DuckDBConnection): Promise<number> {
  const count = await queryScalar(connection, {
    sql: "SELECT count(*) FROM sentences s ANTI JOIN sentence_lengths l USING (doc_id, sentence_id)",
  });
  return Number(count ?? 0);
}

/** The sentences holding `tokens`, best first by BM25 (see bm25.ts), with their document's metadata. */
export function rankSentences(
  connection: DuckDBConnection,
  tokens: readonly string[],
  options: { filters?: SearchFilters; limit?: number },
): Promise<Record<string, unknown>[]> {
  return queryRows(connection, bm25Query(tokens, options));
}
