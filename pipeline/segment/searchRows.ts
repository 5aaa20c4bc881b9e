import type { Sentence } from "../../schemas/document.js";
import type { SentenceLengthRow, SentenceTokenListRow } from "../../schemas/searchTables.js";
import { indexTokens, tokenCount } from "./tokens.js";

export interface SearchRows {
  /** A row a sentence that has tokens. */
  tokens: SentenceTokenListRow[];
  lengths: SentenceLengthRow[];
}

/** The search index rows of one document's sentences. */
export function searchRows(docId: string, sentences: readonly Pick<Sentence, "id" | "text">[]): SearchRows {
  const tokens: SentenceTokenListRow[] = [];
  const lengths: SentenceLengthRow[] = [];
  for (const s of sentences) {
    const counts = indexTokens(s.text);
    if (counts.size > 0) {
      tokens.push({
        doc_id: docId,
        sentence_id: s.id,
        tokens: [...counts.keys()].join(" "),
        tfs: [...counts.values()].join(" "),
      });
    }
    lengths.push({ doc_id: docId, sentence_id: s.id, tokens: tokenCount(counts) });
  }
  return { tokens, lengths };
}
