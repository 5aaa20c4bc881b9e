import type { DuckDBConnection } from "@duckdb/node-api";
import { type Query, queryRows, queryScalar } from "./bound.js";

export interface FactFilters {
  /** A catalogue key (social_org.total), or a family (social_org, social_org., social_org.*). */
  metric?: string;
  region?: string;
  /** A document's number, file name or the start of its id. */
  doc?: string;
  /** Only facts with a catalogue key. */
  core?: boolean;
  /** One row per file rather than one per document. */
  allFiles?: boolean;
}

/** Whether `--metric` names a family of keys rather than one key. */
const isFamily = (m: string) => m.endsWith(".") || !m.includes(".");

/**
 * The condition that `column` is the key --metric names, or one of its family's keys; binds
 * $metric and $family into `params`.
 */
export function metricCondition(metric: string, column: string, params: Record<string, string>): string {
  const m = metric.replace(/\*$/, "");
  params.metric = m;
  if (!isFamily(m)) return `${column} = $metric`;
  params.family = `${m.replace(/\.$/, "")}.`;
  return `(${column} = $metric OR starts_with(${column}, $family))`;
}

/** A row `c` of document_copies named by $doc: its number, its file's name, or the start of its id. */
export const NAMED_DOCUMENT = "c.doc_number = $doc OR c.file = $doc OR starts_with(c.doc_id, $doc)";

/** The facts matching the filters, with their document's number, file, date and kind. */
export function factsQuery(filters: FactFilters): Query {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filters.metric) where.push(metricCondition(filters.metric, "f.metric", params));
  if (filters.region) {
    params.region = filters.region;
    where.push("f.region = $region");
  }
  if (filters.doc) {
    params.doc = filters.doc.replace(/\s+/g, "");
    // A document is named by its number or any of its files: all its copies count; with
    // --all-files, a file name means that file only.
    const named = NAMED_DOCUMENT;
    where.push(
      filters.allFiles
        ? `f.doc_id IN (SELECT c.doc_id FROM document_copies c WHERE ${named})`
        : `f.doc_key IN (SELECT c.doc_key FROM document_copies c WHERE ${named})`,
    );
  }
  if (filters.core) where.push("f.metric <> 'other'");
  // Each figure once per document, from its best copy; or, with --all-files, once per file.
  const from = filters.allFiles
    ? `(SELECT f.*, c.doc_key, c.doc_number, c.file, c.format, coalesce(c.doc_number, c.file) AS cite
        FROM facts f JOIN document_copies c USING (doc_id)) f`
    : "document_facts f";
  const sql = `
    SELECT f.doc_number, f.file, f.metric, f.subject, f.value, f.unit, f.qualifier, f.as_of, f.region, f.page,
           f.snippet, f.read_by, f.max_value, f.quantity_text, f.role, f.parent_id, f.flags, f.doc_id, f.fact_id,
           strftime(d.issued, '%Y-%m-%d') AS issued, d.kind, f.cite AS document,
           substr(f.doc_id, 1, 8) || ':' || f.fact_id AS id
    FROM ${from} JOIN documents d USING (doc_id)
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY d.issued NULLS LAST, f.doc_key, f.format, f.file, f.fact_id`;
  return { sql, params };
}

/** The values a filter can take in this database: metrics, regions, or document numbers and file names. */
export async function filterValues(
  connection: DuckDBConnection,
  filter: "metric" | "region" | "doc",
): Promise<string[]> {
  const sql = {
    metric: "SELECT DISTINCT metric AS name FROM facts",
    region: "SELECT DISTINCT region AS name FROM facts WHERE region IS NOT NULL",
    doc: "SELECT DISTINCT doc_number AS name FROM documents WHERE doc_number IS NOT NULL UNION SELECT file FROM documents",
  }[filter];
  return (await queryRows(connection, { sql })).map((r) => String(r.name));
}

/** Whether a document number, file name or start of a doc_id names a document here. */
export async function documentExists(connection: DuckDBConnection, doc: string): Promise<boolean> {
  const n = await queryScalar(connection, {
    sql: "SELECT count(*) FROM documents WHERE doc_number = $doc OR file = $doc OR starts_with(doc_id, $doc)",
    params: { doc: doc.replace(/\s+/g, "") },
  });
  return Number(n) > 0;
}

/** The file a fact came from, by its id (the start of its document's id, a colon, its position). */
export async function factOrigin(
  connection: DuckDBConnection,
  id: string,
): Promise<{ path: string; file: string; factId: number } | null> {
  const m = /^([0-9a-f]{4,64}):(\d+)$/.exec(id.trim());
  if (!m?.[1] || !m[2]) return null;
  const rows = await queryRows(connection, {
    sql: `SELECT d.path, d.file FROM facts f JOIN documents d USING (doc_id)
          WHERE starts_with(f.doc_id, $doc) AND f.fact_id = $fact LIMIT 2`,
    params: { doc: m[1], fact: Number(m[2]) },
  });
  const [row] = rows;
  return row && rows.length === 1
    ? { path: String(row.path), file: String(row.file), factId: Number(m[2]) }
    : null;
}
