import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  documentTextParts,
  pageTextParts,
  partEnds,
  TEXT_PART_LENGTH,
  textMd5,
} from "../pipeline/run/textParts.js";

/** Text of BMP Han, ASCII, whitespace and astral characters (surrogate pairs), any length. */
const mixedText = fc
  .array(fc.constantFrom("民", "政", "a", "7", " ", "\n", "\t", "𠀋", "𡈽", "，"), { maxLength: 60 })
  .map((chars) => chars.join(""));

const isLoneHalf = (part: string) => /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part);

describe("a document's text in parts", () => {
  it("gives the text and its original back whole, in parts no longer than the limit, no pair split", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 2, max: 9 }), (text, size) => {
        const ends = partEnds([text], size);
        expect(ends.at(-1)).toBe(text.length);
        let start = 0;
        for (const end of ends) {
          expect(end - start).toBeLessThanOrEqual(size);
          expect(end > start || text.length === 0).toBe(true);
          expect(isLoneHalf(text.slice(start, end))).toBe(false);
          start = end;
        }
      }),
    );
  });

  it("keeps a part's original only where it differs from the clean text", () => {
    const text = `${"养老服务".repeat(400)}社会组织`;
    const original = `${"养老服务".repeat(300)}養老服務${"养老服务".repeat(99)}社会组织`;
    const parts = documentTextParts("d", text, original);
    expect(parts.map((p) => p.part)).toEqual([0, 1]);
    expect(parts.map((p) => p.text.length)).toEqual([TEXT_PART_LENGTH, text.length - TEXT_PART_LENGTH]);
    expect(parts[0]?.original).toBeNull();
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.map((p) => p.original ?? p.text).join("")).toBe(original);
  });

  it("cuts two texts of one length at the same places, splitting a pair in neither", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 2, max: 9 }), (text, size) => {
        // Two BMP characters in one text where the other has a surrogate pair.
        const other = text.replaceAll("民政", "𡈽");
        let start = 0;
        for (const end of partEnds([text, other], size)) {
          expect(end - start).toBeLessThanOrEqual(size);
          expect(isLoneHalf(text.slice(start, end)) || isLoneHalf(other.slice(start, end))).toBe(false);
          start = end;
        }
        expect(start).toBe(text.length);
      }),
    );
  });

  it("gives an empty text and an empty page one part each", () => {
    expect(documentTextParts("d", "", "")).toEqual([{ doc_id: "d", part: 0, text: "", original: null }]);
    expect(pageTextParts("d", 3, "")).toEqual([{ doc_id: "d", page: 3, part: 0, text: "" }]);
  });

  it("hashes the text without spaces, tabs and line breaks, and nothing else left out", () => {
    expect(textMd5("民政 局\n\t")).toBe(textMd5("民政局"));
    expect(textMd5("民政\u3000局")).not.toBe(textMd5("民政局"));
    expect(textMd5("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
  });
});
