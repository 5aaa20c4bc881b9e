import { relative, resolve } from "node:path";
import { text as readStream } from "node:stream/consumers";
import { tempPathOf, writeFileAtomic } from "../../pipeline/run/files.js";
import { notebookSession } from "../../report/notebookSession.js";
import { toCsv } from "../../report/render/csv.js";
import { toJsonLines, toTable } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { withDatabase } from "../../store/database.js";
import { limitMemory, lockDown } from "../../store/lockDown.js";
import { bareSql, writePlainParquet } from "../../store/parquet.js";
import { withQueryLimits } from "../../store/queryGuard.js";
import { refusedStatement } from "../../store/readOnlyStatements.js";
import { addSessionObjects, readsSeries } from "../../store/session.js";
import { runSql, type SqlResult, sqlMessage } from "../../store/userSql.js";
import { type Command, choice } from "../command.js";
import {
  bomOf,
  bomOption,
  dbOption,
  formatOption,
  limitOptions,
  queryLimitsOf,
  waitOption,
} from "../options.js";

const FORMATS = ["table", "csv", "jsonl", "parquet"] as const;

/** Table and CSV cells: lists of plain values stay lists (joined by the formatter), the rest as JSON. */
function flatCell(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value;
  return JSON.stringify(value);
}

export function renderResult(result: SqlResult, format: "table" | "csv" | "jsonl", bom = false): string {
  if (format === "jsonl") return toJsonLines(result.rows, result.columns);
  const rows = result.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, flatCell(v)])),
  );
  if (format === "csv") return toCsv(rows, result.columns, { bom });
  const count = `(${rows.length} ${rows.length === 1 ? "row" : "rows"})\n`;
  return result.columns.length ? `${toTable(rows, result.columns, 60)}${count}` : count;
}

export const query: Command = {
  name: "query",
  summary: "Run SQL on the database (read-only unless --write) and print or save the result.",
  positionals: [{ name: "sql", description: "the SQL; - reads it from standard input", required: true }],
  options: {
    db: dbOption,
    wait: waitOption,
    format: formatOption(FORMATS, "table"),
    out: { type: "string", value: "FILE", description: "write to a file (required for parquet)" },
    write: {
      type: "boolean",
      description: "open the database for writing (CREATE, INSERT, UPDATE, COPY … TO, ATTACH …)",
    },
    "read-files": {
      type: "string",
      multiple: true,
      value: "DIR",
      description: "let the SQL read files in DIR (read_csv, read_text, glob …); repeat for more",
    },
    bom: bomOption,
    ...limitOptions,
  },
  details: `The database is opened read-only: a statement that would change it fails with exit 1
unless --write is given. Without --write the SQL reads the database and nothing else: it cannot
write a file (COPY … TO, EXPORT DATABASE), attach another database, install or load an extension,
or read a file outside the database unless its folder is given with --read-files. A query stopped
by its memory or time limit exits 1 naming the limit. Several statements may be given; the last one's result is shown. Bad SQL
prints DuckDB's message and exits 1. Tables and views are listed by civstat schema.

As in notebooks, the SQL also finds the series views (series_points: one figure a metric, region
and date, the flagged ones left out; series_flags), the label tables (catalogue, units, kinds) and
the macros civ_label, civ_unit, civ_kind, civ_period, civ_when, civ_date, civ_num, civ_signed and
civ_amount (the README's notebook section describes them).

Examples:
  civstat query "SELECT doc_number, issued, kind FROM documents WHERE format = 'pdf'"
  civstat query "SELECT metric, as_of, value FROM fact_points WHERE region = '福田区'" --format csv
  civstat query "SELECT * FROM facts" --format parquet --out facts.parquet
  civstat query "SELECT civ_label(metric) AS 指标, as_of, value FROM series_points WHERE region = '福田区'"
  civstat query - --format jsonl < question.sql
  civstat query "CREATE TABLE notes AS SELECT 1 AS n" --write`,
  async run({ values, positionals }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const out = typeof values.out === "string" ? resolve(io.cwd, values.out) : null;
    if (format === "parquet" && !out) {
      throw new CivstatError("E_BAD_USAGE", "--format parquet writes a file: give --out FILE");
    }
    const sql = positionals[0] === "-" ? await readStream(io.stdin) : positionals.join(" ");
    if (!sql.trim()) throw new CivstatError("E_BAD_USAGE", "no SQL given");
    const write = values.write === true;
    const limits = queryLimitsOf(values);
    const readDirs = ((values["read-files"] as string[] | undefined) ?? []).map((d) => resolve(io.cwd, d));
    return withDatabase(
      String(values.db),
      { readOnly: !write, create: false, wait: values.wait === true },
      async ({ connection }) => {
        const parquet = format === "parquet" && out ? out : null;
        await addSessionObjects(connection, notebookSession(), readsSeries(sql));
        if (write) await limitMemory(connection, limits);
        else
          await lockDown(connection, { limits, readDirs, outputFiles: parquet ? [tempPathOf(parquet)] : [] });
        const refuse = write ? undefined : refusedStatement;
        if (parquet) {
          await withQueryLimits(connection, limits, async () => {
            try {
              await writePlainParquet(connection, bareSql(sql), parquet);
            } catch (error) {
              throw new CivstatError("E_SQL", sqlMessage(error), { cause: error });
            }
          });
          io.stderr.write(`civstat query: wrote ${relative(io.cwd, parquet)}\n`);
          return 0;
        }
        const result = await withQueryLimits(connection, limits, (guard) =>
          runSql(connection, sql, { guard, refuse }),
        );
        const text = renderResult(result, format === "parquet" ? "table" : format, bom);
        if (out) {
          writeFileAtomic(out, text);
          io.stderr.write(`civstat query: wrote ${result.rows.length} rows to ${relative(io.cwd, out)}\n`);
        } else io.stdout.write(text);
        return 0;
      },
    );
  },
};
