import type { Qualifier } from "./quantity.js";

/** How a fact relates to the figures around it. */
export type FactRole = "figure" | "part" | "total";

/**
 * Where a fact's as-of date came from: stated in its sentence; carried from the paragraph, a heading
 * or the title; the document's own date; or nowhere.
 */
export type AsOfSource =
  | "sentence"
  | "paragraph"
  | "heading"
  | "title"
  /** The same figure stated with its date elsewhere in the document. */
  | "restated"
  | "document"
  /** An undated document: the latest year its text speaks of. */
  | "mentioned"
  /** An undated document whose sentence tells the year against the document's date (去年底): none. */
  | "relative"
  | "none";

/** One statistic as extracted from a sentence (docs/facts.md describes the JSON shape). */
export interface Fact {
  /** Position within its document, from 0. */
  id: number;
  sentenceId: number;
  metric: string;
  subject: string;
  value: number;
  /** Upper end of a range, else null. */
  max: number | null;
  unit: string;
  qualifier: Qualifier;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string | null;
  asOfSource: AsOfSource;
  region: string | null;
  page: number | null;
  snippet: string;
  /** The quantity as written: "3万余名". */
  quantityText: string;
  /** Offsets of the quantity in the document's clean text. */
  start: number;
  end: number;
  /** For a sub-count, the fact it is part of. */
  parentId: number | null;
  role: FactRole;
  /** Checks that flagged this fact (parts_exceed_total …). */
  flags: string[];
}
