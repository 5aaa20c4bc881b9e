// A document's whole text is stored in parts. DuckDB reads and writes a column 2,048 rows at a
// time: with one row a document, each such read (a checkpoint's above all) held 2,048 documents'
// texts at once, and ingest's memory grew with the corpus.

import { createHash } from "node:crypto";
import type { DocumentTextPartRow, PageTextPartRow } from "../../schemas/tables.js";

/** The most UTF-16 code units a part holds. */
export const TEXT_PART_LENGTH = 1000;

const isHighSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
};

/**
 * Where texts read side by side (the clean text and its original, of the same length) are cut: the
 * ends of the parts, in order, at most `size` apart, never inside a surrogate pair of any of them.
 * Always at least one part, so an empty text has a row too.
 */
export function partEnds(texts: readonly string[], size = TEXT_PART_LENGTH): number[] {
  const length = Math.max(0, ...texts.map((t) => t.length));
  const ends: number[] = [];
  let start = 0;
  do {
    let end = Math.min(start + size, length);
    if (end < length && texts.some((t) => isHighSurrogate(t, end - 1))) end -= 1;
    ends.push(end);
    start = end;
  } while (start < length);
  return ends;
}

/** `text` cut at `ends`. */
const cut = (text: string, ends: readonly number[]) =>
  ends.map((end, i) => text.slice(ends[i - 1] ?? 0, end));

/** A document's clean text in parts; a part's original only where it differs from the clean text. */
export function documentTextParts(docId: string, text: string, original: string): DocumentTextPartRow[] {
  const ends = partEnds([text, original]);
  const originals = cut(original, ends);
  return cut(text, ends).map((part, i) => ({
    doc_id: docId,
    part: i,
    text: part,
    original: originals[i] === part ? null : (originals[i] ?? ""),
  }));
}

/** A page's raw text in parts. */
export function pageTextParts(docId: string, page: number, text: string): PageTextPartRow[] {
  return cut(text, partEnds([text])).map((part, i) => ({ doc_id: docId, page, part: i, text: part }));
}

/**
 * The clean text's md5 with spaces, tabs and line breaks left out (the characters the database's
 * `\s` matches), as hex: files whose text is the same are copies of one document.
 */
export const textMd5 = (text: string): string =>
  createHash("md5")
    .update(text.replace(/[\t\n\f\r ]+/g, ""))
    .digest("hex");
