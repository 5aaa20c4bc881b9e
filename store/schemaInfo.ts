// What the database holds, relation by relation: civstat's own tables and views with the meaning of
// each column (from schemas/), and whatever else someone created in it, with its types.

import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableSpec } from "../schemas/tables.js";
import { VIEWS } from "../schemas/views.js";
import { sqlIdentifier } from "./sqlName.js";

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  description: string;
}

export interface RelationInfo {
  name: string;
  kind: "table" | "view";
  description: string;
  /** Row count; null when not counted. */
  rows: number | null;
  columns: ColumnInfo[];
  /** Columns the specs name that this database lacks (made by an older civstat). */
  missing: string[];
}

const META_DESCRIPTION =
  "civstat's own settings: schema_version, and views (a digest of the views' definitions)";

/** Columns the views compute, which no table has. */
const VIEW_COLUMNS: Record<string, string> = {
  precision: "how exact as_of is: year, month or day",
  period_end: "last day of the period as_of names (2022 → 2022-12-31)",
  source_key: "doc_key: one source however many files hold it",
  doc_key:
    "the document a file is a copy of: its number and issuer, or a hash of its clean text when it has no number",
  form_rank: "how good a copy is to cite: 0 a PDF with pages, 1 DOCX, 2 text, 3 other",
  copy_rank: "1 for the copy a document is cited by, then the others in order",
  copies: "how many distinct files hold the document",
  cite: "how the document is cited: its number, or its best file's name when it has none",
  other_cite: "the other figure's document number, or file when it has none",
  other_doc_id: "the other figure's file (documents.doc_id)",
  other_fact_id: "the other figure's fact_id",
  other_counted: "the other figure's counted noun",
  other_qualifier: "the other figure's qualifier",
  other_as_of: "the other figure's as_of",
  other_value: "the other figure's value",
  other_doc_number: "the other figure's document number",
  other_page: "the other figure's page",
  other_snippet: "the other figure's sentence",
};

/** The views select from facts, then documents: a column they share takes its meaning from there. */
const VIEW_SOURCES = ["facts", "documents"];

/** A view column's meaning: its own, or that of the table column of the same name it comes from. */
function viewColumnDescription(name: string): string {
  if (VIEW_COLUMNS[name]) return VIEW_COLUMNS[name];
  for (const source of VIEW_SOURCES) {
    const column = TABLES.find((t) => t.name === source)?.columns.find((c) => c.name === name);
    if (column) return column.description;
  }
  return "";
}

interface DbColumn {
  table: string;
  kind: "table" | "view";
  name: string;
  type: string;
  notNull: boolean;
}

async function databaseColumns(connection: DuckDBConnection): Promise<DbColumn[]> {
  const reader = await connection.runAndReadAll(`
    SELECT c.table_name, t.table_type, c.column_name, c.data_type, c.is_nullable
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
    WHERE c.table_schema = 'main' AND c.table_catalog = current_database()
    ORDER BY c.table_name, c.ordinal_position`);
  return reader.getRows().map((r) => ({
    table: String(r[0]),
    kind: r[1] === "VIEW" ? "view" : "table",
    name: String(r[2]),
    type: String(r[3]),
    notNull: r[4] === "NO",
  }));
}

/** Every relation of the database: civstat's tables in load order, its views, then the others by name. */
export async function describeSchema(
  connection: DuckDBConnection,
  { counts = true }: { counts?: boolean } = {},
): Promise<RelationInfo[]> {
  const columns = await databaseColumns(connection);
  const names = [...new Set(columns.map((c) => c.table))];
  const specs = new Map<string, TableSpec>(TABLES.map((t) => [t.name, t]));
  const views = new Map(VIEWS.map((v) => [v.name, v]));
  const order = [
    ...TABLES.map((t) => t.name),
    ...VIEWS.map((v) => v.name),
    "civstat_meta",
    ...names.filter((n) => !specs.has(n) && !views.has(n) && n !== "civstat_meta").sort(),
  ].filter((n) => names.includes(n));
  const relations: RelationInfo[] = [];
  for (const name of order) {
    const own = columns.filter((c) => c.table === name);
    const spec = specs.get(name);
    const kind = own[0]?.kind ?? "table";
    const describe = (c: DbColumn): string => {
      if (spec) return spec.columns.find((s) => s.name === c.name)?.description ?? "";
      const view = views.get(name);
      if (view) return view.columns?.[c.name] ?? viewColumnDescription(c.name);
      if (name === "civstat_meta") return c.name === "key" ? "setting" : "its value";
      return "";
    };
    let rows: number | null = null;
    if (counts) {
      // A view over columns an older database lacks cannot be counted; it is listed all the same.
      const reader = await connection
        .runAndReadAll(`SELECT count(*) FROM ${sqlIdentifier(name)}`)
        .catch(() => null);
      rows = reader ? Number(reader.getRows()[0]?.[0] ?? 0) : null;
    }
    relations.push({
      name,
      kind,
      description:
        spec?.description ??
        views.get(name)?.description ??
        (name === "civstat_meta" ? META_DESCRIPTION : ""),
      rows,
      columns: own.map((c) => ({ name: c.name, type: c.type, notNull: c.notNull, description: describe(c) })),
      missing: spec ? spec.columns.map((s) => s.name).filter((n) => !own.some((c) => c.name === n)) : [],
    });
  }
  return relations;
}
