import { describe, expect, it } from "vitest";
import { asciiWords, sentenceLength } from "../pipeline/segment/textTokens.js";
import { domainTerms, longWords, normalizeQuery, queryTokens } from "../pipeline/segment/tokens.js";

describe("search tokens", () => {
  it("keeps the domain's terms whole", () => {
    const words = longWords(
      "截至2024年5月底，福田区登记的社会组织共751家，分别为社会团体306家（含行业协会商会32家），民办非企业单位445家",
    );
    expect(words).toEqual(expect.arrayContaining(["社会组织", "社会团体", "行业协会商会", "民办非企业单位"]));
    expect(longWords("102个“双百工程”社工站（点），党群服务中心，社会工作者，以等级评估为抓手")).toEqual(
      expect.arrayContaining(["双百工程", "社工站", "党群服务中心", "社会工作者", "等级评估"]),
    );
  });

  it("reads the user dictionary's lines and skips comments", () => {
    expect(domainTerms("# a comment\n\n社会组织 5000 n\n")).toEqual(["社会组织 5000 n"]);
    expect(domainTerms().some((line) => line.startsWith("民办非企业单位 "))).toBe(true);
  });

  it("reads ASCII words whole, decimals included, lowercased", () => {
    expect(asciiWords("优秀社工及社工站，HR研修班16.3万元，v2")).toEqual(["hr", "16.3", "v2"]);
  });

  it("measures a sentence in characters, pairs of adjacent characters and ASCII words", () => {
    // 社工社工: 4 characters and 3 pairs; 站研 is no pair across the comma.
    expect(sentenceLength("社工社工")).toBe(7);
    expect(sentenceLength("社工，站")).toBe(4);
    expect(sentenceLength("HR研修班16.3万元")).toBe(5 + 2 + 2 + 1);
    expect(sentenceLength("。")).toBe(0);
  });

  it("turns a query into the index's tokens", () => {
    expect(queryTokens("社工")).toEqual(["社工"]);
    expect(queryTokens("党")).toEqual(["党"]);
    expect(queryTokens("等级评估")).toEqual(["等级", "级评", "评估", "等级评估"]);
    expect(queryTokens("社工 HR")).toEqual(["社工", "hr"]);
    // Full-width letters folded, traditional characters simplified.
    expect(normalizeQuery("ＨＲ　社會組織")).toBe("HR 社会组织");
    expect(queryTokens("社會組織")).toContain("社会组织");
  });
});
