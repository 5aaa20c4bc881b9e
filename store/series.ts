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
         a.doc_number, a.page, a.snippet, a.file, a.cite, a.doc_id, a.fact_id, a.issued,
         b.as_of AS other_as_of, b.period_end AS other_period_end, b.value AS other_value,
         b.doc_number AS other_doc_number, b.page AS other_page, b.snippet AS other_snippet,
         b.file AS other_file, b.cite AS other_cite, b.issued AS other_issued
  FROM fact_conflicts c
  JOIN fact_points a ON a.doc_id = c.doc_id AND a.fact_id = c.fact_id
  JOIN fact_points b ON b.doc_id = c.other_doc_id AND b.fact_id = c.other_fact_id
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
    WHERE f.doc_id = p.doc_id AND f.fact_id = p.fact_id)
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
