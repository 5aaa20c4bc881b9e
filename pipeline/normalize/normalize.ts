// Clean text with a source map: markup stripped, full width folded, spurious spaces removed, page
// furniture set aside, hard-wrapped lines joined into paragraphs, traditional characters simplified.

import { fold } from "../../schemas/basics/fold.js";
import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";
import { simplify } from "../../schemas/basics/simplify.js";
import type { CleanDocument, Line, RawDocument, SourceMap } from "../../schemas/document.js";
import { blankLinesSeparate, markBlankLines } from "./blankLines.js";
import { cellLineRows } from "./cellLines.js";
import { isDebris } from "./debris.js";
import { unifyDocNumbers } from "./docNumber.js";
import { removeFurniture } from "./furniture.js";
import { glossCellRuns } from "./glossCells.js";
import { glossRow, glossRows, type Piece } from "./glossRows.js";
import { gluedTableRows, ungluedRow } from "./gluedRows.js";
import { joinLines, type Paragraph, usesIndentation } from "./join.js";
import { lineKind } from "./lineKind.js";
import { fullLineWidth } from "./lineWidth.js";
import { stripMarkup } from "./markup.js";
import { dropPinyin } from "./pinyin.js";
import { type SourceLine, sourcePages } from "./sourceLines.js";
import { spacedTableRows, tabulate } from "./spacedRows.js";
import { fixSpacing } from "./spacing.js";
import { splitLetterParts } from "./split.js";
import { stackedHeaders } from "./stackedHeader.js";

/** A raw line with its markup stripped and its characters folded: what table rows are told by. */
interface Folded {
  line: SourceLine;
  text: Mapped;
  heading: boolean;
}

function foldLine(line: SourceLine, entities: boolean): Folded {
  const unmarked = stripMarkup(line.text, { entities });
  return { line, text: fold(dropPinyin(unmarked.text)), heading: unmarked.heading };
}

/** Lines that each held one cell of a table, put back on one line a row with tabs between cells. */
function rejoinCells(folded: Folded[]): Folded[] {
  const groups = cellLineRows(folded.map((f) => f.text.text));
  if (groups.length === 0) return folded;
  const firstOf = new Map(groups.map((g) => [g[0] as number, g]));
  const inside = new Set<number>();
  for (const g of groups) for (let i = g[0] as number; i <= (g.at(-1) as number); i++) inside.add(i);
  // Blank lines between the rows of one table go too.
  for (let i = 1; i < folded.length; i++) {
    if (folded[i]?.text.text.trim() === "" && inside.has(i - 1) && firstOf.has(i + 1)) inside.add(i);
  }
  return folded.flatMap((f, i) => {
    const group = firstOf.get(i);
    if (!group) return inside.has(i) ? [] : [f];
    const out = new MappedBuilder();
    group.forEach((index, j) => {
      const cell = (folded[index] as Folded).text;
      const start = cell.text.search(/\S/);
      const end = cell.text.trimEnd().length;
      if (j > 0) out.from(cell, start, "\t");
      out.slice(cell, start, end);
    });
    return [{ ...f, text: out.build(), heading: false }];
  });
}

/** A bilingual table given one cell a line: its cells regrouped into the lines it has when printed. */
function regroupGlossCells(folded: Folded[]): Folded[] {
  const runs = glossCellRuns(folded.map((f) => f.text.text)).filter(
    (run) =>
      glossRows(run.lines.map((cells) => cells.map((c) => cellText(folded, c)).join("\t"))).rows.size > 0,
  );
  if (runs.length === 0) return folded;
  const out: Folded[] = [];
  let at = 0;
  for (const run of runs) {
    out.push(...folded.slice(at, run.from));
    for (const cells of run.lines) {
      const first = folded[cells[0]?.line ?? run.from] as Folded;
      const text = new MappedBuilder();
      cells.forEach((c, j) => {
        const src = (folded[c.line] as Folded).text;
        if (j > 0) text.from(src, c.start, "\t");
        text.slice(src, c.start, c.end);
      });
      out.push({ ...first, text: text.build(), heading: false });
    }
    at = run.to + 1;
  }
  return [...out, ...folded.slice(at)];
}

