// Clean text with a source map: markup stripped, full width folded, spurious spaces removed, page
// furniture set aside, hard-wrapped lines joined into paragraphs, traditional characters simplified.

import { fold } from "../../schemas/basics/fold.js";
import type { Mapped } from "../../schemas/basics/mapped.js";
import { simplify } from "../../schemas/basics/simplify.js";
import type { CleanDocument, Line, RawDocument, SourceMap } from "../../schemas/document.js";
import { acrossPages, backOnPages } from "./acrossPages.js";
import { blankLinesSeparate, markBlankLines } from "./blankLines.js";
import { commentsStart, linkLists } from "./comments.js";
import { isDebris } from "./debris.js";
import { foldDecimalStops } from "./decimalMarks.js";
import { unifyDocNumbers } from "./docNumber.js";
import { dropDoubledMarks } from "./doubledMarks.js";
import { removeFurniture } from "./furniture.js";
import { gluedTableRows, ungluedRow } from "./gluedRows.js";
import { dropInserts } from "./inserts.js";
import { dropJammer } from "./jammer.js";
import { joinLines, type Paragraph, usesIndentation } from "./join.js";
import { lineKind } from "./lineKind.js";
import { fullLineWidth } from "./lineWidth.js";
import { type EntityDecoding, stripMarkup } from "./markup.js";
import { foldNumeralYears } from "./numeralYears.js";
import { dropPinyin, dropPinyinLines } from "./pinyin.js";
import { restoreSwappedPinyin } from "./pinyinSwap.js";
import { isPipeHeader } from "./pipeRows.js";
import { type Folded, rejoinCells, rejoinGlossRows, rejoinStackedHeaders } from "./rejoinRows.js";
import { dropRepeatedLines, repeatsParagraph } from "./repeats.js";
import { type SourceLine, sourcePages } from "./sourceLines.js";
import { spacedTableRows, tabulate } from "./spacedRows.js";
import { fixSpacing } from "./spacing.js";
import { splitLetterParts } from "./split.js";

function foldLine(line: SourceLine, entities: EntityDecoding): Folded {
  const unmarked = stripMarkup(line.text, { entities });
  const text = foldNumeralYears(
    dropDoubledMarks(dropInserts(dropJammer(restoreSwappedPinyin(fold(dropPinyin(unmarked.text)))))),
  );
  return { line, text, heading: unmarked.heading };
}

/** One folded line made clean, or nothing when it is web-page debris. */
function cleanLine({ line, text: folded, heading }: Folded, row: "spaced" | "glued" | null): SourceLine[] {
  const cells = row === "spaced" ? tabulate(folded) : row === "glued" ? ungluedRow(folded) : folded;
  const spaced = fixSpacing(unifyDocNumbers(cells));
  const plain = simplify(spaced.text.text);
  if (isDebris(spaced.text.text, plain)) return [];
  const { text, width, indent } = spaced;
  return [{ ...line, text, plain, heading, width, indent }];
}

interface Assembled {
  text: string;
  map: SourceMap;
  lines: Line[];
  headings: boolean[];
}

/** Paragraphs one a line, separated by "\n" (mapped to the last character of the line it ends). */
function assemble(paragraphs: Paragraph[]): Assembled {
  const length = paragraphs.reduce((n, paragraph, i) => n + paragraph.text.text.length + (i > 0 ? 1 : 0), 0);
  const map = { page: new Int32Array(length), offset: new Int32Array(length) };
  const lines: Line[] = [];
  const headings: boolean[] = [];
  let at = 0;
  const put = (src: Mapped, i: number) => {
    map.page[at] = src.page[i] ?? 0;
    map.offset[at] = src.offset[i] ?? 0;
    at++;
  };
  paragraphs.forEach((paragraph, i) => {
    const previous = paragraphs[i - 1]?.text;
    if (previous) put(previous, previous.text.length - 1);
    const start = at;
    for (let k = 0; k < paragraph.text.text.length; k++) put(paragraph.text, k);
    lines.push({ kind: "paragraph", start, end: at });
    headings.push(paragraph.heading);
  });
  return { text: paragraphs.map((paragraph) => paragraph.text.text).join("\n"), map, lines, headings };
}

