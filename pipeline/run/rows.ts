import { countedNoun } from "../../extractors/meaning/counted.js";
import type { PageSource, SegmentedDocument } from "../../schemas/document.js";
import type { Fact } from "../../schemas/fact.js";
import type { SentenceLengthRow } from "../../schemas/searchTables.js";
import type {
  DocumentRow,
  DocumentTextPartRow,
  FactRow,
  FurnitureRow,
  PageRow,
  PageTextPartRow,
  SectionRow,
  SentenceRow,
} from "../../schemas/tables.js";
import { PIPELINE_VERSION } from "../../schemas/version.js";
import { sentenceLength } from "../segment/textTokens.js";
import { documentTextParts, pageTextParts, textMd5 } from "./textParts.js";

const TEXT_LAYER: PageSource = "text layer";

/** The rows one document becomes, table by table. */
export interface DocumentRows {
  document: DocumentRow;
  textParts: DocumentTextPartRow[];
  pages: PageRow[];
  pageParts: PageTextPartRow[];
  furniture: FurnitureRow[];
  sections: SectionRow[];
  sentences: SentenceRow[];
  facts: FactRow[];
  /** The search index: each sentence's length in tokens. */
  sentenceLengths: SentenceLengthRow[];
}

export function toRows(doc: SegmentedDocument, facts: readonly Fact[]): DocumentRows {
  const { raw, meta } = doc;
  const docId = raw.sha256;
  const readBy = new Map(raw.pages.map((p) => [p.number, p.source ?? TEXT_LAYER]));
  return {
    document: {
      doc_id: docId,
      path: raw.path,
      file: raw.file,
      format: raw.format,
      bytes: raw.bytes,
      encoding: raw.encoding,
      page_count: raw.pages.length,
      doc_number: meta.docNumber,
      cited_numbers: meta.citedNumbers,
      issuer: meta.issuer,
      issued: meta.issued,
      title: meta.title,
      addressees: meta.addressees,
      kind: meta.kind,
      proposal_number: meta.proposalNumber,
      meeting: meta.meeting,
      contact_person: meta.contactPerson,
      contact_phone: meta.contactPhone,
      region: meta.region,
      period: meta.period,
      text_md5: textMd5(doc.text),
      warnings: [...new Set([...raw.warnings, ...doc.warnings])],
      pipeline_version: PIPELINE_VERSION,
    },
    textParts: documentTextParts(docId, doc.text, doc.original),
    pages: raw.pages.map((p) => ({ doc_id: docId, page: p.number ?? 0, read_by: p.source ?? TEXT_LAYER })),
    pageParts: raw.pages.flatMap((p) => pageTextParts(docId, p.number ?? 0, p.text)),
    furniture: doc.furniture.map((f) => ({ doc_id: docId, page: f.page, kind: f.kind, text: f.text })),
    sections: doc.sections.map((s) => ({
      doc_id: docId,
      section_id: s.id,
      parent_id: s.parent,
      level: s.level,
      marker: s.marker,
      title: s.title,
      start_offset: s.start,
      end_offset: s.end,
    })),
    sentences: doc.sentences.map((s) => ({
      doc_id: docId,
      sentence_id: s.id,
      section_id: s.section,
      page: s.page,
      start_offset: s.start,
      end_offset: s.end,
      kind: s.kind,
      text: s.text,
    })),
    facts: facts.map((f) => ({
      doc_id: docId,
      fact_id: f.id,
      sentence_id: f.sentenceId,
      metric: f.metric,
      subject: f.subject,
      value: f.value,
      max_value: f.max,
      unit: f.unit,
      qualifier: f.qualifier,
      as_of: f.asOf,
      region: f.region,
      page: f.page,
      snippet: f.snippet,
      quantity_text: f.quantityText,
      start_offset: f.start,
      end_offset: f.end,
      parent_id: f.parentId,
      role: f.role,
      flags: f.flags,
      read_by: readBy.get(f.page) ?? TEXT_LAYER,
      as_of_source: f.asOfSource,
      counted: countedNoun(f.subject),
    })),
    sentenceLengths: doc.sentences.map((s) => ({
      doc_id: docId,
      sentence_id: s.id,
      tokens: sentenceLength(s.text),
    })),
  };
}
