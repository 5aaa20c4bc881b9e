// Remove stray markup from a line: HTML tags and entities, markdown emphasis and heading marks,
// markdown table pipes (cells become tabs).

import { decodeHTMLStrict } from "entities";
import { type Mapped, MappedBuilder, removeRanges, replaceMapped } from "../../schemas/basics/mapped.js";

/** Tags have ASCII names: `<深圳市…措施>` inside 《》 is an inner title, not a tag. */
export const TAG = /<!--.*?-->|<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
/** A named or numeric character reference with its semicolon (names run to 31 characters). */
export const ENTITY = /&(?:#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
/**
 * `**bold**` and `__bold__`: the stars go wherever they stand (but for a template's blanks, below);
 * underscores only in pairs around text.
 */
export const BOLD_STARS = /\*\*/g;
/** Stars between a digit and a date's unit: 20**年, a year a template leaves to be filled. */
const PLACEHOLDER = /^\d\*\*[年月日号]/;
export const BOLD_UNDERSCORES = /__(?=[^_\s])[^_]*?[^_\s]__/g;
export const HEADING_MARK = /^[ \t\u3000]*#{1,6}(?:[ \t\u3000]+|(?=[^\x00-\x7f]))(?=\S)/;
export const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
export const TABLE_ROW = /^\s*\|.*\|\s*$/;

function stripHeadingMark(line: Mapped): { text: Mapped; heading: boolean } {
  const m = line.text.includes("#") ? HEADING_MARK.exec(line.text) : null;
  return m ? { text: removeRanges(line, [[0, m[0].length]]), heading: true } : { text: line, heading: false };
}

function stripEmphasis(line: Mapped): Mapped {
  if (!line.text.includes("**") && !line.text.includes("__")) return line;
  const ranges: [number, number][] = [];
  for (const m of line.text.matchAll(BOLD_UNDERSCORES)) {
    ranges.push([m.index, m.index + 2], [m.index + m[0].length - 2, m.index + m[0].length]);
  }
  const stars = [...line.text.matchAll(BOLD_STARS)].map((m) => m.index);
  // A template's stars for digits not filled in (20**年) are no emphasis, where the other stars pair
  // up without them: 20年 would be a figure.
  const blanks = stars.filter((at) => PLACEHOLDER.test(line.text.slice(at - 1, at + 3)));
  const kept = (stars.length - blanks.length) % 2 === 0 ? new Set(blanks) : new Set<number>();
  for (const at of stars) if (!kept.has(at)) ranges.push([at, at + 2]);
  return removeRanges(line, ranges);
}

/** `| a | b |` → `a\tb`; a `|---|---|` rule line → empty. */
function markdownTable(line: Mapped): Mapped {
  if (!line.text.includes("|")) return line;
  if (TABLE_RULE.test(line.text)) return removeRanges(line, [[0, line.text.length]]);
  if (!TABLE_ROW.test(line.text)) return line;
  const first = line.text.indexOf("|");
  const last = line.text.lastIndexOf("|");
  const out = new MappedBuilder();
  for (let i = first + 1; i < last; i++) {
    if (line.text[i] === "|") out.from(line, i, "\t");
    else out.from(line, i);
  }
  return out.build();
}

export interface Unmarked {
  text: Mapped;
  heading: boolean;
}

/**
 * Entities that only a web page writes and that decode to no markup: spaces, quotes, dashes, dots
 * and the like, and numeric references to characters beyond ASCII (`&#20013;`). A text file saved
 * from a page keeps them (`&nbsp;&nbsp;全市共有社会组织&nbsp;2469&nbsp;家`); no one types them.
 */
const TYPOGRAPHIC = new Set(
  "nbsp ensp emsp thinsp ldquo rdquo lsquo rsquo mdash ndash hellip middot bull times divide deg permil"
    .split(" ")
    .map((name) => `&${name};`),
);

function isTypographic(entity: string, decoded: string): boolean {
  if (TYPOGRAPHIC.has(entity)) return true;
  return entity.startsWith("&#") && (decoded.codePointAt(0) ?? 0) >= 0xa0;
}

/** Which entities are decoded: all of them (markup), or only typographic ones (a text file). */
export type EntityDecoding = "all" | "typographic";

/**
 * Strips tags, emphasis, heading marks and table pipes. In a text file only typographic entities
 * are decoded: `&lt;` is four characters someone typed, not markup.
 */
export function stripMarkup(
  line: Mapped,
  { entities = "all" }: { entities?: EntityDecoding } = {},
): Unmarked {
  let text = line.text.includes("<") ? replaceMapped(line, TAG, () => "") : line;
  if (text.text.includes("&")) {
    text = replaceMapped(text, ENTITY, (m) => {
      const decoded = decodeHTMLStrict(m[0]);
      if (decoded === m[0] || (entities === "typographic" && !isTypographic(m[0], decoded))) return null;
      return decoded;
    });
  }
  text = markdownTable(stripEmphasis(text));
  return stripHeadingMark(text);
}
