// Lines that are nothing but a page number: `— 1 —`, `-1-`, `- 1 -`, `第 1 页`, `第1页 共4页`,
// `1/4`, and pdf-parse's own `-- 1 of 4 --`.

const DASH = "[-—–－―~～_=·•]";
const NUMBER_FOOTER = [
  new RegExp(`^${DASH}{1,3} ?\\d{1,4} ?${DASH}{1,3}$`),
  /^第 ?\d{1,4} ?[页頁](?: ?[,，/／]? ?共 ?\d{1,4} ?[页頁])?$/,
  /^共 ?\d{1,4} ?[页頁] ?[,，/／]? ?第 ?\d{1,4} ?[页頁]$/,
  /^(?:page ?)?\d{1,4} ?(?:\/|of) ?\d{1,4}$/i,
];
const PARSER_MARKER = /^-- ?\d{1,4} of \d{1,4} ?--$/;
/** How every page-number line begins: a dash, 第, 共, page or a digit. */
const MARKER_START = new RegExp(`^(?:${DASH}|[第共pP\\d])`);

export type PageMarkerKind = "page_number" | "parser_marker";

/** What kind of page-number line `line` is by trying every pattern on it, or null. */
export function pageMarkerKindByPatterns(line: string): PageMarkerKind | null {
  const text = line.trim().replace(/\s+/g, " ");
  if (PARSER_MARKER.test(text)) return "parser_marker";
  return NUMBER_FOOTER.some((p) => p.test(text)) ? "page_number" : null;
}

/** What kind of page-number line `line` is, or null when it is not one. */
export function pageMarkerKind(line: string): PageMarkerKind | null {
  const trimmed = line.trim();
  return MARKER_START.test(trimmed) ? pageMarkerKindByPatterns(trimmed) : null;
}

/** A bare number standing as the first or last line of page `page` and equal to it. */
export const isBarePageNumber = (line: string, page: number): boolean =>
  page > 0 && /^\d{1,4}$/.test(line.trim()) && Number(line.trim()) === page;
