// The search index: each sentence's length in tokens. Rows belong to one document and are replaced
// with it, so the index is kept up to date by ingest. A query's tokens are counted in the
// sentences' text when searching, and BM25's corpus statistics (sentence count, average length,
// document frequency) computed then too (store/bm25.ts).

import type { TableSpec } from "./tables.js";

export interface SentenceLengthRow {
  doc_id: string;
  sentence_id: number;
  tokens: number;
}

export const sentenceLengths: TableSpec = {
  name: "sentence_lengths",
  description:
    "search index: each sentence's length in tokens (Han characters, pairs of adjacent Han characters, ASCII words), for BM25's length normalisation",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    {
      name: "tokens",
      type: "INTEGER",
      notNull: true,
      description: "the sentence's tokens, counted with repeats",
    },
  ],
};

/** Tables an older civstat made that nothing reads any more: dropped when a database is opened for writing. */
export const RETIRED_TABLES: readonly string[] = ["sentence_tokens"];
