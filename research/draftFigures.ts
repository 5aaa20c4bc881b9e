// A series' figures in time order, from series_points, where the figures that disagree have already
// been settled by the one rule in SQL (store/series.ts). What is left to choose is presentation: one
// figure per as-of date (the latest-issued document's, when the same date is written twice with a
// different qualifier or unit), and a figure for a whole year or month left out when a more exact
// figure falls within it (766 for 2022 after 766 for 2022-06-30 adds nothing).

import type { Point, Precision } from "../schemas/point.js";

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Whether `wide`'s period holds `narrow`'s and is less exact: 2022 holds 2022-06-30. */
export function covers(wide: Point, narrow: Point): boolean {
  return RANK[wide.precision] < RANK[narrow.precision] && narrow.as_of.startsWith(`${wide.as_of}-`);
}

/** Later-issued documents first; then the lower page and fact id, for a stable choice. */
function preferred(a: Point, b: Point): number {
  return (
    (b.issued ?? "").localeCompare(a.issued ?? "") ||
    (a.page ?? 0) - (b.page ?? 0) ||
    a.doc_id.localeCompare(b.doc_id) ||
    a.fact_id - b.fact_id
  );
}

/**
 * The figures of one metric up to `asOf` (YYYY-MM-DD, inclusive, by period end), oldest first, one
 * per period, none covering another.
 */
export function series(points: readonly Point[], metric: string, asOf: string | null = null): Point[] {
  const byDate = new Map<string, Point>();
  for (const p of [...points].filter((p) => p.metric === metric).sort(preferred)) {
    if (asOf !== null && p.period_end > asOf) continue;
    if (!byDate.has(p.as_of)) byDate.set(p.as_of, p);
  }
  const kept = [...byDate.values()];
  return kept
    .filter((p) => !kept.some((q) => covers(p, q)))
    .sort((a, b) => a.period_end.localeCompare(b.period_end) || RANK[a.precision] - RANK[b.precision]);
}

/** The figure of `metric` for exactly this as-of date, if any. */
export function figureAt(points: readonly Point[], metric: string, asOf: string): Point | undefined {
  return [...points].filter((p) => p.metric === metric && p.as_of === asOf).sort(preferred)[0];
}
