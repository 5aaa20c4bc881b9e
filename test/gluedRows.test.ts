import { describe, expect, it } from "vitest";
import { splitRun } from "../pipeline/normalize/gluedRows.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";

const shown = (text: string) =>
  processDocument(textDocument(text))
    .facts.filter((f) => f.metric !== "other")
    .map((f) => `${f.metric}=${f.value}@${f.asOf}`);

describe("a statistics table whose cells lost their separators, with a column of codes", () => {
  it("splits a run of figures only where the figures can be told apart", () => {
    expect(splitRun("6363")).toEqual(["63", "63"]);
    expect(splitRun("205205")).toEqual(["205", "205"]);
    expect(splitRun("2,4082,390")).toEqual(["2,408", "2,390"]);
    // One figure or two? Any of 2|05, 20|5, 205 could be meant.
    expect(splitRun("205")).toBeNull();
    expect(splitRun("6364")).toBeNull();
    expect(splitRun("4082,390")).toBeNull();
    expect(splitRun("12,345.68,201.5")).toBeNull();
    expect(splitRun("0505")).toBeNull();
  });

  it("reads the current figure of each row it can split, after the code", () => {
    const table = [
      "2024年某市第一季度社会服务统计季报",
      "指标名称单位代码数量上季度环比上月",
      "1234",
      "一、综合",
      "JZH011000000",
      "   (一)乡级行政区划JZH011110000205205",
      "205",
      "       6.街道JZH0111130006363",
      "63",
      "七、社会组织",
      "  社会团体个JZH0160100002,4082,390",
      "  民办非企业单位个JZH016020000318",
      "  基金会个JZH016030000",
    ].join("\n");
    // 318 may be 3|18 or 31|8: it is left out, as is the empty row.
    expect(shown(table)).toEqual([
      "community.streets=63@2024-03-31",
      "social_org.social_groups=2408@2024-03-31",
    ]);
  });

  it("reads the rows a PDF gave with a space before the code (6.街道 JZH0111130005151)", () => {
    const table = [
      "2022年某县第三季度社会服务统计季报",
      "指标名称单位代码数量上季度环比上月",
      "1234",
      "一、综合",
      "JZH011000000",
      "  (一)乡级行政区划 JZH011110000128128",
      "128",
      "     1.镇 JZH0111110007777",
      "77",
      "     6.街道 JZH0111130005151",
      "51",
      "七、社会组织",
      "  社会团体个 JZH0160100001,2051,198",
    ].join("\n");
    expect(shown(table)).toEqual([
      "community.streets=51@2022-09-30",
      "social_org.social_groups=1205@2022-09-30",
    ]);
  });
});

describe("a statistics table whose cells lost their separators, with columns of other periods and no codes", () => {
  it("reads the current figure of each row it can split, under 指标名称单位数量上年同期", () => {
    const table = [
      "2022年某县第二季度民政统计季报",
      "指标名称单位数量上年同期",
      "一、行政区划",
      "街道个99",
      "二、社会组织",
      "社会组织个1,4051,366",
      "社会团体个1,0021,000",
      "基金会个1210",
    ].join("\n");
    // 1210 may be 12|10, 121|0 or 1|210: it is left out.
    expect(shown(table)).toEqual([
      "community.streets=9@2022-06-30",
      "social_org.total=1405@2022-06-30",
      "social_org.social_groups=1002@2022-06-30",
    ]);
  });

  it("leaves a header with no column of another period to the plain glued table", () => {
    const table = [
      "2022年某县第二季度民政统计季报",
      "指标名称单位数量",
      "二、社会组织",
      "社会团体个652",
    ].join("\n");
    expect(shown(table)).toEqual(["social_org.social_groups=652@2022-06-30"]);
  });
});

describe("a statistics table whose cells lost their separators, as a PDF's text gives it", () => {
  it("reads a row with a space where the font changes to its figure (街道 8, 社会团体个 431)", () => {
    const table = [
      "某区2024年2月社会服务统计月报",
      "指标名称单位数量",
      "一、乡级行政区划单位",
      "镇 9",
      "街道 6",
      "二、社会组织",
      "社会团体个 318",
      "基金会个 3",
    ].join("\n");
    expect(shown(table)).toEqual([
      "community.streets=6@2024-02-29",
      "social_org.social_groups=318@2024-02-29",
      "social_org.foundations=3@2024-02-29",
    ]);
  });
});
