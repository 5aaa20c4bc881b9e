import { relative, resolve } from "node:path";

import { writeFileAtomic } from "../../pipeline/run/files.js";
import { formatRows } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { queryRows } from "../../store/bound.js";
import { withDatabase } from "../../store/database.js";
import { writeArrow, writeParquet } from "../../store/export.js";
import { factsQuery } from "../../store/facts.js";
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

const FORMATS = ["table", "csv", "jsonl", "parquet", "arrow"] as const;

/** The stable fields first (docs/facts.md), then what else a researcher may want. */
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
  "read_by",
  "max_value",
  "quantity_text",
  "role",
  "parent_id",
  "flags",
  "doc_id",
  "fact_id",
  "issued",
  "kind",
  "id",
];
/** On a terminal: the document (its number, or its file when it has none), the contract's fields up to the page, and how the page was read. */
const TABLE_COLUMNS = [
  "id",
  "document",
  ...FACT_COLUMNS.slice(0, FACT_COLUMNS.indexOf("snippet")).filter((c) => c !== "file" && c !== "doc_number"),
  "read_by",
];
/** With --all-files, one row per file: the file is named. */
const FILE_TABLE_COLUMNS = ["id", "document", "file", ...TABLE_COLUMNS.slice(2)];

export const facts: Command = {
  name: "facts",
  summary:
    "List the statistics extracted from the documents: metric, value, unit, qualifier, as-of date, region, source.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    ...filterOptions,
    core: { type: "boolean", description: "only facts with a catalogue key (no 'other')" },
    "all-files": {
      type: "boolean",
      description: "one row per file: a document ingested as PDF, DOCX and text gives each fact three times",
    },
    format: formatOption(FORMATS, "table"),
    wide: wideOption,
    bom: bomOption,
    out: { type: "string", value: "FILE", description: "write to a file (required for parquet and arrow)" },
  },
  details: `Examples:
  civstat facts --metric social_org.total --region 福田区
  civstat facts --format jsonl > facts.jsonl
  civstat facts --doc 福民函〔2024〕25号 --core
  civstat facts --format parquet --out facts.parquet

A document is what was published, its files are copies (the same reply as PDF, DOCX and text, or
files with the same number and issuer): each figure is listed once per document, from its best copy
(a PDF with pages, then DOCX, then text), and the file column names that copy. --all-files lists
each file's facts.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const out = typeof values.out === "string" ? resolve(io.cwd, values.out) : null;
    if ((format === "parquet" || format === "arrow") && !out) {
      throw new CivstatError("E_BAD_USAGE", `--format ${format} writes a file: give --out FILE`);
    }
    const query = factsQuery({
      metric: values.metric as string | undefined,
      region: values.region as string | undefined,
      doc: values.doc as string | undefined,
      core: values.core === true,
      allFiles: values["all-files"] === true,
    });
    return withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      async ({ connection }) => {
        await checkedFilters(connection, values);
        if (format === "parquet") {
          await writeParquet(connection, query, out!);
          io.stderr.write(`civstat facts: wrote ${relative(io.cwd, out!)}\n`);
          return 0;
        }
        const rows = await queryRows(connection, query);
        if (format === "arrow") {
          await writeArrow(rows, FACT_COLUMNS, out!);
          io.stderr.write(`civstat facts: wrote ${rows.length} facts to ${relative(io.cwd, out!)}\n`);
          return 0;
        }
        const text = formatRows(format, rows, FACT_COLUMNS, {
          columns: values["all-files"] === true ? FILE_TABLE_COLUMNS : TABLE_COLUMNS,
          empty: "no facts match",
          width: terminalWidth(io),
          wide: values.wide === true,
          bom,
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
