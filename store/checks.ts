import type { DuckDBConnection } from "@duckdb/node-api";
import { type Query, queryRows } from "./bound.js";
import { type FactFilters, metricCondition, NAMED_DOCUMENT } from "./facts.js";

/** A document as a check names it: its number (or file when it has none) and page. */
const place = (cite: string, page: string) =>
  `${cite} || CASE WHEN ${page} > 0 THEN ' p' || ${page} ELSE '' END`;

/** Numbers without float noise: 765.0 → 765. */
const number = (x: string) =>
  `CASE WHEN ${x} = floor(${x}) THEN CAST(CAST(${x} AS BIGINT) AS VARCHAR) ELSE CAST(${x} AS VARCHAR) END`;

/**
 * Figures a researcher should look at before citing them: they are flagged, never silently fixed.
 * Each disagreement is listed once, with every document that gives either figure; doc_ids holds
 * the files the figures were read from, for --doc.
 */
const CHECKS_SQL = `
SELECT 'conflicting_sources' AS "check", metric, region, as_of, value,
       string_agg(DISTINCT ${place("cite", "page")}, '; ' ORDER BY ${place("cite", "page")}) AS sources,
       format('{} in {} ({})', ${number("other_value")},
              string_agg(DISTINCT ${place("other_cite", "other_page")}, '; ' ORDER BY ${place("other_cite", "other_page")}),
              other_as_of) AS other,
       min(snippet) AS snippet,
       list(DISTINCT doc_id) || list(DISTINCT other_doc_id) AS doc_ids
FROM fact_conflicts
WHERE as_of < other_as_of OR (as_of = other_as_of AND value < other_value)
GROUP BY metric, region, as_of, value, other_as_of, other_value
UNION ALL
SELECT 'different_basis', metric, region, as_of, value,
       string_agg(DISTINCT ${place("cite", "page")}, '; ' ORDER BY ${place("cite", "page")}),
       format('{} {} in {} ({}); this figure counts {}', ${number("other_value")}, other_counted,
              string_agg(DISTINCT ${place("other_cite", "other_page")}, '; ' ORDER BY ${place("other_cite", "other_page")}),
              other_as_of, counted),
       min(snippet),
       list(DISTINCT doc_id) || list(DISTINCT other_doc_id)
FROM fact_bases
WHERE as_of < other_as_of OR (as_of = other_as_of AND (value < other_value OR (value = other_value AND counted < other_counted)))
GROUP BY metric, region, as_of, value, counted, other_as_of, other_value, other_counted
UNION ALL
SELECT 'parts_sum_mismatch', metric, region, as_of, value,
       string_agg(DISTINCT ${place("cite", "page")}, '; ' ORDER BY ${place("cite", "page")}),
       format('parts add up to {}', regexp_extract(list_filter(flags, x -> x LIKE 'parts_sum_mismatch:%')[1], ':(.*)$', 1)),
       min(snippet),
       list(DISTINCT doc_id)
FROM fact_points
WHERE len(list_filter(flags, x -> x LIKE 'parts_sum_mismatch:%')) > 0
GROUP BY metric, region, as_of, value, flags`;

/** The checks about the metric, region or document the filters name (all of them when none). */
export function checksQuery(filters: FactFilters = {}): Query {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filters.metric) where.push(metricCondition(filters.metric, "metric", params));
  if (filters.region) {
    params.region = filters.region;
    where.push("region = $region");
  }
  if (filters.doc) {
    params.doc = filters.doc.replace(/\s+/g, "");
    // Any copy of the document named: a check reads each figure from the document's best copy.
    where.push(`list_has_any(doc_ids, (SELECT list(k.doc_id) FROM document_copies k WHERE k.doc_key IN
      (SELECT c.doc_key FROM document_copies c WHERE ${NAMED_DOCUMENT})))`);
  }
  const sql = `SELECT * EXCLUDE (doc_ids) FROM (${CHECKS_SQL})
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY 1, 2, 3, 4, 5`;
  return { sql, params };
}

/** The figures to look at, conflicts first, by metric, region and date. */
export function listChecks(
  connection: DuckDBConnection,
  filters: FactFilters = {},
): Promise<Record<string, unknown>[]> {
  return queryRows(connection, checksQuery(filters));
}
