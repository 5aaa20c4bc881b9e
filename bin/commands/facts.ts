import { relative, resolve } from "node:path";
import { writeFileAtomic } from "../../pipeline/run/files.js";
import { formatRows } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { queryRows } from "../../store/bound.js";
import { withDatabase } from "../../store/database.js";
import { writeArrow, writeParquet } from "../../store/export.js";
import { factsQuery } from "../../store/facts.js";
import { type Command, choice } from "../command.js";
import { dbOption, formatOption, waitOption } from "../options.js";

const FORMATS = ["table", "csv", "jsonl", "parquet", "arrow"] as const;

/** The contract's fields first (CONTRACT.md), then what else a researcher may want. */
export const FACT_COLUMNS = [
  "doc_number",
  "file",
  "metric",
  "subject",
  "value",
  "unit",
  "qualifier",
  "as_of",
  "region",
  "page",
  "snippet",
  "max_value",
  "quantity_text",
  "role",
  "parent_id",
  "flags",
  "doc_id",
  "fact_id",
  "issued",
  "kind",
];
/** On a terminal: the contract's fields up to the page, without the file name and sentence. */
const TABLE_COLUMNS = FACT_COLUMNS.slice(0, FACT_COLUMNS.indexOf("snippet")).filter((c) => c !== "file");

export const facts: Command = {
  name: "facts",
  summary:
    "List the statistics extracted from the documents: metric, value, unit, qualifier, as-of date, region, source.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    metric: {
      type: "string",
      value: "KEY",
      description: "a catalogue key (social_org.total) or family (social_org)",
    },
    region: { type: "string", value: "NAME", description: "only facts about this place (福田区)" },
    doc: {
      type: "string",
      value: "ID",
      description: "only this document: number (福民函〔2024〕25号), file name or id",
    },
    core: { type: "boolean", description: "only facts with a catalogue key (no 'other')" },
    format: formatOption(FORMATS, "table"),
    out: { type: "string", value: "FILE", description: "write to a file (required for parquet and arrow)" },
  },
  details: `Examples:
  civstat facts --metric social_org.total --region 福田区
  civstat facts --format jsonl > facts.jsonl
  civstat facts --doc 福民函〔2024〕25号 --core
  civstat facts --format parquet --out facts.parquet`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const out = typeof values.out === "string" ? resolve(io.cwd, values.out) : null;
    if ((format === "parquet" || format === "arrow") && !out) {
      throw new CivstatError("E_BAD_USAGE", `--format ${format} writes a file: give --out FILE`);
    }
    const query = factsQuery({
      metric: values.metric as string | undefined,
      region: values.region as string | undefined,
      doc: values.doc as string | undefined,
      core: values.core === true,
    });
    return withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      async ({ connection }) => {
        if (format === "parquet") {
          await writeParquet(connection, query, out!);
          io.stderr.write(`civstat facts: wrote ${relative(io.cwd, out!)}\n`);
          return 0;
        }
        const rows = await queryRows(connection, query);
        if (format === "arrow") {
          writeArrow(rows, FACT_COLUMNS, out!);
          io.stderr.write(`civstat facts: wrote ${rows.length} facts to ${relative(io.cwd, out!)}\n`);
          return 0;
        }
        const text = formatRows(format, rows, FACT_COLUMNS, {
          columns: TABLE_COLUMNS,
          empty: "no facts match",
        });
        if (out) {
          writeFileAtomic(out, text);
          io.stderr.write(`civstat facts: wrote ${rows.length} facts to ${relative(io.cwd, out)}\n`);
        } else io.stdout.write(text);
        return 0;
      },
    );
  },
};
