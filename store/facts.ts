import type { Query } from "./bound.js";

export interface FactFilters {
  /** A catalogue key (social_org.total), or a family (social_org, social_org., social_org.*). */
  metric?: string;
  region?: string;
  /** A document's number, file name or the start of its id. */
  doc?: string;
  /** Only facts with a catalogue key. */
  core?: boolean;
}

/** Whether `--metric` names a family of keys rather than one key. */
const isFamily = (m: string) => m.endsWith(".") || !m.includes(".");

/** The facts matching the filters, with their document's number, file, date and kind. */
export function factsQuery(filters: FactFilters): Query {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filters.metric) {
    const m = filters.metric.replace(/\*$/, "");
    params.metric = m;
    if (isFamily(m)) {
      params.family = `${m.replace(/\.$/, "")}.`;
      where.push("(f.metric = $metric OR starts_with(f.metric, $family))");
    } else where.push("f.metric = $metric");
  }
  if (filters.region) {
    params.region = filters.region;
    where.push("f.region = $region");
  }
  if (filters.doc) {
    params.doc = filters.doc.replace(/\s+/g, "");
    where.push("(d.doc_number = $doc OR d.file = $doc OR starts_with(d.doc_id, $doc))");
  }
  if (filters.core) where.push("f.metric <> 'other'");
  const sql = `
    SELECT d.doc_number, d.file, f.metric, f.subject, f.value, f.unit, f.qualifier, f.as_of, f.region, f.page,
           f.snippet, f.max_value, f.quantity_text, f.role, f.parent_id, f.flags, f.doc_id, f.fact_id,
           strftime(d.issued, '%Y-%m-%d') AS issued, d.kind
    FROM facts f JOIN documents d USING (doc_id)
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY d.issued NULLS LAST, d.doc_number, d.format, d.file, f.fact_id`;
  return { sql, params };
}
