import { queryTokens } from "../pipeline/segment/tokens.js";
import { CivstatError } from "../schemas/basics/errors.js";
import type { SearchFilters } from "../store/bm25.js";
import type { Connection } from "../store/database.js";
import { hasSearchIndex, rankSentences, unindexedSentences } from "../store/search.js";
import { highlightSpans, type Span } from "./highlight.js";

export interface SearchHit {
  rank: number;
  score: number;
  /** How many of the query's tokens the sentence holds. */
  matched: number;
  doc_id: string;
  sentence_id: number;
  page: number | null;
  sentence_kind: string;
  text: string;
  doc_number: string | null;
  issued: string | null;
  kind: string;
  issuer: string | null;
  title: string | null;
  file: string;
  format: string;
  /** Where the query's tokens are in `text` (UTF-16 offsets). */
  spans: Span[];
}

export interface SearchResult {
  tokens: string[];
  hits: SearchHit[];
  /** Sentences of the database that the index does not cover yet (documents from an older ingest). */
  unindexed: number;
}

/** Ranks the database's sentences for `query` by BM25 over the search index. */
export async function search(
  connection: Connection,
  query: string,
  options: { filters?: SearchFilters; limit?: number } = {},
): Promise<SearchResult> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) {
    throw new CivstatError("E_BAD_USAGE", `nothing to search for in ${JSON.stringify(query)}`);
  }
  if (!(await hasSearchIndex(connection))) {
    throw new CivstatError(
      "E_DB",
      "this database has no search index yet: run civstat ingest again on its files to build it",
    );
  }
  const unindexed = await unindexedSentences(connection);
  const hits = (await rankSentences(connection, tokens, options)).map(
    (row, i): SearchHit => ({
      rank: i + 1,
      score: Number(row.score),
      matched: Number(row.matched),
      doc_id: String(row.doc_id),
      sentence_id: Number(row.sentence_id),
      page: row.page === null || row.page === 0 ? null : Number(row.page),
      sentence_kind: String(row.sentence_kind),
      text: String(row.text),
      doc_number: (row.doc_number as string | null) ?? null,
      issued: (row.issued as string | null) ?? null,
      kind: String(row.kind),
      issuer: (row.issuer as string | null) ?? null,
      title: (row.title as string | null) ?? null,
      file: String(row.file),
      format: String(row.format),
      spans: highlightSpans(String(row.text), tokens),
    }),
  );
  return { tokens, hits, unindexed };
}
