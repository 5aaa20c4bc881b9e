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

describe("a national text", () => {
  it("is of the whole country when it says 我国 or 全国 of what it counts more often than it names a province", () => {
    const text = [
      "报告显示，截至2023年底，我国共有社会组织88万个，社会团体占全国社会组织总量的42%，",
      "全国共有基金会9000个。山东省、河南省、湖南省社会团体较多，分别为2万个、1.8万个和1.5万个；",
      "山东省、河南省基金会较少，湖南省基金会增长较快。",
    ].join("");
    expect(likeliestRegion(text)).toBe("全国");
  });

  it("is not made so by 全国 naming a system, a prize or a rank", () => {
    const text =
      "全国志愿服务信息系统上线。某协会获评全国先进社会组织，走在全国前列，获全国表彰。衢州市民政局发布。衢州市社会组织发展较快，衢州市共有社会组织2400家。";
    expect(likeliestRegion(text)).toBe("衢州市");
  });
});