export function normalize(raw: RawDocument): CleanDocument {
  const paged = raw.pages.some((page) => page.number !== null);
  // A text file is text: its entities are what was typed, but for the spaces and quotes a page it was
  // saved from left. Markup converted to lines may leave any.
  const entities = raw.format === "txt" ? "typographic" : "all";
  const folded = sourcePages(raw).map((page) => ({
    number: page.number,
    lines: page.lines.map((line) => foldLine(line, entities)),
  }));
  const { body: run, pageNumbers, places } = acrossPages(folded, paged);
  const article = rejoinStackedHeaders(rejoinGlossRows(rejoinCells(run)));
  // The readers' comments under an article say nothing the page reports.
  // Nor do the titles of other articles a page lists under 推荐阅读 or 相关文章.
  const kept = article.slice(0, commentsStart(article.map((line) => line.text.text)));
  const links = linkLists(kept.map((line) => line.text.text));
  const rows = kept.filter((_, i) => !links[i]);
  const texts = rows.map((line) => line.text.text);
  const spacedRows = spacedTableRows(texts);
  const gluedRows = gluedTableRows(texts);
  const rowKind = (i: number) => (spacedRows[i] ? "spaced" : gluedRows[i] ? "glued" : null);
  const placed = (line: Folded, row: "spaced" | "glued" | null) => {
    const place = places.get(line.line) ?? { at: 0, page: 0 };
    return cleanLine(line, row).map((clean) => ({ line: clean, place }));
  };
  const pages = backOnPages(folded, [
    ...rows.flatMap((line, i) => placed(line, rowKind(i))),
    ...pageNumbers.flatMap((line) => placed(line, null)),
  ]);
  const { pages: body, furniture } = removeFurniture(pages, paged);
  // A line said twice in a row (a photo's caption under its alt text) is said once.
  const lines = dropPinyinLines(dropRepeatedLines(markBlankLines(body.flatMap((page) => page.lines))));
  const width = fullLineWidth(lines.filter((line) => !line.plain.includes("\t")).map((line) => line.width));
  const options = { width, indents: usesIndentation(lines), blankLines: blankLinesSeparate(lines) };
  // A pinyin gloss the line's end cut (聯(li / án)系) is whole once the lines are joined, and so is a
  // decimal stop whose fraction the line's end parted from its 万 (65。8⏎万个).
  const unglossed = joinLines(lines, options, raw.format !== "docx").map((p) => ({
    ...p,
    text: foldDecimalStops(dropPinyin(p.text)),
  }));
  // The same article twice on one page (in either script) gives its figures once.
  const repeated = repeatsParagraph(unglossed.map((p) => simplify(p.text.text)));
  const joined = unglossed.filter((_, i) => !repeated[i]);
  const paragraphs = splitLetterParts(joined);
  const { text: original, map, lines: spans, headings } = assemble(paragraphs);
  const text = simplify(original);
  const kinds = spans.map((span, i) => ({
    ...span,
    kind: lineKind(text.slice(span.start, span.end), headings[i] ?? false),
  }));
  // 指标 | 2022年 | 2023年 over 社会组织 | 1200 | 1300: a line of words heads the pipe rows under it.
  kinds.forEach((line, i) => {
    const next = kinds[i + 1];
    if (
      line.kind !== "table_row" &&
      next?.kind === "table_row" &&
      isPipeHeader(text.slice(line.start, line.end), text.slice(next.start, next.end))
    ) {
      line.kind = "table_row";
    }
  });
  const warnings = [...raw.warnings];
  if (text === "") warnings.push("no text left after cleaning");
  return {
    raw,
    text,
    original,
    map,
    lines: kinds,
    furniture,
    warnings,
  };
}
