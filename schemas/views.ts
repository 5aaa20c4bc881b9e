// Views over the facts that reports, drafts and queries share. A document is what was published;
// the files ingested are its copies (the same reply as PDF, DOCX and text): files with the same
// document number and issuer, or with the same clean text, are one document, cited by its best
// file. Every figure is counted once per document, and the figures that disagree for the same
// metric, region and period are paired.

export interface ViewSpec {
  name: string;
  description: string;
  sql: string;
  /** The meaning of the columns this view alone has. */
  columns?: Record<string, string>;
}

/** How good a copy is to cite: a PDF with pages first, then DOCX, then text, then anything else. */
export const FORM_RANK_SQL = `CASE WHEN d.format = 'pdf' AND d.page_count > 0 THEN 0 WHEN d.format = 'docx' THEN 1
              WHEN d.format = 'txt' THEN 2 ELSE 3 END`;

export const documentCopies: ViewSpec = {
  name: "document_copies",
  description:
    "each ingested file's document: files with the same number and issuer, or the same clean text, are copies of one document; copy_rank 1 is the copy to cite",
  sql: `CREATE OR REPLACE VIEW document_copies AS
WITH keyed AS (
  SELECT d.doc_id, d.file, d.path, d.format, d.page_count, d.doc_number, d.issued, d.title,
         coalesce(d.issuer, max(d.issuer) OVER (PARTITION BY d.doc_number)) AS issuer,
         ${FORM_RANK_SQL} AS form_rank,
         d.text_md5
  FROM documents d
),
grouped AS (
  SELECT * EXCLUDE (text_md5),
         CASE WHEN doc_number IS NOT NULL THEN 'number:' || doc_number || '|' || coalesce(issuer, '')
              ELSE 'text:' || text_md5 END AS doc_key
  FROM keyed
)
SELECT *,
       row_number() OVER (PARTITION BY doc_key ORDER BY form_rank, file, doc_id) AS copy_rank,
       count(*) OVER (PARTITION BY doc_key) AS copies
FROM grouped`,
};

export const documentFacts: ViewSpec = {
  name: "document_facts",
  description:
    "facts, each figure once per document (metric, region, as-of date, value, unit and qualifier), from the best copy that gives it (a text layer before OCR)",
  sql: `CREATE OR REPLACE VIEW document_facts AS
SELECT * EXCLUDE (copy) FROM (
  SELECT f.*, c.doc_key, c.doc_number, c.issuer, c.file, c.format, c.copies, d.issued, d.kind, d.title,
         coalesce(c.doc_number, c.file) AS cite,
         row_number() OVER (
           PARTITION BY c.doc_key, f.metric, f.region, f.as_of, f.value, f.unit, f.qualifier
           ORDER BY CASE f.read_by WHEN 'ocr' THEN 1 ELSE 0 END, c.form_rank, c.file, c.doc_id, f.fact_id
         ) AS copy
  FROM facts f JOIN document_copies c USING (doc_id) JOIN documents d USING (doc_id)
)
WHERE copy = 1`,
};

export const factPoints: ViewSpec = {
  name: "fact_points",
  description:
    "catalogue facts with a date, one per document, metric, region, as-of date and value (the PDF copy preferred for its pages), with period end and precision",
  sql: `CREATE OR REPLACE VIEW fact_points AS
SELECT metric, region, as_of,
       CASE length(as_of) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
       CASE length(as_of)
         WHEN 4 THEN make_date(CAST(as_of AS INTEGER), 12, 31)
         WHEN 7 THEN last_day(CAST(as_of || '-01' AS DATE))
         ELSE CAST(as_of AS DATE) END AS period_end,
       value, unit, qualifier, subject, doc_number, issued, kind, issuer, title, file, format, page,
       snippet, doc_id, fact_id, doc_key AS source_key, cite, role, flags, read_by, as_of_source, counted
FROM document_facts
WHERE metric <> 'other' AND as_of IS NOT NULL`,
};

export const factConflicts: ViewSpec = {
  name: "fact_conflicts",
  description:
    "pairs of different values for the same metric and region whose periods overlap (2022 and 2022-06-30, or the same date)",
  sql: `CREATE OR REPLACE VIEW fact_conflicts AS
SELECT a.metric, a.region,
       a.as_of AS as_of, a.value AS value, a.doc_number AS doc_number, a.page AS page, a.snippet AS snippet,
       a.cite AS cite, a.doc_id AS doc_id, a.fact_id AS fact_id, a.counted AS counted,
       b.as_of AS other_as_of, b.value AS other_value, b.doc_number AS other_doc_number, b.page AS other_page,
       b.snippet AS other_snippet, b.cite AS other_cite, b.doc_id AS other_doc_id, b.fact_id AS other_fact_id
FROM fact_points a JOIN fact_points b
  ON a.metric = b.metric AND a.region IS NOT DISTINCT FROM b.region AND a.value <> b.value
 AND a.unit = b.unit AND a.qualifier = b.qualifier
 AND (a.counted IS NULL OR b.counted IS NULL OR a.counted = b.counted)
 AND (a.as_of = b.as_of
      OR (a.precision = 'year' AND b.precision <> 'year' AND left(b.as_of, 4) = a.as_of)
      OR (a.precision = 'month' AND b.precision = 'day' AND left(b.as_of, 7) = a.as_of))
WHERE a.metric NOT LIKE 'standard.%' AND a.metric NOT LIKE 'target.%'`,
};

export const factBases: ViewSpec = {
  name: "fact_bases",
  description:
    "pairs of figures of the same metric, region and unit that count different things (统计口径: 党组织 and 党支部): shown side by side, never compared",
  sql: `CREATE OR REPLACE VIEW fact_bases AS
SELECT a.metric, a.region, a.as_of, a.value, a.qualifier, a.counted, a.cite, a.page, a.snippet,
       a.doc_id, a.fact_id,
       b.as_of AS other_as_of, b.value AS other_value, b.counted AS other_counted, b.cite AS other_cite,
       b.page AS other_page, b.snippet AS other_snippet, b.doc_id AS other_doc_id, b.fact_id AS other_fact_id
FROM fact_points a JOIN fact_points b
  ON a.metric = b.metric AND a.region IS NOT DISTINCT FROM b.region AND a.unit = b.unit
 AND a.counted <> b.counted
WHERE a.metric NOT LIKE 'standard.%' AND a.metric NOT LIKE 'target.%'`,
};

export const documentTexts: ViewSpec = {
  name: "document_texts",
  description: "each document's clean text whole, put together from its parts (document_text_parts)",
  sql: `CREATE OR REPLACE VIEW document_texts AS
SELECT doc_id,
       string_agg(text, '' ORDER BY part) AS text,
       string_agg(coalesce(original, text), '' ORDER BY part) AS original
FROM document_text_parts
GROUP BY doc_id`,
  columns: {
    text: "the clean text, simplified characters (facts' and sections' offsets count in it)",
    original: "the clean text before simplification",
  },
};

export const pageTexts: ViewSpec = {
  name: "page_texts",
  description:
    "each page's raw text whole, as the reader returned it, put together from its parts (page_text_parts)",
  sql: `CREATE OR REPLACE VIEW page_texts AS
SELECT doc_id, page, string_agg(text, '' ORDER BY part) AS text
FROM page_text_parts
GROUP BY doc_id, page`,
  columns: { page: "page number from 1; 0 when none", text: "the page's raw text" },
};

export const VIEWS: ViewSpec[] = [
  documentCopies,
  documentFacts,
  factPoints,
  factConflicts,
  factBases,
  documentTexts,
  pageTexts,
];
