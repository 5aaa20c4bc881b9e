import { describe, expect, it } from "vitest";
import { fusedRowStarts } from "../pipeline/normalize/fusedRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";

describe("table rows a document's paragraphs ran together", () => {
  const cut = (line: string) => {
    const starts = fusedRowStarts(line);
    return [0, ...starts].map((at, i) => line.slice(at, starts[i]));
  };

  it("starts a row where a run of spaced figures meets a label", () => {
    expect(
      cut("社会团体 Groups 41.2 43.5 5.6民办非企业单位 Units 38.0 40.1 5.5基金会(个) 612 655 7.0"),
    ).toEqual([
      "社会团体 Groups 41.2 43.5 5.6",
      "民办非企业单位 Units 38.0 40.1 5.5",
      "基金会(个) 612 655 7.0",
    ]);
    expect(cut("社会团体 个 1,208 1,190民办非企业单位 个 2,311 2,250")).toEqual([
      "社会团体 个 1,208 1,190",
      "民办非企业单位 个 2,311 2,250",
    ]);
  });

  it("leaves figures before their unit or a date, a single figure and prose alone", () => {
    for (const line of [
      "项目 2021 2022年比上年增减",
      "全区共有社会组织 612 家,比上年增加 17 家",
      "分别为 12 15个",
      "街道165区公所",
      "2023 年 6 月 30 日",
      "共有 3 个街道、41 个社区",
    ]) {
      expect(fusedRowStarts(line)).toEqual([]);
    }
  });

  it("reads the same rows from a paragraph that ran them together as from their lines", async () => {
    const lines = [
      "某市民政事业统计 2023年",
      "指标 单位 2022 2023",
      "社会团体 个 1,208 1,190",
      "民办非企业单位 个 2,311 2,250",
      "基金会 个 35 38",
    ];
    const facts = async (text: string) =>
      processDocument(await readDocument("q.txt", new TextEncoder().encode(text)))
        .facts.filter((f) => f.metric.startsWith("social_org"))
        .map((f) => `${f.metric}=${f.value}@${f.asOf}`)
        .sort();
    const asLines = await facts(lines.join("\n"));
    expect(asLines.length).toBeGreaterThan(0);
    expect(await facts([lines[0], lines[1], lines.slice(2).join("")].join("\n"))).toEqual(asLines);
  });
});
