// The database: each table's columns with their DuckDB types and meaning, the row type beside it.
// `tablesDdl()` is generated from these specs; `civstat schema` prints them.

import { sentenceLengths } from "./searchTables.js";
import { VIEWS } from "./views.js";

export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "DATE" | "TIMESTAMP" | "VARCHAR[]";

export interface Column {
  name: string;
  type: ColumnType;
  notNull?: boolean;
  description: string;
  /** SQL over a table an older civstat made that gives this column when that table lacks it. */
  older?: string;
}

export interface TableSpec {
  name: string;
  description: string;
  columns: Column[];
  /**
   * Only on the tables of a row a document or a file. The tables of many rows a document have
   * none: DuckDB keeps a key's index in memory and checks it on every row appended, so memory and
   * load time would grow with the database; their rows come and go a document at a time.
   */
  primaryKey?: string[];
}

export const SCHEMA_VERSION = 1;

export interface DocumentRow {
  doc_id: string;
  path: string;
  file: string;
  format: string;
  bytes: number;
  encoding: string | null;
  page_count: number;
  doc_number: string | null;
  cited_numbers: string[];
  issuer: string | null;
  issued: string | null;
  title: string | null;
  addressees: string[];
  kind: string;
  proposal_number: string | null;
  meeting: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  region: string | null;
  period: string | null;
  text_md5: string;
  warnings: string[];
  pipeline_version: number;
}

export const documents: TableSpec = {
  name: "documents",
  description: "one row per ingested document, identified by the sha256 of its bytes",
  primaryKey: ["doc_id"],
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "sha256 of the file's bytes, hex" },
    { name: "path", type: "VARCHAR", notNull: true, description: "path the document was last ingested from" },
    { name: "file", type: "VARCHAR", notNull: true, description: "file name" },
    {
      name: "format",
      type: "VARCHAR",
      notNull: true,
      description: "pdf, docx, txt or html (told by content)",
    },
    { name: "bytes", type: "BIGINT", notNull: true, description: "file size" },
    { name: "encoding", type: "VARCHAR", description: "text files: utf-8, utf-8-bom, utf-16, gb18030" },
    {
      name: "page_count",
      type: "INTEGER",
      notNull: true,
      description: "pages (1 for formats without pages)",
    },
    { name: "doc_number", type: "VARCHAR", description: "the document's own number: 福民函〔2024〕25号" },
    { name: "cited_numbers", type: "VARCHAR[]", description: "document numbers the text cites" },
    { name: "issuer", type: "VARCHAR", description: "issuing body: 深圳市福田区民政局" },
    { name: "issued", type: "DATE", description: "date of the dated signature" },
    { name: "title", type: "VARCHAR", description: "title" },
    {
      name: "addressees",
      type: "VARCHAR[]",
      description: "who it is addressed to (deputies, members, units)",
    },
    {
      name: "kind",
      type: "VARCHAR",
      notNull: true,
      description: "npc_suggestion_reply, cppcc_proposal_reply, policy, statistical_report or other",
    },
    { name: "proposal_number", type: "VARCHAR", description: "suggestion or proposal answered: 20240061" },
    { name: "meeting", type: "VARCHAR", description: "meeting the proposal was raised at: 政协六届三次会议" },
    { name: "contact_person", type: "VARCHAR", description: "contact person named at the end" },
    { name: "contact_phone", type: "VARCHAR", description: "contact phone" },
    { name: "region", type: "VARCHAR", description: "the issuer's region: 福田区, 深圳市, 福建省" },
    {
      name: "period",
      type: "VARCHAR",
      description: "the year a bulletin or summary covers (2023), from its title",
    },
    {
      name: "text_md5",
      type: "VARCHAR",
      notNull: true,
      description:
        "md5 of the clean text without spaces, tabs and line breaks: files whose text is the same are copies of one document",
      older: String.raw`md5(regexp_replace(text, '\s+', '', 'g'))`,
    },
    { name: "warnings", type: "VARCHAR[]", description: "oddities met while reading, deduplicated" },
    {
      name: "pipeline_version",
      type: "INTEGER",
      notNull: true,
      description: "version of the extraction that made these rows; older ones are redone on ingest",
    },
  ],
};

export interface FileRow {
  path: string;
  doc_id: string;
  bytes: number;
}

export const files: TableSpec = {
  name: "files",
  description: "every file path ingested and the document its bytes are",
  primaryKey: ["path"],
  columns: [
    { name: "path", type: "VARCHAR", notNull: true, description: "absolute path of the file" },
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "bytes", type: "BIGINT", notNull: true, description: "file size when ingested" },
  ],
};

export interface DocumentTextPartRow {
  doc_id: string;
  part: number;
  text: string;
  original: string | null;
}

