// BM25 over the search index, computed in SQL. The same document ingested as PDF, DOCX and text
// counts once: each document number's preferred copy (PDF for its pages, then DOCX, then text) is
// the corpus, so that copies neither flood the results nor skew the statistics.
//
//   score(s) = Σ_t idf(t) · tf(t,s)·(k1+1) / (tf(t,s) + k1·(1 − b + b·|s|/avgdl))
//   idf(t)   = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))
//
// N is the number of sentences, avgdl their average length in tokens, df(t) the sentences holding t.
// tf(t,s) is counted in the sentence's text: a Han token's occurrences (not overlapping), an ASCII
// word's among the sentence's ASCII words (pipeline/segment/textTokens.ts); |s| is stored at ingest.

import { ASCII_WORD_PATTERN, isAsciiWord } from "../pipeline/segment/textTokens.js";
import type { Param, Query } from "./bound.js";

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1?: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b?: number;
}

export interface SearchFilters {
  /** Year the document was issued. */
  year?: number;
  /** Document kind: npc_suggestion_reply, cppcc_proposal_reply, policy … */
  kind?: string;
  /** Part of the issuer's name: 福田区民政局. */
  issuer?: string;
}

/**
 * Sentences are short passages: full length normalisation (b = 0.75) put a heading that names a
 * subject once above the paragraph that deals with it; b = 0.3 keeps them in that order.
 */
export const BM25_DEFAULTS = { k1: 1.2, b: 0.3 } as const;

/** One preferred copy per document number (PDF, then DOCX, then text); documents without a number stand alone. */
export const PREFERRED_COPIES = `SELECT * EXCLUDE (copy) FROM (
    SELECT doc_id, doc_number, issued, kind, issuer, title, file, format,
           row_number() OVER (
             PARTITION BY coalesce(doc_number, doc_id)
             ORDER BY CASE format WHEN 'pdf' THEN 0 WHEN 'docx' THEN 1 ELSE 2 END, file, doc_id
           ) AS copy
    FROM documents
  ) WHERE copy = 1`;

function filterSql(filters: SearchFilters, params: Record<string, Param>): string {
  // A document's number printed on its own line is not a passage (闽民社工〔2021〕8号 is no hit for 社工).
  const where = ["replace(s.text, ' ', '') IS DISTINCT FROM d.doc_number"];
  if (filters.year !== undefined) {
    params.year = Math.trunc(filters.year);
    where.push("year(d.issued) = $year");
  }
  if (filters.kind) {
    params.kind = filters.kind;
    where.push("d.kind = $kind");
  }
  if (filters.issuer) {
    params.issuer = filters.issuer;
    where.push("contains(d.issuer, $issuer)");
  }
  return `WHERE ${where.join(" AND ")}`;
}

/**
 * The query ranking sentences for `tokens` (from queryTokens) by BM25, best first, with their
 * document's number, date, kind, issuer and title. A sentence is shown once from a document and
 * from copies of it: those of its number, or without one, of its title (a table saved as .xls and
 * .xlsx). Corpus statistics cover every document; the filters choose among the results.
 */
export function bm25Query(
  tokens: readonly string[],
  {
    filters = {},
    limit = 10,
    k1 = BM25_DEFAULTS.k1,
    b = BM25_DEFAULTS.b,
  }: Bm25Options & {
    filters?: SearchFilters;
    limit?: number;
  } = {},
): Query {
  if (tokens.length === 0) throw new Error("bm25Query: no tokens");
  const params: Record<string, Param> = {
    han: tokens.filter((t) => !isAsciiWord(t)),
    ascii: tokens.filter(isAsciiWord),
    asciiWord: ASCII_WORD_PATTERN,
    k1,
    b,
    limit: Math.max(1, Math.trunc(limit)),
  };
  const where = filterSql(filters, params);
  const sql = `
WITH docs AS (${PREFERRED_COPIES}),
lengths AS (SELECT l.doc_id, l.sentence_id, l.tokens FROM sentence_lengths l SEMI JOIN docs USING (doc_id)),
corpus AS (SELECT count(*)::DOUBLE AS n, coalesce(avg(tokens), 1)::DOUBLE AS avgdl FROM lengths),
found AS (
  SELECT s.doc_id, s.sentence_id, s.text,
         unnest(list_filter($han, lambda t: contains(s.text, t))
                || list_filter($ascii, lambda t: contains(lower(s.text), t))) AS token
  FROM sentences s SEMI JOIN docs USING (doc_id)
),
hits AS MATERIALIZED (
  SELECT doc_id, sentence_id, token, tf FROM (
    SELECT doc_id, sentence_id, token,
           CASE WHEN list_contains($ascii, token)
             THEN len(list_filter(regexp_extract_all(lower(text), $asciiWord), lambda w: w = token))
             ELSE (strlen(text) - strlen(replace(text, token, ''))) // strlen(token)
           END AS tf
    FROM found
  ) WHERE tf > 0
),
df AS (SELECT token, count(*)::DOUBLE AS df FROM hits GROUP BY token),
scored AS (
  SELECT h.doc_id, h.sentence_id, count(*) AS matched,
         sum(ln(1 + (c.n - df.df + 0.5) / (df.df + 0.5))
             * h.tf * ($k1 + 1)
             / (h.tf + $k1 * (1 - $b + $b * l.tokens / c.avgdl))) AS score
  FROM hits h JOIN df USING (token) JOIN lengths l USING (doc_id, sentence_id) CROSS JOIN corpus c
  GROUP BY h.doc_id, h.sentence_id
)
SELECT sc.score, sc.matched, s.doc_id, s.sentence_id, s.page, s.kind AS sentence_kind, s.text,
       d.doc_number, strftime(d.issued, '%Y-%m-%d') AS issued, d.kind, d.issuer, d.title, d.file, d.format
FROM scored sc JOIN sentences s USING (doc_id, sentence_id) JOIN docs d USING (doc_id)
${where}
QUALIFY row_number() OVER (PARTITION BY coalesce(d.doc_number, d.title, s.doc_id), s.text ORDER BY sc.score DESC, s.doc_id, s.sentence_id) = 1
ORDER BY sc.score DESC, d.issued DESC NULLS LAST, d.doc_number, s.sentence_id
LIMIT $limit`;
  return { sql, params };
}
