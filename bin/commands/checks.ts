import { formatRows } from "../../report/render/format.js";
import { withDatabase } from "../../store/database.js";
import { type Command, choice } from "../command.js";
import { dbOption, formatOption } from "../options.js";

const FORMATS = ["table", "csv", "jsonl"] as const;
const COLUMNS = ["check", "metric", "region", "as_of", "value", "doc_number", "page", "other", "snippet"];

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

export const checks: Command = {
  name: "checks",
  summary:
    "List figures to look at before citing them: sources that disagree for the same metric, region and period, and sub-counts that do not add up to their total.",
  positionals: [],
  options: {
    db: dbOption,
    format: formatOption(FORMATS, "table"),
  },
  details: `Examples:
  civstat checks
  civstat checks --format csv > checks.csv

A year-only figure (766, 2022) and a dated one in the same year (765, 2022-06-30) that differ are
listed as conflicting: the documents may count at different times, or one may be wrong.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const rows = await withDatabase(String(values.db), { readOnly: true }, async ({ connection }) =>
      (await connection.runAndReadAll(CHECKS_SQL)).getRowObjectsJS(),
    );
    io.stdout.write(
      formatRows(format, rows, COLUMNS, { empty: "no checks: no conflicts or mismatched sums" }),
    );
    return 0;
  },
};
