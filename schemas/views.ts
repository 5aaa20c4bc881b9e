// Views over the facts that reports, drafts and queries share: one point per document, metric,
// region, period and value (the same document ingested as PDF, DOCX and text counts once), and the
// figures that disagree for the same metric, region and period.

export interface ViewSpec {
  name: string;
  description: string;
  sql: string;
}

export const factPoints: ViewSpec = {
  name: "fact_points",
  description:
    "catalogue facts, one per document number, metric, region, as-of date and value (the PDF form preferred for its pages), with period end and precision",
  sql: `CREATE OR REPLACE VIEW fact_points AS
WITH ranked AS (
  SELECT f.*, d.doc_number, d.issued, d.kind, d.issuer, d.title, d.file, d.format,
         coalesce(d.doc_number, f.doc_id) AS source_key,
         row_number() OVER (
           PARTITION BY coalesce(d.doc_number, f.doc_id), f.metric, f.region, f.as_of, f.value
           ORDER BY CASE d.format WHEN 'pdf' THEN 0 WHEN 'docx' THEN 1 ELSE 2 END, d.file, f.fact_id
         ) AS copy
  FROM facts f JOIN documents d USING (doc_id)
  WHERE f.metric <> 'other' AND f.as_of IS NOT NULL
)
SELECT metric, region, as_of,
       CASE length(as_of) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
       CASE length(as_of)
         WHEN 4 THEN make_date(CAST(as_of AS INTEGER), 12, 31)
         WHEN 7 THEN last_day(CAST(as_of || '-01' AS DATE))
         ELSE CAST(as_of AS DATE) END AS period_end,
       value, unit, qualifier, subject, doc_number, issued, kind, issuer, title, file, format, page,
       snippet, doc_id, fact_id, source_key, role, flags
FROM ranked WHERE copy = 1`,
};

export const factConflicts: ViewSpec = {
  name: "fact_conflicts",
  description:
    "pairs of different values for the same metric and region whose periods overlap (2022 and 2022-06-30, or the same date)",
  sql: `CREATE OR REPLACE VIEW fact_conflicts AS
SELECT a.metric, a.region,
       a.as_of AS as_of, a.value AS value, a.doc_number AS doc_number, a.page AS page, a.snippet AS snippet,
       b.as_of AS other_as_of, b.value AS other_value, b.doc_number AS other_doc_number, b.page AS other_page,
       b.snippet AS other_snippet
FROM fact_points a JOIN fact_points b
  ON a.metric = b.metric AND a.region IS NOT DISTINCT FROM b.region AND a.value <> b.value
 AND a.unit = b.unit AND a.qualifier = b.qualifier
 AND (a.as_of = b.as_of
      OR (a.precision = 'year' AND b.precision <> 'year' AND left(b.as_of, 4) = a.as_of)
      OR (a.precision = 'month' AND b.precision = 'day' AND left(b.as_of, 7) = a.as_of))
WHERE a.metric NOT LIKE 'standard.%' AND a.metric NOT LIKE 'target.%'`,
};

export const VIEWS: ViewSpec[] = [factPoints, factConflicts];
