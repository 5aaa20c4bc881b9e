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

/** What the caller knows of a document better than its text says: its date (explain --date). */
export interface Known {
  issued?: string;
}

/** read → normalize → segment → extract → resolve: a raw document becomes its rows, with no I/O. */
export function processDocument(raw: RawDocument, known: Known = {}): Processed {
  const clean = normalize(raw);
  const meta = readMetadata(clean);
  const doc = segment(clean, known.issued ? { ...meta, issued: known.issued } : meta);
  const facts = extractFacts(doc);
  return { doc, facts, rows: toRows(doc, facts) };
}
