import type {
  CleanDocument,
  DocumentMeta,
  Line,
  Section,
  SegmentedDocument,
  Sentence,
} from "../../schemas/document.js";
import { headingOf } from "./headings.js";

/**
 * An ASCII "." ending a Chinese sentence (社区.截至…, 增长7.4%.市本级…), not a decimal point or an
 * abbreviation.
 */
function asciiFullStop(text: string, i: number): boolean {
  return (
    text[i] === "." &&
    /[\u4e00-\u9fa5）)”%‰]/.test(text[i - 1] ?? "") &&
    !/[\d.a-zA-Z]/.test(text[i + 1] ?? "")
  );
}

/** Sentence ends: 。！？ and their ASCII forms, not inside brackets or quotes. */
function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i] ?? "";
    if ("（(《“【".includes(c)) depth++;
    else if ("）)》”】".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ("。！？!?".includes(c) || asciiFullStop(text, i))) {
      let stop = i + 1;
      while (stop < end && "”’）)".includes(text[stop] ?? "")) stop++;
      spans.push([from, stop]);
      from = stop;
      i = stop - 1;
    }
  }
  if (from < end) spans.push([from, end]);
  return spans
    .map(([a, b]): [number, number] => {
      while (a < b && /\s/.test(text[a] ?? "")) a++;
      while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
}

/** Builds the section tree from headings and splits lines into sentences with section and page. */
export function segment(doc: CleanDocument, meta: DocumentMeta): SegmentedDocument {
  const { text, map } = doc;
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const stack: Section[] = [];
  const pageAt = (offset: number) => {
    const page = map.page[offset] ?? 0;
    return page === 0 ? null : page;
  };
  const closeUntil = (level: number, at: number) => {
    while (stack.length && (stack.at(-1)?.level ?? 0) >= level) {
      const done = stack.pop();
      if (done) done.end = at;
    }
  };
  const lines: Line[] = doc.lines;
  for (const line of lines) {
    const heading = line.kind === "table_row" ? null : headingOf(text.slice(line.start, line.end), line.kind);
    if (heading) {
      closeUntil(heading.level, line.start);
      const section: Section = {
        id: sections.length,
        parent: stack.at(-1)?.id ?? null,
        level: heading.level,
        marker: heading.marker,
        title: heading.title,
        start: line.start,
        end: text.length,
      };
      sections.push(section);
      stack.push(section);
    }
    const section = stack.at(-1)?.id ?? null;
    const spans: Array<[number, number]> =
      line.kind === "paragraph" ? sentenceSpans(text, line.start, line.end) : [[line.start, line.end]];
    for (const [start, end] of spans) {
      const kind =
        line.kind === "paragraph" &&
        heading &&
        start === line.start &&
        !/[。！？]/.test(text.slice(start, end))
          ? "heading"
          : line.kind;
      sentences.push({
        id: sentences.length,
        section,
        page: pageAt(start),
        start,
        end,
        kind,
        text: text.slice(start, end),
      });
    }
  }
  closeUntil(0, text.length);
  return { ...doc, meta, sections, sentences };
}
