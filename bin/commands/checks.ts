import { formatRows } from "../../report/render/format.js";
import { listChecks } from "../../store/checks.js";
import { withDatabase } from "../../store/database.js";
import { type Command, choice } from "../command.js";
import { checkedFilters, filterOptions } from "../filters.js";
import {
  bomOf,
  bomOption,
  dbOption,
  formatOption,
  terminalWidth,
  waitOption,
  wideOption,
} from "../options.js";

const FORMATS = ["table", "csv", "jsonl"] as const;
const COLUMNS = ["check", "metric", "region", "as_of", "value", "sources", "other", "snippet"];

export const checks: Command = {
  name: "checks",
  summary:
    "List figures to look at before citing them: sources that disagree for the same metric, region and period, and sub-counts that do not add up to their total.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    ...filterOptions,
    format: formatOption(FORMATS, "table"),
    wide: wideOption,
    bom: bomOption,
  },
  details: `Examples:
  civstat checks
  civstat checks --metric social_org --region 福田区
  civstat checks --doc 福民函〔2022〕27号
  civstat checks --format csv > checks.csv

A year-only figure (766, 2022) and a dated one in the same year (765, 2022-06-30) that differ are
listed as conflicting: the documents may count at different times, or one may be wrong.
--metric, --region and --doc keep the checks about that metric (or family), place or document;
a name the database does not hold is an error listing the closest ones.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const filtered = [values.metric, values.region, values.doc].some((v) => v !== undefined);
    const rows = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      async ({ connection }) => listChecks(connection, await checkedFilters(connection, values)),
    );
    io.stdout.write(
      formatRows(format, rows, COLUMNS, {
        empty: filtered
          ? "no checks match: no conflicts or mismatched sums there"
          : "no checks: no conflicts or mismatched sums",
        width: terminalWidth(io),
        wide: values.wide === true,
        bom,
      }),
    );
    return 0;
  },
};
