import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDocNumbers } from "../pipeline/metadata/numbers.js";

/** The one-pattern reading the issuer-first search must agree with: issuer, bracketed year, serial. */
const ONE_PATTERN =
  /([\u4e00-\u9fa5]{1,8})\s*[〔[［【(（﹝]\s*((?:19|20)\d{2})\s*[〕\]］】)）﹞]\s*(\d{1,5})\s*号/g;

function spansByOnePattern(text: string): { year: string; serial: number; end: number }[] {
  return [...text.matchAll(ONE_PATTERN)].map((m) => ({
    year: m[2] ?? "",
    serial: Number(m[3]),
    end: m.index + m[0].length,
  }));
}

const PIECES = [
  "民",
  "函",
  "号",
  "发",
  "〔",
  "〕",
  "[",
  "]",
  "（",
  "）",
  "2024",
  "19",
  "7",
  " ",
  "\n",
  "，",
  "a",
];

describe("document numbers found from their brackets", () => {
  it("agree with the one-pattern reading on any text of number-like pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const found = findDocNumbers(text).map((m) => ({
          year: /〔(\d{4})〕/.exec(m.text)?.[1] ?? "",
          serial: Number(/〕(\d+)号$/.exec(m.text)?.[1]),
          end: m.end,
        }));
        expect(found).toEqual(spansByOnePattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps at most eight characters of issuer and none of the number before", () => {
    expect(findDocNumbers("关于深圳市福田区民政局办函〔2024〕3号").map((m) => m.text)).toEqual([
      "福田区民政局办函〔2024〕3号",
    ]);
    expect(findDocNumbers("民函〔2023〕1号函〔2024〕2号").map((m) => m.text)).toEqual([
      "民函〔2023〕1号",
      "函〔2024〕2号",
    ]);
  });

  it("reads a long text in time proportional to its length", () => {
    const text = "社会组织登记管理".repeat(20_000);
    const started = performance.now();
    expect(findDocNumbers(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
