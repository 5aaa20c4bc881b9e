import { formatRows } from "../../report/render/format.js";
import { withDatabase } from "../../store/database.js";
import { listDocuments } from "../../store/docs.js";
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

const TABLE_COLUMNS = ["document", "issued", "kind", "issuer", "region", "forms", "title"];
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
  "document",
  "files",
  "forms",
];

export const docs: Command = {
  name: "docs",
  summary:
    "List the ingested documents with their metadata (number, issuer, date, kind, title) and the files and forms each came in.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    format: formatOption(FORMATS, "table"),
    wide: wideOption,
    bom: bomOption,
  },
  details: `Examples:
  civstat docs
  civstat docs --format csv > documents.csv
  civstat docs --format jsonl | jq .title

A document is what was published; files are its copies. Files with the same document number and
issuer, or with the same clean text, are one document: it is listed once, described by its best
copy (a PDF with pages, then DOCX, then text), with all its files and forms.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const rows = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      ({ connection }) => listDocuments(connection),
    );
    io.stdout.write(
      formatRows(format, rows, ALL_COLUMNS, {
        columns: TABLE_COLUMNS,
        empty: "no documents (run civstat ingest first)",
        width: terminalWidth(io),
        wide: values.wide === true,
        bom,
      }),
    );
    return 0;
  },
};
