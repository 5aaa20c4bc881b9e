import { formatRows } from "../../report/render/format.js";
import { listChecks } from "../../store/checks.js";
import { withDatabase } from "../../store/database.js";
import { type Command, choice } from "../command.js";
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
    format: formatOption(FORMATS, "table"),
    wide: wideOption,
    bom: bomOption,
  },
  details: `Examples:
  civstat checks
  civstat checks --format csv > checks.csv

A year-only figure (766, 2022) and a dated one in the same year (765, 2022-06-30) that differ are
listed as conflicting: the documents may count at different times, or one may be wrong.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const rows = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      ({ connection }) => listChecks(connection),
    );
    io.stdout.write(
      formatRows(format, rows, COLUMNS, {
        empty: "no checks: no conflicts or mismatched sums",
        width: terminalWidth(io),
        wide: values.wide === true,
        bom,
      }),
    );
    return 0;
  },
};
