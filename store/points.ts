import type { DuckDBConnection } from "@duckdb/node-api";
import type { Point, Precision } from "../schemas/point.js";
import { queryRows } from "./bound.js";
import { defineSeriesViews } from "./series.js";

/**
 * The series points (store/series.ts: disagreements settled) of these metrics for a region, with each
 * quantity as the document wrote it.
 */
export async function loadPoints(
  connection: DuckDBConnection,
  region: string,
  metrics: readonly string[],
): Promise<Point[]> {
  if (metrics.length === 0) return [];
  await defineSeriesViews(connection);
  const rows = await queryRows(connection, {
    sql: `
    SELECT p.metric, p.region, p.as_of, p.precision, strftime(p.period_end, '%Y-%m-%d') AS period_end,
           p.value, p.unit, p.qualifier, p.subject, f.quantity_text, p.doc_number,
           strftime(p.issued, '%Y-%m-%d') AS issued, p.issuer, p.title, p.file, p.format, p.page, p.snippet,
           p.doc_id, p.fact_id, p.as_of_source, p.counted
    FROM series_points p JOIN facts f USING (doc_id, fact_id)
    WHERE p.region = $region AND list_contains($metrics, p.metric)
    ORDER BY p.metric, p.period_end, p.doc_number, p.fact_id`,
    params: { region, metrics },
  });
  return rows.map((r) => ({
    metric: String(r.metric),
    region: (r.region as string | null) ?? null,
    as_of: String(r.as_of),
    precision: r.precision as Precision,
    period_end: String(r.period_end),
    value: Number(r.value),
    unit: String(r.unit),
    qualifier: String(r.qualifier),
    subject: String(r.subject),
    quantity_text: (r.quantity_text as string | null) ?? null,
    doc_number: (r.doc_number as string | null) ?? null,
    issued: (r.issued as string | null) ?? null,
    issuer: (r.issuer as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    file: String(r.file),
    format: String(r.format),
    page: r.page === null || r.page === undefined || Number(r.page) === 0 ? null : Number(r.page),
    snippet: String(r.snippet),
    doc_id: String(r.doc_id),
    fact_id: Number(r.fact_id),
    as_of_source: (r.as_of_source as string | null) ?? null,
    counted: (r.counted as string | null) ?? null,
  }));
}

/** Every region that has dated figures, by name. */
export async function knownRegions(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows(connection, {
    sql: "SELECT DISTINCT region FROM fact_points WHERE region IS NOT NULL ORDER BY 1",
    params: {},
  });
  return rows.map((r) => String(r.region));
}

/** The regions that have figures for any of these metrics, by name. */
export async function regionsWith(
  connection: DuckDBConnection,
  metrics: readonly string[],
): Promise<string[]> {
  const rows = await queryRows(connection, {
    sql: "SELECT DISTINCT region FROM fact_points WHERE region IS NOT NULL AND list_contains($metrics, metric) ORDER BY 1",
    params: { metrics },
  });
  return rows.map((r) => String(r.region));
}
