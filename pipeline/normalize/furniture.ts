// Take page furniture out of the body: page-number footers and headers, pdf-parse's page markers,
// and running headers or footers repeated at the top or bottom of many pages.

import type { Furniture } from "../../schemas/document.js";
import { isBarePageNumber, pageMarkerKind } from "./pageMarkers.js";
import type { SourceLine, SourcePage } from "./sourceLines.js";

/** How many lines at each end of a page may be furniture. */
const EDGE = 2;
/** A running header is short. */
const MAX_RUNNING_LENGTH = 40;

const isBlank = (line: SourceLine): boolean => line.plain.trim() === "";

/**
 * Indices of the first and last `EDGE` non-blank lines of a page, with which end they are at; on a
 * short page, no more than a half of its lines at either end.
 */
export function edges(lines: readonly SourceLine[]): Map<number, "header" | "footer"> {
  // Only the first 2 * EDGE non-blank lines and the last EDGE matter: with more, each end has EDGE.
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < 2 * EDGE; i++)
    if (!isBlank(lines[i] as SourceLine)) head.push(i);
  const tail: number[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < EDGE; i--)
    if (!isBlank(lines[i] as SourceLine)) tail.unshift(i);
  const filled = head.length < 2 * EDGE ? head : [...head.slice(0, EDGE), ...tail];
  const n = Math.min(EDGE, Math.floor(filled.length / 2));
  const at = new Map<number, "header" | "footer">();
  for (const i of filled.slice(0, n)) at.set(i, "header");
  for (const i of filled.slice(filled.length - n)) at.set(i, "footer");
  return at;
}

/** A running header's identity: its text without spaces, numbers standing for any number. */
const runningKey = (text: string): string => text.replace(/\s+/g, "").replace(/\d+/g, "#");

/**
 * Keys of lines found at the edge of at least half the pages (and at least 3). Lines without
 * letters are left out: a bare number is a page number only when it is the page's (see pageMarkers).
 */
function runningKeys(pages: SourcePage[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const i of edges(page.lines).keys()) {
      const key = runningKey(page.lines[i]?.plain ?? "");
      if (!/\p{L}/u.test(key) || key.length > MAX_RUNNING_LENGTH) continue;
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, on]) => on.size >= needed).map(([key]) => key));
}

export interface Unfurnished {
  pages: SourcePage[];
  furniture: Furniture[];
}

/** Split furniture from body lines. `paged` formats (PDF) have headers and footers per page. */
export function removeFurniture(pages: SourcePage[], paged: boolean): Unfurnished {
  const running = paged && pages.length >= 3 ? runningKeys(pages) : new Set<string>();
  const furniture: Furniture[] = [];
  const kept = pages.map((page) => {
    const at = paged ? edges(page.lines) : new Map<number, "header" | "footer">();
    const lines = page.lines.filter((line, i) => {
      const text = line.plain.trim();
      const marker = pageMarkerKind(text);
      const edge = at.get(i);
      let kind: Furniture["kind"] | null = null;
      if (marker === "parser_marker") kind = "page_marker";
      else if (marker === "page_number") kind = edge ?? "page_marker";
      else if (edge && (isBarePageNumber(text, page.number) || running.has(runningKey(text)))) kind = edge;
      if (kind === null) return true;
      furniture.push({ kind, page: paged ? page.number : null, text: line.text.text.trim() });
      return false;
    });
    return { number: page.number, lines };
  });
  return { pages: kept, furniture };
}
