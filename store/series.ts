import type { DuckDBConnection } from "@duckdb/node-api";

// The one rule for which of two disagreeing figures wins, as temporary tables of a connection (a
// report's, a draft's), computed once when the connection is prepared:
//
//   series_flags   the figures set aside because the figure kept for the same metric, region, unit
//                  and period says otherwise: of the figures for one date the one from the latest
//                  document stands and every other value gives way to it; a year-only figure gives
//                  way to a figure dated in that year, a month to a day. Each row names the figure it
//                  gives way to (other_*). Figures counting different things (counted: 党组织 and
//                  党支部) never dispute; standards and targets never do.
//   series_points  fact_points without the flagged figures, one per metric, region, as-of date and
//                  value: a figure that many documents repeat is one point citing the latest of
//                  them, with `sources` (how many documents give it) and `source_cites` (their
//                  citations, latest first).
//
// Nothing pairs every figure with every other: a date's figure is found with window aggregates,
// so a series repeated or contradicted by thousands of documents costs a sort, not their square.

const GROUP = "metric, region, unit, qualifier";

export const SERIES_VIEWS_SQL = `
CREATE OR REPLACE TEMP TABLE series_figures AS
SELECT *,
       dense_rank() OVER (
         ORDER BY coalesce(issued, DATE '0001-01-01'), coalesce(doc_number, ''), value) AS recency,
       row_number() OVER (
         PARTITION BY ${GROUP}, as_of, coalesce(issued, DATE '0001-01-01'), coalesce(doc_number, ''), value
         ORDER BY page, fact_id) AS copy,
       metric NOT LIKE 'standard.%' AND metric NOT LIKE 'target.%' AS disputed
FROM fact_points;

CREATE OR REPLACE TEMP TABLE series_standing AS
WITH tops AS (
  SELECT *,
         CASE WHEN counted IS NULL THEN max(recency) OVER date_group
              ELSE greatest(max(recency) OVER (PARTITION BY ${GROUP}, as_of, counted),
                            coalesce(max(recency) FILTER (WHERE counted IS NULL) OVER date_group, 0))
         END AS top
  FROM series_figures
  WHERE disputed
  WINDOW date_group AS (PARTITION BY ${GROUP}, as_of)
)
SELECT t.doc_id, t.fact_id, w.doc_id AS other_doc_id, w.fact_id AS other_fact_id, t.value <> w.value AS gives_way
FROM tops t JOIN series_figures w
  ON w.metric = t.metric AND w.region IS NOT DISTINCT FROM t.region AND w.unit = t.unit
 AND w.qualifier = t.qualifier AND w.as_of = t.as_of AND w.recency = t.top AND w.copy = 1;

CREATE OR REPLACE TEMP TABLE series_flag_pairs AS
WITH standing AS (
  SELECT DISTINCT ON (${GROUP}, as_of, value, counted) f.*
  FROM series_figures f JOIN series_standing s USING (doc_id, fact_id)
  WHERE NOT s.gives_way AND f.precision <> 'year'
  ORDER BY ${GROUP}, as_of, value, counted, recency DESC, copy
)
SELECT doc_id, fact_id, other_doc_id, other_fact_id FROM series_standing WHERE gives_way
UNION
SELECT a.doc_id, a.fact_id, b.doc_id, b.fact_id
FROM series_figures a JOIN standing b
  ON a.metric = b.metric AND a.region IS NOT DISTINCT FROM b.region AND a.unit = b.unit
 AND a.qualifier = b.qualifier AND a.value <> b.value
 AND (a.counted IS NULL OR b.counted IS NULL OR a.counted = b.counted)
 AND ((a.precision = 'year' AND left(b.as_of, 4) = a.as_of)
      OR (a.precision = 'month' AND b.precision = 'day' AND left(b.as_of, 7) = a.as_of))
WHERE a.disputed AND a.precision <> 'day';

CREATE OR REPLACE TEMP TABLE series_flags AS
SELECT a.metric, a.region, a.as_of, a.precision, a.period_end, a.value, a.unit, a.qualifier,
       a.doc_number, a.page, a.snippet, a.file, a.cite, a.doc_id, a.fact_id, a.title, a.issued,
       b.as_of AS other_as_of, b.period_end AS other_period_end, b.value AS other_value,
       b.doc_number AS other_doc_number, b.page AS other_page, b.snippet AS other_snippet,
       b.file AS other_file, b.cite AS other_cite, b.title AS other_title, b.issued AS other_issued,
       b.doc_id AS other_doc_id, b.fact_id AS other_fact_id
FROM series_flag_pairs p
JOIN series_figures a ON a.doc_id = p.doc_id AND a.fact_id = p.fact_id
JOIN series_figures b ON b.doc_id = p.other_doc_id AND b.fact_id = p.other_fact_id;

CREATE OR REPLACE TEMP TABLE series_points AS
WITH kept AS (
  SELECT * FROM series_figures ANTI JOIN series_flag_pairs USING (doc_id, fact_id)
),
repeated AS (
  SELECT metric, region, as_of, value, count(*) AS sources,
         list(cite ORDER BY issued DESC NULLS LAST, doc_number, cite) AS source_cites
  FROM (SELECT DISTINCT ON (metric, region, as_of, value, source_key) *
        FROM kept
        ORDER BY metric, region, as_of, value, source_key, issued DESC NULLS LAST, doc_number, page, fact_id)
  GROUP BY ALL
)
SELECT k.* EXCLUDE (recency, copy, disputed), r.sources, r.source_cites
FROM (SELECT DISTINCT ON (metric, region, as_of, value) *
      FROM kept
      ORDER BY metric, region, as_of, value, issued DESC NULLS LAST, doc_number, page, fact_id) k
JOIN repeated r
  ON r.metric = k.metric AND r.region IS NOT DISTINCT FROM k.region AND r.as_of = k.as_of AND r.value = k.value;

DROP TABLE series_standing;
DROP TABLE series_flag_pairs;
DROP TABLE series_figures;`;

/** Defines series_flags and series_points on this connection (temporary: read-only databases too). */
export async function defineSeriesViews(connection: DuckDBConnection): Promise<void> {
  await connection.run(SERIES_VIEWS_SQL);
}
