import { DEFAULT_DB, withDatabase } from "../../pipeline/database.js";
import { toCsv, toJsonLines, toTable } from "../../pipeline/format.js";
import { type Command, choice } from "../command.js";

const FORMATS = ["table", "csv", "jsonl"] as const;

const TABLE_COLUMNS = ["doc_number", "issued", "kind", "issuer", "region", "format", "file", "title"];
const ALL_COLUMNS = [
  "doc_id",
  "file",
  "path",
  "format",
  "encoding",
  "page_count",
  "doc_number",
  "issuer",
  "issued",
  "title",
  "kind",
  "region",
  "addressees",
  "proposal_number",
  "meeting",
  "contact_person",
  "contact_phone",
  "cited_numbers",
  "warnings",
  "facts",
];

export const docs: Command = {
  name: "docs",
  summary: "List the ingested documents with their metadata: number, issuer, date, kind, title.",
  positionals: [],
  options: {
    db: { type: "string", value: "PATH", description: "database file", default: DEFAULT_DB },
    format: {
      type: "string",
      value: "FORMAT",
      description: `output: ${FORMATS.join(", ")}`,
      default: "table",
    },
  },
  details: `Examples:
  civstat docs
  civstat docs --format csv > documents.csv
  civstat docs --format jsonl | jq .title`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const rows = await withDatabase(String(values.db), { readOnly: true }, async ({ connection }) => {
      const reader = await connection.runAndReadAll(`
        SELECT d.* EXCLUDE (text, original) REPLACE (strftime(d.issued, '%Y-%m-%d') AS issued),
               (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id) AS facts
        FROM documents d
        ORDER BY d.issued NULLS LAST, d.doc_number, d.format, d.file`);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    });
    if (format === "table") {
      io.stdout.write(
        rows.length ? toTable(rows, TABLE_COLUMNS) : "no documents (run civstat ingest first)\n",
      );
    } else {
      io.stdout.write(format === "csv" ? toCsv(rows, ALL_COLUMNS) : toJsonLines(rows, ALL_COLUMNS));
    }
    return 0;
  },
};
