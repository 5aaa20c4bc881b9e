// How plans and standards word their figures, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { latestDateMentioned, latestYearMentioned } from "../extractors/resolve/restated.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";

const facts = (text: string) => processDocument(textDocument(text)).facts.filter((f) => f.metric !== "other");
const shown = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.asOf}:${f.qualifier}`);

describe("wording of plans and standards", () => {
  it("reads a target whose verb of arriving has a modal before it (总量要达到, 将增加到)", () => {
    expect(
      shown(
        "发布时间：2019-03-02\n按本市规划，到2022年，社会工作专业人才总量要达到4.5万人，到2025年，要达到6万人。",
      ),
    ).toEqual([
      "target.social_work_talent_total=45000@2019-03-02:exact",
      "target.social_work_talent_total=60000@2019-03-02:exact",
    ]);
    expect(shown("发布时间：2019-03-02\n到2023年，全省社工人才总数将增加到8000人。")).toEqual([
      "target.social_work_talent_total=8000@2019-03-02:exact",
    ]);
  });

  it("still reads a count of a year gone by as what exists", () => {
    expect(shown("发布时间：2019-03-02\n2018年底，全市社会工作专业人才总量达到3.2万人。")).toEqual([
      "social_work.professionals=32000@2018-12-31:exact",
    ]);
  });

  it("reads a per-head yearly cost of bought services as the package fee (人均费用…每年)", () => {
    expect(
      shown("发布时间：2020-06-01\n市里明确，政府购买社工服务的人均综合费用按每年不低于9.6万元核定。"),
    ).toEqual(["standard.package_fee_general=96000@2020-06-01:at_least"]);
  });

  it("reads the package fee from a standard named after the figure, before 购买", () => {
    expect(shown("发布时间：2020-06-01\n各区按照每人每年7.8万元的标准购买社工岗位服务。")).toEqual([
      "standard.package_fee_general=78000@2020-06-01:exact",
    ]);
    // A subsidy at so much a head is no package fee.
    expect(shown("发布时间：2020-06-01\n对持证社工按每人每年3000元的标准给予补贴。")).toEqual([]);
  });

  it("dates a standard the sentence says was applied before the document's date at that date", () => {
    const text = "2018年9月，区民政局以每个岗位每年6.5万元的标准向三家机构购买社工服务。";
    expect(shown(`发布时间：2020-06-01\n${text}`)).toEqual([
      "standard.package_fee_general=65000@2018-09:exact",
    ]);
    // Applied from a date still to come, the standard is the document's own.
    expect(shown(`发布时间：2020-06-01\n${text.replace("2018年9月", "2021年1月起")}`)).toEqual([
      "standard.package_fee_general=65000@2020-06-01:exact",
    ]);
  });

  it("reads no package fee from a budget, even one paid every year", () => {
    expect(shown("发布时间：2020-06-01\n今年购买社会工作服务项目总经费共计1200万元，按年度拨付。")).toEqual(
      [],
    );
  });
});

describe("counts said beside a goal", () => {
  it("reads no talent total from a goal per so many people (每万名常住人口拥有…不少于10人)", () => {
    expect(
      shown(
        "发布时间：2021-04-01\n到2025年，每万名城镇常住人口拥有社会工作专业人才不少于12人，全市社会工作专业人才总量达到1.5万人。",
      ),
    ).toEqual(["target.social_work_talent_total=15000@2021-04-01:exact"]);
  });

  it("reads the end of the year still running as a goal (到2022年底 in a text of March 2022)", () => {
    const text = "到2020年底，全市注册志愿者达到50万人。";
    expect(shown(`发布时间：2020-03-02\n${text}`)).toEqual([]);
    // Counted to (截至), said to have come (已), or written when the year had ended, it is what exists.
    expect(shown(`发布时间：2020-03-02\n${text.replace("到", "截至")}`)).toEqual([
      "social_work.volunteers=500000@2020-12-31:exact",
    ]);
    expect(shown(`发布时间：2020-03-02\n${text.replace("达到", "已达到")}`)).toEqual([
      "social_work.volunteers=500000@2020-12-31:exact",
    ]);
    expect(shown(`发布时间：2021-01-12\n${text}`)).toEqual([
      "social_work.volunteers=500000@2020-12-31:exact",
    ]);
  });

  it("reads a count bounded from above with an adverb before the bound (还不到, 尚不足)", () => {
    expect(shown("发布时间：2020-06-01\n目前全区持证社会工作者尚不足600人。")).toEqual([
      "social_work.certified_workers=600@2020-06-01:at_most",
    ]);
    expect(shown("发布时间：2020-06-01\n目前全省社会工作专业人才还不到3万。")).toEqual([
      "social_work.professionals=30000@2020-06-01:at_most",
    ]);
  });

  it("reads the professionals named by the work they do (从事社会工作的专业人才)", () => {
    expect(shown("发布时间：2020-06-01\n全县从事社会工作的专业人才有900人。")).toEqual([
      "social_work.professionals=900@2020-06-01:exact",
    ]);
  });

  it("reads the clause of now after a goal as a count (，而目前…)", () => {
    expect(
      shown(
        "发布时间：2020-06-01\n按照规划，到2025年全省社会工作专业人才总量要达到10万人，而目前全省从事社会工作的专业人才还不到4万。",
      ),
    ).toEqual([
      "target.social_work_talent_total=100000@2020-06-01:exact",
      "social_work.professionals=40000@2020-06-01:at_most",
    ]);
  });
});

describe("grades and standards in policy texts", () => {
  it("reads no grade series from the grades listed after a year's new ones (新评估5A级…、4A级…)", () => {
    expect(shown("发布时间：2020-06-01\n2019年度新评估5A级社会组织3家、4A级7家、3A级21家。")).toEqual([]);
    // Listed after what exists, each grade is its series.
    expect(shown("发布时间：2020-06-01\n全县现有5A级社会组织3家、4A级7家。")).toEqual([
      "social_org.rating_5a=3@2020-06-01:exact",
      "social_org.rating_4a=7@2020-06-01:exact",
    ]);
  });

  it("reads no grade series from grades applied for, nor from the grades listed after them (申报5A级的…，4A级的…)", () => {
    expect(shown("发布时间：2020-06-01\n今年全县申报5A级的有4家，4A级的有11家，3A级的有20家。")).toEqual([]);
    // What exists, said before or after the applications in the same sentence, stays its series.
    expect(
      shown(
        "发布时间：2020-06-01\n全县现有5A级社会组织6家，今年申报5A级的有4家，目前全县共有4A级社会组织15家。",
      ),
    ).toEqual(["social_org.rating_5a=6@2020-06-01:exact", "social_org.rating_4a=15@2020-06-01:exact"]);
  });

  it("reads the package fee when the purchase is said in the clause before the standard", () => {
    expect(
      shown(
        "发布时间：2020-06-01\n政府购买社会工作服务岗位，按每人每年不低于9万元的标准核定经费，其中高风险领域每人每年不低于9.8万元。",
      ),
    ).toEqual([
      "standard.package_fee_general=90000@2020-06-01:at_least",
      "standard.package_fee_special=98000@2020-06-01:at_least",
    ]);
  });

  it("reads the high-risk package fee when the purchase follows the standard (…的标准购买)", () => {
    expect(
      shown(
        "发布时间：2020-06-01\n戒毒康复、社区矫正等高风险领域的社工岗位，按照每人每年9.5万元的标准购买。",
      ),
    ).toEqual(["standard.package_fee_special=95000@2020-06-01:exact"]);
  });

  it("reads a plan's duty laid on every county or community as a goal with no year said, and a plan's 将增加到 too", () => {
    expect(shown("发布时间：2020-06-01\n每个县（市、区）至少培育4家社会工作服务机构。")).toEqual([
      "target.service_orgs_per_county=4@2020-06-01:exact",
    ]);
    expect(shown("发布时间：2020-06-01\n全市已实现每个县均已培育4家社会工作服务机构。")).toEqual([]);
    // The duty holds its own clause only: the count said after it stays a count.
    expect(shown("发布时间：2020-06-01\n每个街道至少配备2名社工，全区共有社会工作者96名。")).toEqual([
      "social_work.workers=96@2020-06-01:exact",
    ]);
    expect(shown("发布时间：2023-06-01\n按照规划，到2020年全省社会工作专业人才总量将增加到6万人。")).toEqual([
      "target.social_work_talent_total=60000@2023-06-01:exact",
    ]);
  });

  it("reads the package fee said far after the purchase in its clause, or as a package price (打包价)", () => {
    expect(
      shown("发布时间：2020-06-01\n政府购买社工岗位服务按照每名社工每年不低于8.2万元的标准核拨经费。"),
    ).toEqual(["standard.package_fee_general=82000@2020-06-01:at_least"]);
    expect(shown("发布时间：2020-06-01\n社区社工服务项目整体打包价为每人每年7.6万元。")).toEqual([
      "standard.package_fee_general=76000@2020-06-01:exact",
    ]);
  });

  it("gives a standard quoted from another place that place", () => {
    const text =
      "发布时间：2020-06-01\n某某市民政局\n佛山市购买社工服务标准为每人每年10万元，东莞市为每人每年9.5万元，我市目前为每人每年8万元。";
    expect(facts(text).map((f) => `${f.value} ${f.region}`)).toEqual([
      "100000 佛山市",
      "95000 东莞市",
      "80000 某某市",
    ]);
  });

  it("gives a standard compared with another place's that place, whatever 于 the comparison ends in", () => {
    const text =
      "发布时间：2024-06-20\n某某市民政局\n我市购买社工服务标准为每人每年8万元，低于佛山市的每人每年10万元，略高于湛江市的每人每年7万元。";
    expect(facts(text).map((f) => `${f.value} ${f.region}`)).toEqual([
      "80000 某某市",
      "100000 佛山市",
      "70000 湛江市",
    ]);
  });

  it("dates a standard applied from a date said in its clause at that date", () => {
    expect(
      shown(
        "发布时间：2024-06-20\n某某市民政局\n我市自2021年起按照每人每年8.2万元的标准购买社工岗位服务，督导经费按每人每月300元列支。",
      ),
    ).toEqual([
      "standard.package_fee_general=82000@2021:exact",
      "standard.supervision_fee=300@2024-06-20:exact",
    ]);
  });
});

describe("yearbooks and chronicles", () => {
  it("goes on counting the series of the sentence before in a sentence that opens with a year (地方志)", () => {
    expect(
      shown("发布时间：2008-05-01\n1992年，全县登记社会团体18个。1997年增至31个，2002年达47个。"),
    ).toEqual([
      "social_org.social_groups=18@1992:exact",
      "social_org.social_groups=31@1997:exact",
      "social_org.social_groups=47@2002:exact",
    ]);
    // A year's new ones in between: the bare figure after them counts nothing.
    expect(shown("发布时间：2008-05-01\n全县共有社会团体47个。2006年新登记5个。2007年为8个。")).toEqual([
      "social_org.social_groups=47@2008-05-01:exact",
    ]);
  });
});

describe("the years an undated text speaks of", () => {
  it("reads an undated text's undated figures at the end of its latest year where it counts to it", () => {
    // A fragment of a yearly bulletin: its stocks are counted to the year's end.
    expect(latestDateMentioned("全省持证社工共计3.1万人。截至2018年底，全省共有养老机构900个。")).toBe(
      "2018-12-31",
    );
    expect(latestDateMentioned("2018年末全市共有社区320个。")).toBe("2018-12-31");
    // A month of that year named: the year alone.
    expect(latestDateMentioned("截至2018年底有社工站40个，2018年6月又建成5个。")).toBe("2018");
    // The year's end of an earlier year: the latest year alone.
    expect(latestDateMentioned("截至2017年底共有社工站40个，2018年新建12个。")).toBe("2018");
    expect(latestDateMentioned("目前全县共有社工站12个。")).toBeNull();
  });

  it("does not take a cited plan's span (规划（2011—2020年）) for the text's own time", () => {
    expect(latestYearMentioned("依据《某省人才规划（2011—2020年）》，2013年全省社工人才已有1.2万人。")).toBe(
      "2013",
    );
    expect(latestYearMentioned("根据《某某纲要(2010—2020年)》制定本规划。")).toBeNull();
    // A PDF that wrapped the line inside the first year leaves a space in it.
    expect(latestYearMentioned("2014年，依据《某某规划(20 11-2020年)》开展工作。")).toBe("2014");
    expect(latestYearMentioned("截至2019年底，全市社工站（2019年建成）共有40个。")).toBe("2019");
  });

  it("does not take the year something began (2017年开始, 2019年起) for the text's own time", () => {
    expect(
      latestYearMentioned("2015年全县有社工站3个。2018年开始，县里推行社工进村，目前已有社工站20个。"),
    ).toBe("2015");
    expect(latestYearMentioned("2020年起，某市实行志愿者积分制度。")).toBeNull();
    // 以2008年为标志: the year a change began, not the text's now.
    expect(
      latestYearMentioned("以2008年为标志，某省社工发展进入新阶段，到去年底持证社工有3000余人。"),
    ).toBeNull();
    expect(latestYearMentioned("以2015年为起点，2019年全县建成社工站12个。")).toBe("2019");
    // 起草 is no beginning of a span.
    expect(latestYearMentioned("2021年起草的办法已经出台。")).toBe("2021");
    // 以来 still reaches the text's own time: 2022年以来，… is most often of this year.
    expect(latestYearMentioned("2022年以来，全区建成社工站13个。")).toBe("2022");
  });

  it("does not take the year a programme was launched or a body founded (2010年启动, 成立于2012年)", () => {
    expect(latestYearMentioned("某市社工站建设于2010年启动。截至9月底，全市已建成社工站125个。")).toBeNull();
    expect(latestYearMentioned("2016年正式启动的“三社联动”试点，截至2019年底覆盖社区80个。")).toBe("2019");
    expect(latestYearMentioned("该协会成立于2012年，现有会员单位56家。")).toBeNull();
    expect(latestYearMentioned("项目始于2014年，2018年全区有社工站9个。")).toBe("2018");
    // A launch meeting (启动会) held that year is of the text's own time.
    expect(latestYearMentioned("2023年启动会上，全区社会组织共有312家。")).toBe("2023");
  });
});
