import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "./bound.js";

/** Figures a researcher should look at before citing them: they are flagged, never silently fixed. */
export const CHECKS_SQL = `
SELECT 'conflicting_sources' AS "check", metric, region, as_of, value, doc_number, page,
       format('{} in {} ({})', CASE WHEN other_value = floor(other_value) THEN CAST(CAST(other_value AS BIGINT) AS VARCHAR) ELSE CAST(other_value AS VARCHAR) END, coalesce(other_doc_number, '?'), other_as_of) AS other, snippet
FROM fact_conflicts
WHERE as_of < other_as_of OR (as_of = other_as_of AND value < other_value)
UNION ALL
SELECT 'parts_sum_mismatch', metric, region, as_of, value, doc_number, page,
       format('parts add up to {}', regexp_extract(list_filter(flags, x -> x LIKE 'parts_sum_mismatch:%')[1], ':(.*)$', 1)),
       snippet
FROM fact_points
WHERE len(list_filter(flags, x -> x LIKE 'parts_sum_mismatch:%')) > 0
ORDER BY 1, 2, 3, 4`;

/** The figures to look at, conflicts first, by metric, region and date. */
export function listChecks(connection: DuckDBConnection): Promise<Record<string, unknown>[]> {
  return queryRows(connection, { sql: CHECKS_SQL });
}
