import { describe, expect, it } from "vitest";
import { normalize } from "../pipeline/normalize/normalize.js";
import { processDocument } from "../pipeline/run/process.js";
import type { Format, RawDocument } from "../schemas/document.js";

const TITLE = "2023年底各区社会组织数量";
const CELLS = [
  "区域",
  "社会团体",
  "民办非企业单位",
  "基金会",
  "思明区",
  "120",
  "300",
  "5",
  "湖里区",
  "80",
  "200",
  "2",
];
const MORE = ["集美区", "64", "150", "3", "海沧区", "41", "97", "1"];
const PROSE = "全市社会组织发展总体平稳。";

function document(format: Format, pages: string[]): RawDocument {
  return {
    path: `/tmp/table.${format}`,
    file: `table.${format}`,
    format,
    sha256: "0".repeat(64),
    bytes: 0,
    encoding: null,
    pages: pages.map((text, i) => ({ number: format === "txt" ? null : i + 1, text })),
    warnings: [],
  };
}

const facts = (raw: RawDocument) =>
  processDocument(raw, { issued: "2024-02-01" })
    .facts.map((f) => `${f.metric} ${f.value} ${f.region}`)
    .sort();

describe("a table given one cell a line goes on over a page break", () => {
  const asText = document("txt", [[TITLE, ...CELLS, ...MORE, PROSE].join("\n")]);
  const asPdf = document("pdf", [[TITLE, ...CELLS, "—1—"].join("\n"), [...MORE, PROSE, "—2—"].join("\n")]);

  it("has its rows put back together across the page number", () => {
    const rows = normalize(asPdf).text.split("\n");
    expect(rows).toContain("集美区\t64\t150\t3");
    expect(rows).toContain("海沧区\t41\t97\t1");
    expect(normalize(asPdf).furniture.map((f) => f.text)).toEqual(["—1—", "—2—"]);
  });

  it("gives the facts its text copy gives", () => {
    expect(facts(asPdf)).toEqual(facts(asText));
    expect(facts(asPdf)).toContain("social_org.foundations 3 集美区");
  });

  it("keeps every page, an empty one too, and each line on its own page", () => {
    const clean = normalize(document("pdf", [[TITLE, "—1—"].join("\n"), "", [PROSE, "—3—"].join("\n")]));
    expect(clean.furniture.map((f) => f.page)).toEqual([1, 3]);
    expect(clean.map.page[clean.text.indexOf("全市")]).toBe(3);
  });
});