const cellText = (folded: readonly Folded[], c: Piece) =>
  folded[c.line]?.text.text.slice(c.start, c.end) ?? "";

/** Rows of a bilingual table (label, English gloss, figures) put on one line each with tabs between cells. */
function rejoinGlossRows(cellLines: Folded[]): Folded[] {
  const folded = regroupGlossCells(cellLines);
  const { rows, taken } = glossRows(folded.map((f) => f.text.text));
  if (rows.size === 0) return folded;
  const texts = folded.map((f) => f.text);
  return folded.flatMap((f, i) => {
    const cells = rows.get(i);
    if (cells) return [{ ...f, text: glossRow(texts, cells), heading: false }];
    return taken.has(i) ? [] : [f];
  });
}

/** A header of column groups given one a line (names, units wrapped) over a line of years: two tab rows. */
function rejoinStackedHeaders(folded: Folded[]): Folded[] {
  const headers = stackedHeaders(folded.map((f) => f.text.text));
  if (headers.length === 0) return folded;
  const texts = folded.map((f) => f.text);
  const rows = new Map<number, Mapped>();
  const taken = new Set<number>();
  for (const h of headers) {
    rows.set(
      h.from,
      glossRow(
        texts,
        h.groups.map((pieces) => ({ pieces, spaced: false })),
      ),
    );
    rows.set(
      h.years,
      glossRow(
        texts,
        h.columns.map((p) => ({ pieces: [p], spaced: false })),
      ),
    );
    for (let i = h.from + 1; i < h.years; i++) taken.add(i);
  }
  return folded.flatMap((f, i) => {
    const text = rows.get(i);
    if (text) return [{ ...f, text, heading: false }];
    return taken.has(i) ? [] : [f];
  });
}

/** One folded line made clean, or nothing when it is web-page debris. */
function cleanLine({ line, text: folded, heading }: Folded, row: "spaced" | "glued" | null): SourceLine[] {
  const cells = row === "spaced" ? tabulate(folded) : row === "glued" ? ungluedRow(folded) : folded;
  const spaced = fixSpacing(unifyDocNumbers(cells));
  if (isDebris(spaced.text.text)) return [];
  const plain = simplify(spaced.text.text);
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
  // A text file is text: its entities are what was typed. Markup converted to lines may leave some.
  const entities = raw.format !== "txt";
  const pages = sourcePages(raw).map((page) => {
    const folded = rejoinStackedHeaders(
      rejoinGlossRows(rejoinCells(page.lines.map((line) => foldLine(line, entities)))),
    );
    const texts = folded.map((line) => line.text.text);
    const spacedRows = spacedTableRows(texts);
    const gluedRows = gluedTableRows(texts);
    const rowKind = (i: number) => (spacedRows[i] ? "spaced" : gluedRows[i] ? "glued" : null);
    return { ...page, lines: folded.flatMap((line, i) => cleanLine(line, rowKind(i))) };
  });
  const { pages: body, furniture } = removeFurniture(pages, paged);
  const lines = markBlankLines(body.flatMap((page) => page.lines));
  const width = fullLineWidth(lines.filter((line) => !line.plain.includes("\t")).map((line) => line.width));
  const options = { width, indents: usesIndentation(lines), blankLines: blankLinesSeparate(lines) };
  const paragraphs = splitLetterParts(joinLines(lines, options, raw.format !== "docx"));
  const { text: original, map, lines: spans, headings } = assemble(paragraphs);
  const text = simplify(original);
  const kinds = spans.map((span, i) => ({
    ...span,
    kind: lineKind(text.slice(span.start, span.end), headings[i] ?? false),
  }));
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
