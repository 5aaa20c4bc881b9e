import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDocNumbers, ownNumber } from "../pipeline/metadata/numbers.js";

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

describe("the issuer before a number", () => {
  it.each([
    ["文号某民提〔2021〕7号", "某民提〔2021〕7号"],
    ["发文字号甲乙函〔2019〕12号", "甲乙函〔2019〕12号"],
    ["会上局长宣读了甲乙民〔2012〕9号", "甲乙民〔2012〕9号"],
    ["印发的某府办〔2020〕3号", "某府办〔2020〕3号"],
  ])("%s → %s", (text, number) => {
    expect(findDocNumbers(text).map((m) => m.text)).toEqual([number]);
  });
});

describe("a document's own number", () => {
  const own = (text: string) => ownNumber(text, findDocNumbers(text))?.text ?? null;

  it("is the one bracketed after the title it numbers", () => {
    expect(own("某市民政局关于市人大第12号建议的答复（某民议函〔2024〕6号）\n张代表：\n您好。")).toBe(
      "某民议函〔2024〕6号",
    );
  });

  it("is the one standing in brackets on its own line under the title", () => {
    expect(own("某市民政局关于印发《管理办法》的通知\n（某民〔2010〕12号）\n各有关单位：")).toBe(
      "某民〔2010〕12号",
    );
  });

  it("is none that a sentence cites", () => {
    expect(own("日前，某市召开推进会，书记宣读了甲乙民〔2012〕9号文件。")).toBeNull();
    expect(own("根据某某办公厅关于加强管理的意见（某办发〔2019〕35号）精神，现通知如下。")).toBeNull();
    expect(own("为落实《关于某事的通知》（某发〔2019〕3号），我局开展了检查。")).toBeNull();
  });
});