export const documentTextParts: TableSpec = {
  name: "document_text_parts",
  description:
    "each document's clean text cut into parts, in order (the view document_texts puts them together)",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "part", type: "INTEGER", notNull: true, description: "position of the part, from 0" },
    {
      name: "text",
      type: "VARCHAR",
      notNull: true,
      description: "this part of the clean text, simplified characters",
    },
    {
      name: "original",
      type: "VARCHAR",
      description: "this part before simplification; NULL where it is the same as text",
    },
  ],
};

export interface PageRow {
  doc_id: string;
  page: number;
  read_by: string;
}

export const pages: TableSpec = {
  name: "pages",
  description: "each page of a document (page 0 for formats without pages) and how it was read",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "page", type: "INTEGER", notNull: true, description: "page number from 1; 0 when none" },
    {
      name: "read_by",
      type: "VARCHAR",
      notNull: true,
      description: "how its text was had: text layer (the file's own text) or ocr (read from the page image)",
    },
  ],
};

export interface PageTextPartRow {
  doc_id: string;
  page: number;
  part: number;
  text: string;
}

export const pageTextParts: TableSpec = {
  name: "page_text_parts",
  description:
    "each page's raw text as the reader returned it, cut into parts, in order (the view page_texts puts them together)",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "page", type: "INTEGER", notNull: true, description: "pages.page" },
    { name: "part", type: "INTEGER", notNull: true, description: "position of the part in the page, from 0" },
    { name: "text", type: "VARCHAR", notNull: true, description: "this part of the page's raw text" },
  ],
};

export interface FurnitureRow {
  doc_id: string;
  page: number | null;
  kind: string;
  text: string;
}

export const furniture: TableSpec = {
  name: "furniture",
  description: "page footers, running headers and page markers removed from the body",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "page", type: "INTEGER", description: "page it was found on" },
    { name: "kind", type: "VARCHAR", notNull: true, description: "footer, header or page_marker" },
    { name: "text", type: "VARCHAR", notNull: true, description: "the text removed" },
  ],
};

export interface SectionRow {
  doc_id: string;
  section_id: number;
  parent_id: number | null;
  level: number;
  marker: string;
  title: string;
  start_offset: number;
  end_offset: number;
}

export const sections: TableSpec = {
  name: "sections",
  description: "the section tree built from headings (一、 （一） 1. 附件)",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "section_id", type: "INTEGER", notNull: true, description: "position in the document, from 0" },
    { name: "parent_id", type: "INTEGER", description: "enclosing section" },
    { name: "level", type: "INTEGER", notNull: true, description: "1 for 一、, 2 for （一）, 3 for 1. …" },
    {
      name: "marker",
      type: "VARCHAR",
      notNull: true,
      description: "the heading's ordinal: 一、 （二） 附件1",
    },
    { name: "title", type: "VARCHAR", notNull: true, description: "heading text without its marker" },
    {
      name: "start_offset",
      type: "INTEGER",
      notNull: true,
      description: "offset in the clean text (document_texts.text)",
    },
    { name: "end_offset", type: "INTEGER", notNull: true, description: "end offset (exclusive)" },
  ],
};

export interface SentenceRow {
  doc_id: string;
  sentence_id: number;
  section_id: number | null;
  page: number | null;
  start_offset: number;
  end_offset: number;
  kind: string;
  text: string;
}

export const sentences: TableSpec = {
  name: "sentences",
  description: "sentences, headings and table rows of the clean text, with section and page",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "position in the document, from 0" },
    { name: "section_id", type: "INTEGER", description: "sections.section_id it belongs to" },
    { name: "page", type: "INTEGER", description: "page it starts on (PDF)" },
    {
      name: "start_offset",
      type: "INTEGER",
      notNull: true,
      description: "offset in the clean text (document_texts.text)",
    },
    { name: "end_offset", type: "INTEGER", notNull: true, description: "end offset (exclusive)" },
    { name: "kind", type: "VARCHAR", notNull: true, description: "paragraph, heading or table_row" },
    { name: "text", type: "VARCHAR", notNull: true, description: "the sentence, clean and simplified" },
  ],
};

export interface FactRow {
  doc_id: string;
  fact_id: number;
  sentence_id: number;
  metric: string;
  subject: string;
  value: number;
  max_value: number | null;
  unit: string;
  qualifier: string;
  as_of: string | null;
  region: string | null;
  page: number | null;
  snippet: string;
  quantity_text: string;
  start_offset: number;
  end_offset: number;
  parent_id: number | null;
  role: string;
  flags: string[];
  read_by: string;
  as_of_source: string | null;
  counted: string | null;
}

