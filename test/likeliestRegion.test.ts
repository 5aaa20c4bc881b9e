import { describe, expect, it } from "vitest";
import { likeliestRegion } from "../extractors/context/region.js";

describe("the division a text names most often", () => {
  it("is the one named more than twice", () => {
    const text = "长沙市民政局发布。长沙市社会组织发展较快，长沙市共有社会组织5000家。";
    expect(likeliestRegion(text)).toBe("长沙市");
  });

  it("is the name said after a date, without the date's end (2023年宁波市…, 2022年度宁波市…)", () => {
    const text =
      "2023年湖州市志愿服务月启动。湖州市发布报告。2022年度湖州市志愿服务数据显示，全市注册志愿者增长。";
    expect(likeliestRegion(text)).toBe("湖州市");
  });

  it("is never a measure word before divisions listed, nor divisions run together", () => {
    const text = [
      "甲类组织数量在全国31个省区市中居首位，",
      "乙类组织数量在31个省区市中居第二，",
      "丙类组织数量在31个省区市中排第五，",
      "各地多个市县区已建成服务站。多个市县区正在建设，多个市县区尚未开工。",
    ].join("");
    expect(likeliestRegion(text)).toBeNull();
  });
});

describe("an autonomous region", () => {
  it("is named whole, however long its name", () => {
    const text = "宁夏回族自治区民政厅发布。宁夏回族自治区社会组织达到9000家，宁夏回族自治区社工人才增长。";
    expect(likeliestRegion(text)).toBe("宁夏回族自治区");
  });
});
