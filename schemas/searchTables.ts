// The search index: each sentence's tokens with their counts, and each sentence's length in tokens.
// Rows belong to one document and are replaced with it, so the index is kept up to date by ingest;
// BM25's corpus statistics (sentence count, average length, document frequency) are computed when
// searching (store/bm25.ts).

import type { TableSpec } from "./tables.js";

export interface SentenceTokenRow {
  doc_id: string;
  sentence_id: number;
  token: string;
  tf: number;
}

export const sentenceTokens: TableSpec = {
  name: "sentence_tokens",
  description:
    "search index: the tokens of each sentence (Han characters, character pairs, jieba words of 3+ characters, ASCII words) with their counts",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    { name: "token", type: "VARCHAR", notNull: true, description: "the token: 社, 社工, 社会组织, 2024" },
    { name: "tf", type: "INTEGER", notNull: true, description: "times it occurs in the sentence" },
  ],
};

export interface SentenceLengthRow {
  doc_id: string;
  sentence_id: number;
  tokens: number;
}

export const sentenceLengths: TableSpec = {
  name: "sentence_lengths",
  description: "search index: each sentence's length in tokens, for BM25's length normalisation",
  primaryKey: ["doc_id", "sentence_id"],
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    { name: "tokens", type: "INTEGER", notNull: true, description: "sum of the sentence's token counts" },
  ],
};

export const SEARCH_TABLES: TableSpec[] = [sentenceTokens, sentenceLengths];
