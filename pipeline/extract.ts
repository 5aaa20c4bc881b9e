import type { SegmentedDocument } from "../schemas/document.js";
import type { Fact } from "../schemas/fact.js";

/** Every statistic in a document's sentences (filled by the extraction stage). */
export function extractFacts(_doc: SegmentedDocument): Fact[] {
  return [];
}
