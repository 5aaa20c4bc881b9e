import { extractFacts } from "../../extractors/extract.js";
import type { RawDocument, SegmentedDocument } from "../../schemas/document.js";
import type { Fact } from "../../schemas/fact.js";
import { readMetadata } from "../metadata/metadata.js";
import { normalize } from "../normalize/normalize.js";
import { segment } from "../segment/segment.js";
import { type DocumentRows, toRows } from "./rows.js";

export interface Processed {
  doc: SegmentedDocument;
  facts: Fact[];
  rows: DocumentRows;
}

/** read → normalize → segment → extract → resolve: a raw document becomes its rows, with no I/O. */
export function processDocument(raw: RawDocument): Processed {
  const clean = normalize(raw);
  const doc = segment(clean, readMetadata(clean));
  const facts = extractFacts(doc);
  return { doc, facts, rows: toRows(doc, facts) };
}
