import type { Sentence } from "../../schemas/document.js";
import type { SentenceLengthRow, SentenceTokenRow } from "../../schemas/searchTables.js";
import { indexTokens, tokenCount } from "./tokens.js";

export interface SearchRows {
  tokens: SentenceTokenRow[];
  lengths: SentenceLengthRow[];
}

/** The search index rows of one document's sentences. */
export function searchRows(docId: string, sentences: readonly Sentence[]): SearchRows {
  const tokens: SentenceTokenRow[] = [];
  const lengths: SentenceLengthRow[] = [];
  for (const s of sentences) {
    const counts = indexTokens(s.text);
    for (const [token, tf] of counts) tokens.push({ doc_id: docId, sentence_id: s.id, token, tf });
    lengths.push({ doc_id: docId, sentence_id: s.id, tokens: tokenCount(counts) });
  }
  return { tokens, lengths };
}
