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

/**
 * One sentence's tokens as ingest carries them from the workers to the database: the tokens
 * separated by spaces (no token holds one) and their counts likewise, in the same order. A row a
 * sentence instead of a row a token keeps the rows few; store/ expands them into sentence_tokens.
 */
export interface SentenceTokenListRow {
  doc_id: string;
  sentence_id: number;
  tokens: string;
  tfs: string;
}

/** Where a batch's token lists wait, for one connection, until they are expanded into sentence_tokens. */
export const sentenceTokenLists: TableSpec = {
  name: "sentence_token_lists",
  description: "a batch's sentence tokens, a row a sentence, before they are expanded (temporary)",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    { name: "tokens", type: "VARCHAR", notNull: true, description: "the tokens, separated by spaces" },
    { name: "tfs", type: "VARCHAR", notNull: true, description: "their counts, separated by spaces" },
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
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    { name: "tokens", type: "INTEGER", notNull: true, description: "sum of the sentence's token counts" },
  ],
};

export const SEARCH_TABLES: TableSpec[] = [sentenceTokens, sentenceLengths];
