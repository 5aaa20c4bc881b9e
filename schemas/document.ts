// The plain data that walks through the pipeline: read → normalize → segment → extract → resolve → load.

/** xls also covers WPS .et; doc also covers WPS .wps saved in Word 97 format. */
export type Format = "pdf" | "docx" | "doc" | "xlsx" | "xls" | "csv" | "txt" | "html";

/** How a page's text was had: the file's own text, or OCR of the page's image. */
export type PageSource = "text layer" | "ocr";

/**
 * One page of text as a reader returns it. Formats without pages (txt, docx, doc) have one page,
 * number null; a spreadsheet's sheets are its pages.
 */
export interface RawPage {
  number: number | null;
  text: string;
  /** Absent: the text layer. */
  source?: PageSource;
}

/** What a reader makes of one file's bytes. */
export interface RawDocument {
  path: string;
  file: string;
  format: Format;
  /** sha256 of the file's bytes, hex: the document's identity. */
  sha256: string;
  bytes: number;
  /** txt only: utf-8, utf-8-bom, gb18030. */
  encoding: string | null;
  pages: RawPage[];
  /** Oddities that did not stop reading (a lone replacement character, a skipped image …). */
  warnings: string[];
}

/** Page furniture removed from the body and kept as metadata. */
export interface Furniture {
  kind: "footer" | "header" | "page_marker";
  page: number | null;
  text: string;
}

/** Where one character of clean text came from. */
export interface SourceMap {
  /** page number per clean character (0 when the format has no pages). */
  page: Int32Array;
  /** offset in that page's raw text per clean character. */
  offset: Int32Array;
}

/** Kind of a line of clean text. */
export type LineKind = "paragraph" | "heading" | "table_row";

export interface Line {
  kind: LineKind;
  start: number;
  end: number;
}

/**
 * Clean text: paragraphs joined, spurious spaces gone, footers removed, full-width folded,
 * traditional characters simplified. Lines are separated by "\n"; table cells by "\t".
 * `text` and `original` have the same length and share `map`.
 */
export interface CleanDocument {
  raw: RawDocument;
  /** Simplified, cleaned text that later stages analyse. */
  text: string;
  /** The same clean text before traditional → simplified conversion. */
  original: string;
  map: SourceMap;
  lines: Line[];
  furniture: Furniture[];
  warnings: string[];
}

export type DocumentKind =
  | "npc_suggestion_reply"
  | "cppcc_proposal_reply"
  | "policy"
  | "statistical_report"
  | "other";

export interface DocumentMeta {
  /** The document's own number as printed, spaces removed: 福民函〔2024〕25号. */
  docNumber: string | null;
  /** Numbers the document cites (中办发〔2016〕46号 …). */
  citedNumbers: string[];
  issuer: string | null;
  /** YYYY-MM-DD of the dated signature. */
  issued: string | null;
  title: string | null;
  addressees: string[];
  kind: DocumentKind;
  /** Number of the suggestion or proposal answered: 20240061, 2023179. */
  proposalNumber: string | null;
  /** The meeting it was raised at: 政协六届三次会议. */
  meeting: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  /** The issuer's region: 福田区, 深圳市, 福建省. */
  region: string | null;
  /** The year a bulletin, summary or report covers (2023年民政事业发展统计公报 → 2023), else null. */
  period: string | null;
}

export interface Section {
  id: number;
  parent: number | null;
  level: number;
  /** 一、 （一） 1. 附件 … */
  marker: string;
  title: string;
  start: number;
  end: number;
}

export interface Sentence {
  id: number;
  section: number | null;
  page: number | null;
  start: number;
  end: number;
  kind: LineKind;
  text: string;
}

export interface SegmentedDocument extends CleanDocument {
  meta: DocumentMeta;
  sections: Section[];
  sentences: Sentence[];
}
