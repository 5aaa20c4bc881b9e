// The cleaning steps take shortcuts: they look for a character their pattern needs before running
// it, or stop looking once they have what they need. Each is checked here against the step as
// written without the shortcut: the same answer on any input.
import { decodeHTMLStrict } from "entities";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edges } from "../pipeline/normalize/furniture.js";
import {
  BOLD_STARS,
  BOLD_UNDERSCORES,
  ENTITY,
  HEADING_MARK,
  stripMarkup,
  TABLE_ROW,
  TABLE_RULE,
  TAG,
} from "../pipeline/normalize/markup.js";
import { pageMarkerKind, pageMarkerKindByPatterns } from "../pipeline/normalize/pageMarkers.js";
import type { SourceLine } from "../pipeline/normalize/sourceLines.js";
import { type Mapped, removeRanges, replaceMapped } from "../schemas/basics/mapped.js";

const lineOf = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(""));

function mappedOf(text: string): Mapped {
  const offsets = [...Array(text.length).keys()];
  return { text, page: offsets.map(() => 1), offset: offsets };
}

describe("page-number lines", () => {
  it("are told as they would be by every pattern", () => {
    const pieces = [
      ..."-—–－―~～_=·•第共页頁,，/／ \t　0123456789社",
      "of",
      "Page",
      "page",
      "PAGE",
      "--",
      "\u00a0",
    ];
    const blank = fc.constantFrom("", "", " ", "  ", "\t", "　", "\u00a0");
    const number = fc.integer({ min: 0, max: 123456 }).map(String);
    const slot = (name: string) =>
      name === "N" ? number : name === "D" ? fc.constantFrom(..."-—–－―~～_=·•") : fc.constant(name);
    // Shaped like the patterns: the parts of one in order, blanks between, a part sometimes changed.
    const shapes = [
      "D N D",
      "DD N DD",
      "第 N 页",
      "第 N 頁 ， 共 N 页",
      "共 N 页 / 第 N 页",
      "page N of N",
      "N / N",
      "-- N of N --",
    ];
    const shaped = fc
      .constantFrom(...shapes)
      .chain((shape) => fc.tuple(...shape.split(" ").map((name) => fc.tuple(slot(name), blank))))
      .chain((parts) =>
        fc.tuple(fc.constant(parts), fc.nat(parts.length * 2), fc.constantFrom("x", "社", "1", "页", "")),
      )
      .map(([parts, at, other]) => parts.map(([p, b], i) => (i === at ? other : p) + b).join(""));
    fc.assert(
      fc.property(fc.oneof(lineOf(pieces), shaped), (line) => {
        expect(pageMarkerKind(line)).toBe(pageMarkerKindByPatterns(line));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("markup", () => {
  /** stripMarkup with every pattern run on every line. */
  function reference(line: Mapped, entities: "all" | "typographic") {
    let text = replaceMapped(line, TAG, () => "");
    text = replaceMapped(text, ENTITY, (m) => {
      const decoded = decodeHTMLStrict(m[0]);
      const typographic = m[0] === "&nbsp;" || m[0] === "&ldquo;" || (decoded.codePointAt(0) ?? 0) >= 0x4e00;
      return decoded === m[0] || (entities === "typographic" && !typographic) ? null : decoded;
    });
    const ranges: [number, number][] = [];
    for (const m of text.text.matchAll(BOLD_UNDERSCORES)) {
      ranges.push([m.index, m.index + 2], [m.index + m[0].length - 2, m.index + m[0].length]);
    }
    for (const m of text.text.matchAll(BOLD_STARS)) ranges.push([m.index, m.index + 2]);
    text = removeRanges(text, ranges);
    if (TABLE_RULE.test(text.text) && text.text.includes("|"))
      text = removeRanges(text, [[0, text.text.length]]);
    else if (TABLE_ROW.test(text.text)) {
      const first = text.text.indexOf("|");
      const last = text.text.lastIndexOf("|");
      const cells = text.text.slice(first + 1, last).replaceAll("|", "\t");
      text = {
        text: cells,
        page: text.page.slice(first + 1, last),
        offset: text.offset.slice(first + 1, last),
      };
    }
    const m = HEADING_MARK.exec(text.text);
    return m ? { text: removeRanges(text, [[0, m[0].length]]), heading: true } : { text, heading: false };
  }

  it("is stripped as every pattern would strip it", () => {
    const pieces = [
      "<b>",
      "</p>",
      "<!--",
      "-->",
      "<",
      ">",
      "&amp;",
      "&lt;",
      "&#20013;",
      "&nbsp;",
      "&ldquo;",
      "&",
      ";",
      "**",
      "*",
      "__",
      "_",
      "|",
      "---",
      ":",
      "#",
      "##",
      " ",
      "\t",
      "　",
      "社会",
      "a",
      "1",
    ];
    fc.assert(
      fc.property(lineOf(pieces), fc.constantFrom("all", "typographic" as const), (text, entities) => {
        const line = mappedOf(text);
        const got = stripMarkup(line, { entities });
        const want = reference(line, entities);
        expect(got.heading).toBe(want.heading);
        expect({ ...got.text }).toEqual({ ...want.text });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("page edges", () => {
  /** Every non-blank line's index, then the first and last EDGE of them (at most half each). */
  function reference(lines: readonly SourceLine[]) {
    const filled = lines.flatMap((line, i) => (line.plain.trim() === "" ? [] : [i]));
    const n = Math.min(2, Math.floor(filled.length / 2));
    const at = new Map<number, "header" | "footer">();
    for (const i of filled.slice(0, n)) at.set(i, "header");
    for (const i of filled.slice(filled.length - n)) at.set(i, "footer");
    return at;
  }
  const lineOfText = (plain: string): SourceLine => ({
    page: 1,
    text: mappedOf(plain),
    plain,
    heading: false,
    width: 0,
    indent: 0,
    blankBefore: false,
  });

  it("are the first and last non-blank lines, found from each end", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("", " ", "　", "社会", "1"), { maxLength: 14 }), (texts) => {
        const lines = texts.map(lineOfText);
        expect([...edges(lines)].sort()).toEqual([...reference(lines)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
