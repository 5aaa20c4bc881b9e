import { describe, expect, it } from "vitest";
import { normalize } from "../pipeline/normalize/normalize.js";

const cleanLines = (...lines: string[]) =>
  normalize({
    path: "t",
    file: "t",
    format: "txt",
    sha256: "",
    bytes: 0,
    encoding: null,
    pages: [{ number: null, text: lines.join("\n") }],
    warnings: [],
  })
    .text.replaceAll(" ", "")
    .split("\n");

describe("a header of cells left open by its last pipe", () => {
  it("is not run into the row of figures under it, however wide it is", () => {
    const lines = [
      "2023年9月统计季报",
      "指标名称 | 单位 | 本期 | 上年同期 | 同比增长%",
      "社会团体 | 个 | 1,210 | 1,180 | 2.5",
    ];
    expect(cleanLines(...lines).slice(1)).toEqual([
      "指标名称|单位|本期|上年同期|同比增长%",
      "社会团体|个|1,210|1,180|2.5",
    ]);
  });
});

describe("a line between two rows of cells", () => {
  it("is not run into the row after it, nor the row before it into it", () => {
    expect(cleanLines("社会团体 | 个 | 1,820 |", "来源:区民政局 编辑:周敏", "基金会 | 个 | 38 |")).toEqual([
      "社会团体|个|1,820|",
      "来源:区民政局编辑:周敏",
      "基金会|个|38|",
    ]);
  });

  it("stays apart however wide the rows make a full line look", () => {
    const rows = [
      "社会服务中心 | 个 | 68 |",
      "社会服务站 | 个 | 65 |",
      "其他服务设施 | 个 | 742 |",
      "养老床位 | 张 | 401 |",
    ];
    const ad = "本站热门推荐 高薪兼职日结 加微信了解详情";
    expect(cleanLines(...rows, ad, "居委会 | 个 | 81 |").slice(-2)).toEqual([
      "本站热门推荐高薪兼职日结加微信了解详情",
      "居委会|个|81|",
    ]);
  });

  it("still runs on where it opens a bracket the row closes", () => {
    expect(cleanLines("临时救助支出(政府收支分类科目", "2082001项) | 万元 | 41.7 |")).toEqual([
      "临时救助支出(政府收支分类科目2082001项)|万元|41.7|",
    ]);
  });
});
