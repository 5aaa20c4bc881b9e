// A row of the fact_points view with the quantity as the document wrote it: what drafts and series
// are made of.

export type Precision = "year" | "month" | "day";

/** One row of fact_points with the quantity as written (facts.quantity_text). */
export interface Point {
  metric: string;
  region: string | null;
  as_of: string;
  precision: Precision;
  /** YYYY-MM-DD: the last day of the period as_of names. */
  period_end: string;
  value: number;
  unit: string;
  qualifier: string;
  subject: string;
  quantity_text: string | null;
  doc_number: string | null;
  /** YYYY-MM-DD */
  issued: string | null;
  issuer: string | null;
  title: string | null;
  file: string;
  format: string;
  page: number | null;
  snippet: string;
  doc_id: string;
  fact_id: number;
  /** Where as_of came from (facts.as_of_source); null in a database made before it was recorded. */
  as_of_source: string | null;
  /** The counted noun (统计口径): figures are compared only when it agrees. */
  counted: string | null;
}
