import { describe, expect, it } from "vitest";
import { searchRows } from "../pipeline/segment/searchRows.js";
import {
  domainTerms,
  indexTokens,
  longWords,
  normalizeQuery,
  queryTokens,
} from "../pipeline/segment/tokens.js";

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

  it("indexes characters, pairs, long words and ASCII words with their counts", () => {
    const tokens = indexTokens("优秀社工及社工站，HR研修班16.3万元");
    expect(tokens.get("社工")).toBe(2);
    expect(tokens.get("社")).toBe(2);
    expect(tokens.get("社工站")).toBe(1);
    expect(tokens.get("hr")).toBe(1);
    expect(tokens.get("16.3")).toBe(1);
    expect(tokens.has("，")).toBe(false);
    // No pair across punctuation.
    expect(tokens.has("站研")).toBe(false);
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

  it("builds one length row per sentence and one token list per sentence with tokens", () => {
    const rows = searchRows("d", [
      { id: 0, text: "社工社工" },
      { id: 1, text: "。" },
    ]);
    expect(rows.lengths).toEqual([
      { doc_id: "d", sentence_id: 0, tokens: 7 },
      { doc_id: "d", sentence_id: 1, tokens: 0 },
    ]);
    expect(rows.tokens).toEqual([{ doc_id: "d", sentence_id: 0, tokens: "社 社工 工 工社", tfs: "2 2 2 1" }]);
  });
});
