// A yearbook header whose column groups came out one a line, each with its unit wrapped onto the
// next (社会团体数 / (个) / 民办非企业单位数 / (个)), over a line of the same years under every group
// (2022 2023 2022 2023) and rows of a label and a figure for each year. The groups become one line
// with tabs between them, and the years another, the table reader's header of groups over columns.

import { groupedHeader } from "../../extractors/tables/groupedHeader.js";
import { hasHan, type Piece, spacedPieces } from "./glossRows.js";

const NAME = /^[\u4e00-\u9fa5][\u4e00-\u9fa5、和及]{1,15}$/;
const UNIT = /^[（(][^（）()\s\d]{1,6}[)）]$/;
const YEARS = /^(?:(?:19|20)\d{2}年?\s+)+(?:19|20)\d{2}年?$/;

export interface StackedHeader {
  /** The lines of names and units, the first of which becomes the groups' line. */
  from: number;
  /** The groups' line: each group's name and unit pieces. */
  groups: Piece[][];
  /** The line of years, and each year's piece. */
  years: number;
  columns: Piece[];
}

/** Stacked headers among a page's lines: each over the first row it heads. */
export function stackedHeaders(lines: readonly string[]): StackedHeader[] {
  const found: StackedHeader[] = [];
  lines.forEach((text, y) => {
    if (!YEARS.test(text.trim())) return;
    const columns = spacedPieces(y, text);
    const row = (lines[y + 1] ?? "").trim().split(/\s+/);
    if (!hasHan(row[0] ?? "") || row.length !== columns.length + 1) return;
    // Names and their units upward from the years, until a line is neither.
    let i = y - 1;
    while (i >= 0 && (NAME.test((lines[i] ?? "").trim()) || UNIT.test((lines[i] ?? "").trim()))) i--;
    const groups: Piece[][] = [];
    for (let k = i + 1; k < y; k++) {
      const t = (lines[k] ?? "").trim();
      const start = (lines[k] ?? "").indexOf(t);
      const piece = { line: k, start, end: start + t.length };
      const last = groups.at(-1);
      if (NAME.test(t)) groups.push([piece]);
      else if (last?.length === 1) last.push(piece);
      else return;
    }
    const names = groups.map((g) => g.map((p) => (lines[p.line] ?? "").slice(p.start, p.end)).join(""));
    const years = columns.map((p) => text.slice(p.start, p.end));
    // A caption above the names (各区社会组织情况) is no group: the groups are the last names.
    const drop = names.findIndex(
      (_, d) => groupedHeader(names.slice(d), years, row.length)?.header[0] === "",
    );
    const own = groups.slice(drop);
    if (drop < 0 || own.length < 2) return;
    found.push({ from: own[0]?.[0]?.line ?? y, groups: own, years: y, columns });
  });
  return found;
}
