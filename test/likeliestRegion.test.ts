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

describe("a division named only twice", () => {
  it("is the text's place when the text speaks from inside a division of its level", () => {
    // 全市 and 我市: a city's own text; the mention that caught the words before it (主办的某州市) counts too.
    const text =
      "为展示泰州市社工发展成果，由市民政局主办的泰州市社工宣传周启动。近年来，我市持续推进社工站建设，全市持证社工达到600人。";
    expect(likeliestRegion(text)).toBe("泰州市");
    // A province said once in full and once short, with 从省民政厅 and 由省委 speaking from inside it.
    expect(
      likeliestRegion(
        "甘肃：每个社区将配备3名社工\n记者从省民政厅获悉，由省委组织部等部门印发的《甘肃省社工规划》提出新目标。",
      ),
    ).toBe("甘肃省");
  });

  it("is not read off an organ's name, where the words before 市委 or 县政府 end in the division's word", () => {
    // 联合市委 twice: 联合 and 市委, no city; it neither is the place nor stands against the one named.
    const text =
      "丽水市民政局答复。局里联合市委组织部开展培训，又联合市委宣传部开展宣传。全市共有社会组织2100家，丽水市社会组织发展较快。";
    expect(likeliestRegion(text)).toBe("丽水市");
    expect(
      likeliestRegion("局里联合市委组织部开展培训，又联合市委宣传部开展宣传，全市社会组织发展较快。"),
    ).toBeNull();
  });

  it("is not of a level the text speaks from less than from another, nor a 社区", () => {
    // A city's news (全市, 我市) that names its province twice and says 全省 once is not the province's.
    expect(
      likeliestRegion(
        "河北省社工周启动。全市持证社工达900人，我市社工站实现全覆盖，我市排名河北省前列，居全省第三。",
      ),
    ).toBeNull();
    // 品牌社区 twice is a community, no district.
    expect(likeliestRegion("打造品牌社区。全区共建成品牌社区12个，我区社区服务水平提升。")).toBeNull();
  });

  it("is not when the text speaks from no division of its level, or names another of that level", () => {
    // No 全市, 我市: a city named twice in a province's text is no place of it.
    expect(likeliestRegion("泰州市社工宣传周在泰州市启动。全省持证社工已达3万人。")).toBeNull();
    // A visit: the host and the visitors' province, each named twice.
    const visit =
      "江西省民政厅一行到湖南省社工协会考察。江西省代表团参观了湖南省社工站，双方表示将加强两省合作，全省社工站建设经验得到推介。";
    expect(likeliestRegion(visit)).toBeNull();
    // The host named twice, the visitors' province once: still two provinces.
    expect(likeliestRegion("江西民政厅一行赴湖南省考察。湖南省社工协会介绍了全省社工发展情况。")).toBeNull();
  });
});
