import type { DuckDBConnection } from "@duckdb/node-api";

// The one rule for which of two disagreeing figures wins, as temporary views of a connection (a
// report's, a draft's):
//
//   series_flags   the figures set aside because another figure for the same metric, region and
//                  period says otherwise (from fact_conflicts): a year-only figure gives way to a
//                  dated one in that year, a month to a day, and of two figures for the same date
//                  the one from the earlier document gives way; each row names the figure it
//                  disagrees with (other_*).
//   series_points  fact_points without the flagged figures, one per metric, region, as-of date and
//                  value (the latest document that gives it is cited).

export const SERIES_VIEWS_SQL = `
CREATE OR REPLACE TEMP VIEW series_flags AS
WITH pairs AS (
  SELECT a.metric, a.region, a.as_of, a.precision, a.period_end, a.value, a.unit, a.qualifier,
         a.doc_number, a.page, a.snippet, a.file, a.issued,
         b.as_of AS other_as_of, b.period_end AS other_period_end, b.value AS other_value,
         b.doc_number AS other_doc_number, b.page AS other_page, b.snippet AS other_snippet,
         b.file AS other_file, b.issued AS other_issued
  FROM fact_conflicts c
  JOIN fact_points a
    ON a.metric = c.metric AND a.region IS NOT DISTINCT FROM c.region AND a.as_of = c.as_of
   AND a.value = c.value AND a.doc_number IS NOT DISTINCT FROM c.doc_number AND a.snippet = c.snippet
  JOIN fact_points b
    ON b.metric = c.metric AND b.region IS NOT DISTINCT FROM c.region AND b.as_of = c.other_as_of
   AND b.value = c.other_value AND b.doc_number IS NOT DISTINCT FROM c.other_doc_number
   AND b.snippet = c.other_snippet
)
SELECT DISTINCT * EXCLUDE (issued, other_issued) FROM pairs
WHERE length(as_of) < length(other_as_of)
   OR (as_of = other_as_of
       AND (coalesce(issued, DATE '0001-01-01'), coalesce(doc_number, ''), value)
         < (coalesce(other_issued, DATE '0001-01-01'), coalesce(other_doc_number, ''), other_value));

CREATE OR REPLACE TEMP VIEW series_points AS
WITH kept AS (
  SELECT p.* FROM fact_points p
  WHERE NOT EXISTS (
    SELECT 1 FROM series_flags f
    WHERE f.metric = p.metric AND f.region IS NOT DISTINCT FROM p.region AND f.as_of = p.as_of
      AND f.value = p.value AND f.doc_number IS NOT DISTINCT FROM p.doc_number AND f.snippet = p.snippet)
)
SELECT * EXCLUDE (rank) FROM (
  SELECT *, row_number() OVER (
    PARTITION BY metric, region, as_of, value
    ORDER BY issued DESC NULLS LAST, doc_number, page, fact_id) AS rank
  FROM kept)
WHERE rank = 1;`;

/** Defines series_flags and series_points on this connection (temporary: read-only databases too). */
export async function defineSeriesViews(connection: DuckDBConnection): Promise<void> {
  await connection.run(SERIES_VIEWS_SQL);
}
