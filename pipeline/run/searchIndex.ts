// The search index of a document's sentences, added on the thread that writes the database (see
// ExtractedRows in rows.ts). Imports nothing of the extractors, so that thread stays small.
import { searchRows } from "../segment/searchRows.js";
import type { DocumentRows, ExtractedRows } from "./rows.js";

/** The rows with the search index of their sentences. */
export function withSearchIndex(rows: ExtractedRows): DocumentRows {
  const sentences = rows.sentences.map((s) => ({ id: s.sentence_id, text: s.text }));
  const search = searchRows(rows.document.doc_id, sentences);
  return { ...rows, sentenceTokens: search.tokens, sentenceLengths: search.lengths };
}
