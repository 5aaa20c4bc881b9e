import { relative, resolve } from "node:path";
import { writeFileAtomic } from "../../pipeline/run/files.js";
import { formatRows } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { withDatabase } from "../../store/database.js";
import { writeArrow, writeParquet } from "../../store/export.js";
import { type Command, choice } from "../command.js";
import { dbOption, formatOption } from "../options.js";

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

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function factsSql(filters: {
  metric?: string;
  region?: string;
  doc?: string;
  core?: boolean;
}): string {
  const where: string[] = [];
  if (filters.metric) {
    const m = filters.metric.replace(/\*$/, "");
    where.push(
      m.endsWith(".") || !m.includes(".")
        ? `(f.metric = ${quote(m)} OR f.metric LIKE ${quote(`${m.replace(/\.$/, "")}.%`)})`
        : `f.metric = ${quote(m)}`,
    );
  }
  if (filters.region) where.push(`f.region = ${quote(filters.region)}`);
  if (filters.doc) {
    const d = filters.doc.replace(/\s+/g, "");
    where.push(`(d.doc_number = ${quote(d)} OR d.file = ${quote(d)} OR d.doc_id LIKE ${quote(`${d}%`)})`);
  }
  if (filters.core) where.push("f.metric <> 'other'");
  return `
    SELECT d.doc_number, d.file, f.metric, f.subject, f.value, f.unit, f.qualifier, f.as_of, f.region, f.page,
           f.snippet, f.max_value, f.quantity_text, f.role, f.parent_id, f.flags, f.doc_id, f.fact_id,
           strftime(d.issued, '%Y-%m-%d') AS issued, d.kind
    FROM facts f JOIN documents d USING (doc_id)
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY d.issued NULLS LAST, d.doc_number, d.format, d.file, f.fact_id`;
}

export const facts: Command = {
  name: "facts",
  summary:
    "List the statistics extracted from the documents: metric, value, unit, qualifier, as-of date, region, source.",
  positionals: [],
  options: {
    db: dbOption,
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
    const sql = factsSql({
      metric: values.metric as string | undefined,
      region: values.region as string | undefined,
      doc: values.doc as string | undefined,
      core: values.core === true,
    });
    return withDatabase(String(values.db), { readOnly: true }, async ({ connection }) => {
      if (format === "parquet") {
        await writeParquet(connection, sql, out!);
        io.stderr.write(`civstat facts: wrote ${relative(io.cwd, out!)}\n`);
        return 0;
      }
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
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
    });
  },
};