export const facts: TableSpec = {
  name: "facts",
  description: "every statistic found: what it counts (metric), value, unit, qualifier, date, place, source",
  columns: [
    { name: "doc_id", type: "VARCHAR", notNull: true, description: "documents.doc_id" },
    { name: "fact_id", type: "INTEGER", notNull: true, description: "position in the document, from 0" },
    { name: "sentence_id", type: "INTEGER", notNull: true, description: "sentences.sentence_id" },
    { name: "metric", type: "VARCHAR", notNull: true, description: "catalogue key (metrics.key) or other" },
    { name: "subject", type: "VARCHAR", notNull: true, description: "the words saying what is counted" },
    { name: "value", type: "DOUBLE", notNull: true, description: "normalised value (money in yuan)" },
    { name: "max_value", type: "DOUBLE", description: "upper end of a range" },
    { name: "unit", type: "VARCHAR", notNull: true, description: "org, person, item, yuan, percent, hour …" },
    {
      name: "qualifier",
      type: "VARCHAR",
      notNull: true,
      description: "exact, more_than, nearly, at_least, at_most",
    },
    { name: "as_of", type: "VARCHAR", description: "date described: YYYY, YYYY-MM or YYYY-MM-DD" },
    { name: "region", type: "VARCHAR", description: "place counted: 福田区, 深圳市, 福建省" },
    { name: "page", type: "INTEGER", description: "PDF page, from 1" },
    { name: "snippet", type: "VARCHAR", notNull: true, description: "the sentence it came from" },
    {
      name: "quantity_text",
      type: "VARCHAR",
      notNull: true,
      description: "the quantity as written: 3万余名",
    },
    {
      name: "start_offset",
      type: "INTEGER",
      notNull: true,
      description: "offset of the quantity in the clean text (document_texts.text)",
    },
    { name: "end_offset", type: "INTEGER", notNull: true, description: "end offset (exclusive)" },
    { name: "parent_id", type: "INTEGER", description: "for a sub-count, the fact_id it is part of" },
    { name: "role", type: "VARCHAR", notNull: true, description: "figure, total or part" },
    { name: "flags", type: "VARCHAR[]", description: "checks that flagged it" },
    {
      name: "read_by",
      type: "VARCHAR",
      notNull: true,
      description: "how its page was read: text layer, or ocr (check the figure against the scan)",
    },
    {
      name: "as_of_source",
      type: "VARCHAR",
      description:
        "where as_of came from: sentence (stated there), paragraph, heading or title (carried), restated (the same figure dated elsewhere in the document), document (the document's date), mentioned (an undated document: the latest year its text speaks of), relative (an undated document whose sentence tells the year against its date, 去年底: no date) or none",
    },
    {
      name: "counted",
      type: "VARCHAR",
      description:
        "the counted noun (统计口径): 党组织, 党支部, 社会组织; figures are compared only when it agrees",
    },
  ],
};

export interface IngestLogRow {
  run_id: string;
  path: string;
  status: string;
  code: string | null;
  message: string | null;
  doc_id: string | null;
  logged_at: string;
}

export const ingestLog: TableSpec = {
  name: "ingest_log",
  description: "one row per file per ingest run: ingested, unchanged, failed or skipped, and why",
  columns: [
    { name: "run_id", type: "VARCHAR", notNull: true, description: "the run (ISO time it started)" },
    { name: "path", type: "VARCHAR", notNull: true, description: "file path" },
    {
      name: "status",
      type: "VARCHAR",
      notNull: true,
      description: "ingested, replaced, unchanged, failed, skipped",
    },
    { name: "code", type: "VARCHAR", description: "error code when failed or skipped: E_NO_TEXT_LAYER …" },
    { name: "message", type: "VARCHAR", description: "the reason, as printed" },
    { name: "doc_id", type: "VARCHAR", description: "documents.doc_id when ingested" },
    { name: "logged_at", type: "TIMESTAMP", notNull: true, description: "when" },
  ],
};

/** Tables in load order; per-document tables come after documents. */
export const TABLES: TableSpec[] = [
  documents,
  files,
  documentTextParts,
  pages,
  pageTextParts,
  furniture,
  sections,
  sentences,
  facts,
  sentenceLengths,
  ingestLog,
];

/** Tables whose rows belong to one document and are replaced with it. */
export const DOCUMENT_TABLES: TableSpec[] = [
  documentTextParts,
  pages,
  pageTextParts,
  furniture,
  sections,
  sentences,
  facts,
  sentenceLengths,
];

export function createTableSql(table: TableSpec, { temp = false } = {}): string {
  const columns = table.columns.map((c) => `  ${c.name} ${c.type}${c.notNull ? " NOT NULL" : ""}`);
  if (table.primaryKey) columns.push(`  PRIMARY KEY (${table.primaryKey.join(", ")})`);
  return `CREATE ${temp ? "TEMP " : ""}TABLE IF NOT EXISTS ${table.name} (\n${columns.join(",\n")}\n);`;
}

export function tablesDdl(): string {
  return [
    "CREATE TABLE IF NOT EXISTS civstat_meta (key VARCHAR PRIMARY KEY, value VARCHAR);",
    ...TABLES.map((table) => createTableSql(table)),
  ].join("\n");
}

export function viewsDdl(): string {
  return VIEWS.map((v) => `${v.sql};`).join("\n");
}
