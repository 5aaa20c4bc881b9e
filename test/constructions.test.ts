// Constructions seen in published replies, news and summaries, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { explainFact } from "../extractors/explain.js";
import { fixSpacing } from "../pipeline/normalize/spacing.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";
import { MappedBuilder } from "../schemas/basics/mapped.js";

const facts = (text: string) => processDocument(textDocument(text)).facts.filter((f) => f.metric !== "other");
const shown = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.asOf}`);
const placed = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.region}`);

describe("constructions of real documents", () => {
  it("dates both ends of a change between two years", () => {
    expect(shown("2010年到2020年，全省社会组织数量由5120个增长到9876个，增长率为92.9%。")).toEqual([
      "social_org.total=5120@2010",
      "social_org.total=9876@2020",
    ]);
  });

  it("keeps the figure a change arrives at, written with 由 or 从", () => {
    expect(
      shown("发布时间：2021-05-06\n其中，持证社会工作者人数由512人增长到1380人，增长率达到170%。"),
    ).toEqual(["social_work.certified_workers=1380@2021-05-06"]);
    expect(shown("发布时间：2021-05-06\n五年来，全省社会工作服务机构总量从31个增长到207个。")).toEqual([
      "social_work.service_orgs=207@2021-05-06",
    ]);
  });

  it("keeps the figure a change arrives at when an adverb or the noun stands between the verb and the figure", () => {
    expect(shown("2011年3月5日\n全县注册义工已由最初的40人迅速增长到1.2万余人。")).toEqual([
      "social_work.volunteers=12000@2011-03-05",
    ]);
    expect(shown("2011年3月5日\n十年来，协会由最初的12人发展壮大到注册志愿者8731人。")).toEqual([
      "social_work.volunteers=8731@2011-03-05",
    ]);
    expect(shown("2014年6月1日\n全市社会组织由2009年的860家稳步增长到1320家。")).toEqual([
      "social_org.total=860@2009",
      "social_org.total=1320@2014-06-01",
    ]);
  });

  it("counts registered youth volunteers, the register of the years before 2017, as volunteers", () => {
    expect(shown("2012年12月3日\n截至今年10月底，全省经过规范注册的青年志愿者达218万。")).toEqual([
      "social_work.volunteers=2180000@2012-10-31",
    ]);
    // Youth volunteers not said to be registered are some volunteers only; so are registered ones listed as a part.
    expect(shown("2012年12月3日\n全县有青年志愿者6000人。")).toEqual([]);
    expect(shown("2012年12月3日\n全县注册志愿者2.1万人，其中注册青年志愿者1.3万人。")).toEqual([
      "social_work.volunteers=21000@2012-12-03",
    ]);
  });

  it("does not count bodies it has just named as the series", () => {
    expect(
      shown(
        "2023年3月1日\n新登记的有某某区阳光社会工作服务中心和某某区晨曦心理咨询服务中心2家民办非企业单位。",
      ),
    ).toEqual([]);
  });

  it("reads the list a figure was put on when the organisations go unsaid", () => {
    expect(shown("2021年，全省共列入“活动异常名录”1204家，列入“严重违法失信名单”97家。")).toEqual([
      "social_org.abnormal_listed=1204@2021",
      "social_org.abnormal_listed=97@2021",
    ]);
  });

  it("reads an annual inspection said as a verb before its count, with 个 as with 家", () => {
    expect(
      shown(
        "2017年9月1日\n省民政厅近日完成2016年度网上年检,此次网上年检全省性社会组织1320个,其中合格1201个,基本合格98个,不合格21个。年检不合格的21个社会组织须限期整改。",
      ),
    ).toEqual(["social_org.annual_report_reviews=1320@2016"]);
    expect(shown("2019年5月6日\n市民政局年检72个市级社会组织。")).toEqual([
      "social_org.annual_report_reviews=72@2019-05-06",
    ]);
  });

  it("reads a spot-check audit of organisations drawn at random, and keeps its kinds as parts of it", () => {
    expect(
      shown(
        "2022年11月3日\n市民政局随机抽取40个全市性社会组织开展抽查审计,其中社会团体24个、民办非企业单位10个、基金会6个。",
      ),
    ).toEqual(["social_org.annual_report_reviews=40@2022-11-03"]);
  });

  it("leaves the organisations that took part in a grading uncounted as all there are", () => {
    expect(shown("2016年8月2日\n截至目前，全县共有356家社会组织积极参评，参评率达95%。")).toEqual([]);
  });

  it("keeps the cumulative count of those graded, said with the verb that gave the grade", () => {
    expect(
      shown("2020年1月2日\n自2015年开展评估以来,全市累计评选出5A级社会组织12家、4A级社会组织57家。"),
    ).toEqual(["social_org.rating_5a=12@2020-01-02", "social_org.rating_4a=57@2020-01-02"]);
  });

  it("counts projects named only 项目 in a sentence about buying social-work services", () => {
    expect(
      shown("时间：2016-04-02\n我市首次实施政府购买社会工作服务，某某中心助老服务等23个项目予以立项。"),
    ).toEqual(["social_work.purchased_projects=23@2016-04-02"]);
  });

  it("reads a count registered all told, said after the noun (社会组织共登记…)", () => {
    expect(shown("截至2023年底，全县社会组织共登记412家，其中社会团体150家。")).toEqual([
      "social_org.total=412@2023-12-31",
      "social_org.social_groups=150@2023-12-31",
    ]);
    // What was newly registered is no count of the series.
    expect(shown("2023年，全县社会组织新登记41家。")).toEqual([]);
  });

  it("reads the noun after a relative year's end written without a comma (上年末全市共有…)", () => {
    expect(shown("发布时间：2023-08-10\n据统计，上年末全市共有社会组织2870家。")).toEqual([
      "social_org.total=2870@2022-12-31",
    ]);
    expect(shown("发布时间：2023-08-10\n去年底全区持证社工有615人。")).toEqual([
      "social_work.certified_workers=615@2022-12-31",
    ]);
  });

  it("reads where a figure arrived after the clause saying how it changed (较上年增加45家，达到…)", () => {
    expect(shown("2021年6月1日\n全县社会组织总数较2019年同比增加38家，达到1216家。")).toEqual([
      "social_org.total=1216@2021-06-01",
    ]);
    expect(shown("2021年6月1日\n全区持证社工比上年新增120人，达到870人。")).toEqual([
      "social_work.certified_workers=870@2021-06-01",
    ]);
    // Not a clause that says something else after the change.
    expect(shown("2021年6月1日\n全县新登记社会组织56家，达到历史新高。")).toEqual([]);
  });

  it("reads a total said after the changes of the year (新登记…，注销…，目前共有…; 新增…，总数达到…)", () => {
    expect(shown("2021年6月1日\n今年1—5月，全县新登记社会组织31家，注销12家，目前共有1216家。")).toEqual([
      "social_org.total=1216@2021-06-01",
    ]);
    expect(shown("2021年6月1日\n2020年新增持证社工210人，总数达到1430人。")).toEqual([
      "social_work.certified_workers=1430@2020",
    ]);
  });

  it("reads a figure after a clause that names the series and its milestone, rank or growth", () => {
    expect(shown("2021年6月1日\n全县持证社工人数首次突破千人大关，达到1046人。")).toEqual([
      "social_work.certified_workers=1046@2021-06-01",
    ]);
    expect(shown("2021年6月1日\n全市注册志愿者人数居全省第一位，达到52万人。")).toEqual([
      "social_work.volunteers=520000@2021-06-01",
    ]);
    expect(shown("2021年6月1日\n近年来，全县社会组织蓬勃发展，总数达到432家。")).toEqual([
      "social_org.total=432@2021-06-01",
    ]);
    expect(shown("2021年6月1日\n全区社会组织发展迅速，达到1200家。")).toEqual([
      "social_org.total=1200@2021-06-01",
    ]);
  });

  it("dates 今年一季度 at the quarter's end, not January, and 上月底, 上季度末 by the document's month", () => {
    expect(shown("2021年6月15日\n截至今年一季度，全区共有社会组织860家。")).toEqual([
      "social_org.total=860@2021-03-31",
    ]);
    expect(shown("2021年6月15日\n截至去年第三季度末，全区共有社会组织840家。")).toEqual([
      "social_org.total=840@2020-09-30",
    ]);
    // 上月底, 上季度末: relative to the document's month.
    expect(shown("2021年6月15日\n截至上月底，全市持证社工达到1200人。")).toEqual([
      "social_work.certified_workers=1200@2021-05-31",
    ]);
    expect(shown("2021年1月10日\n截至上季度末，全区共有社会组织860家。")).toEqual([
      "social_org.total=860@2020-12-31",
    ]);
    // 上半年末 is the end of June, though 半年末 holds 年末.
    expect(shown("2023年8月10日\n上半年末全市共有社会组织3050家。")).toEqual([
      "social_org.total=3050@2023-06-30",
    ]);
  });

  it("goes on counting the series after a clause that is only a date (；截至今年7月，增至…)", () => {
    expect(
      shown("发布时间：2023-08-10\n截至2022年末，全县社会组织1210家；截至今年7月，增至1256家。"),
    ).toEqual(["social_org.total=1210@2022-12-31", "social_org.total=1256@2023-07"]);
    expect(
      shown("发布时间：2023-08-10\n截至去年底，全区持证社工有615人；截至今年6月底，达到702人。"),
    ).toEqual([
      "social_work.certified_workers=615@2022-12-31",
      "social_work.certified_workers=702@2023-06-30",
    ]);
  });

  it("leaves people trained or sent out of the stock of professionals", () => {
    expect(shown("2022年12月1日\n累计选派41名社会工作人才前往山区，为当地培养社会工作人才18名。")).toEqual(
      [],
    );
  });

  it("does not cut prose run together with spaces into table cells", () => {
    const builder = new MappedBuilder();
    const prose = `标题2022-01-10 11:22:02     来源:某网  阅读量:100日前,${"全省注册志愿者持续增长,服务队伍不断壮大,".repeat(12)}`;
    builder.push(prose, 0, 0);
    expect(fixSpacing(builder.build()).text.text).not.toContain("\t");
  });

  it("gives each figure of 分别 the noun in its place of the list, unless the words only qualify one noun", () => {
    expect(shown("截至2020年上半年，全区镇、乡、街道分别为21个、7个、9个。")).toEqual([
      "community.streets=9@2020-06-30",
    ]);
    expect(shown("2021年，街道和社区党组织分别为12个、85个。")).toEqual([]);
  });

  it("explains how a figure became a fact", () => {
    const [fact] = facts("2019年12月31日\n截至去年底，全市已拥有社工机构147家。");
    expect(fact).toBeDefined();
    if (!fact) return;
    const e = explainFact(fact);
    expect(e.metric).toBe("social_work.service_orgs");
    expect(e.head).toBe("社工机构");
    expect(e.asOf).toBe("2018-12-31");
    expect(e.dateFrom).toContain("stated in the sentence");
    expect(e.modifiers.map((m) => m.verdict)).not.toContain("changes");
  });

  it("goes on counting the noun of a dated clause in the dated clauses after it", () => {
    expect(shown("2016年，我省社会组织总量为2.1万家；2017年达到2.4万家；2018年超过2.8万家。")).toEqual([
      "social_org.total=21000@2016",
      "social_org.total=24000@2017",
      "social_org.total=28000@2018",
    ]);
    expect(shown("2019年，全市持证社工860人，2020年1020人，2021年为1310人。")).toEqual([
      "social_work.certified_workers=860@2019",
      "social_work.certified_workers=1020@2020",
      "social_work.certified_workers=1310@2021",
    ]);
    // A change is not the noun's figure, and a sub-kind stays a sub-kind.
    expect(shown("2020年全市社会组织3100家；2021年增长6%。")).toEqual(["social_org.total=3100@2020"]);
    expect(shown("2020年，全市新增社会组织120家，2021年达到350家。")).toEqual([]);
  });

  it("reads the earlier figure a change is measured from at its own year", () => {
    expect(shown("截至2023年底，全省基金会有412家，与2022年的389家相比增加了23家。")).toEqual([
      "social_org.foundations=412@2023-12-31",
      "social_org.foundations=389@2022",
    ]);
    expect(shown("截至2023年底，全市社会团体1466个，比上年的1420个增加46个。")).toEqual([
      "social_org.social_groups=1466@2023-12-31",
      "social_org.social_groups=1420@2022",
    ]);
    // Measured from a year's end, the earlier figure is of that year's last day.
    expect(shown("截至2024年3月31日，全县登记社会组织共计530家，较2022年底的488家增加42家。")).toEqual([
      "social_org.total=530@2024-03-31",
      "social_org.total=488@2022-12-31",
    ]);
    expect(shown("截至2023年底，全市社会团体1466个，比上年底的1420个增加46个。")).toEqual([
      "social_org.social_groups=1466@2023-12-31",
      "social_org.social_groups=1420@2022-12-31",
    ]);
  });

  it("reads a bracket that gives another year's figure as the series at that year, not a part", () => {
    expect(
      shown("2024年9月1日\n上半年，全县购买社会工作服务项目42个（2023年全年为58个），投入资金860万元。"),
    ).toEqual(["social_work.purchased_projects=42@2024-06-30", "social_work.purchased_projects=58@2023"]);
    expect(shown("2024年9月1日\n全县持证社会工作者640人（2022年底为512人）。")).toEqual([
      "social_work.certified_workers=640@2024-09-01",
      "social_work.certified_workers=512@2022-12-31",
    ]);
    // A bracket of parts is still parts, and a date in a bracket of its own dates the figure before it.
    expect(shown("2024年9月1日\n全县持证社会工作者640人（其中社会工作师120人）。")).toEqual([
      "social_work.certified_workers=640@2024-09-01",
    ]);
    expect(shown("2024年9月1日\n全县持证社会工作者640人（截至2024年6月底）。")).toEqual([
      "social_work.certified_workers=640@2024-06-30",
    ]);
  });

  it("reads totals named 登记总数, 累计登记数量 and holders named by their certificate", () => {
    expect(shown("截至2022年5月，全区社会组织登记总数已经突破1500家。")).toEqual([
      "social_org.total=1500@2022-05",
    ]);
    expect(shown("截至2021年底，全市持有社会工作者职业水平证书人数达到2318人。")).toEqual([
      "social_work.certified_workers=2318@2021-12-31",
    ]);
    expect(shown("截至2021年底，全市持有养老护理员职业资格证书人数达到560人。")).toEqual([]);
  });

  it("drops pinyin glosses that mirror sites put after characters", () => {
    expect(
      shown("截至2020年底，全市鎮(zhèn)街社工站(zhàn)共有46個，社會(huì)組織總數(shù)達到1890家。"),
    ).toEqual(["social_work.stations=46@2020-12-31", "social_org.total=1890@2020-12-31"]);
  });

  it("dates a headline that repeats a figure by the body's statement of it", () => {
    expect(
      shown("全年建成社工站420个\n发布时间：2022-01-06\n2021年，全省已建成乡镇（街道）社工站420个。"),
    ).toEqual(["social_work.stations=420@2021", "social_work.stations=420@2021"]);
  });

  it("reads the undated figures of an undated text at the latest year it speaks of", () => {
    expect(
      shown("在2023年社会工作宣传周启动仪式上获悉，目前全市有持证社会工作者3120人，到2025年将达到5000人。"),
    ).toEqual(["social_work.certified_workers=3120@2023"]);
    // 截至2022年底 is the time a bulletin's figures describe, not a goal like 到2025年: its year's end.
    expect(
      shown(
        "全系统职工人数比上年增长3.2%（持证社会工作者共计4.1万人）；截至2022年底，自2020年起新建的机构有62个。",
      ),
    ).toEqual(["social_work.certified_workers=41000@2022-12-31"]);
  });

  it("gives a table whose cells lost their separators its columns back", () => {
    const table = [
      "2021年社会服务统计6月份报表",
      "指标名称单位数量",
      "一、乡级行政区划单位",
      "街道98",
      "二、社会组织",
      "社会组织个8,312",
      "社会团体个3,020",
      "基金会个95",
      "民办非企业单位个5,197",
      "注：本表数据为期末数，全市共有街道98个。",
    ].join("\n");
    expect(shown(table)).toEqual([
      "community.streets=98@2021-06-30",
      "social_org.total=8312@2021-06-30",
      "social_org.social_groups=3020@2021-06-30",
      "social_org.foundations=95@2021-06-30",
      "social_org.private_non_enterprise=5197@2021-06-30",
      "community.streets=98@2021-06-30",
    ]);
  });

  it("counts 民间组织, the name before 2007, as social organisations", () => {
    expect(shown("截至2006年底，全省共有民间组织1.2万个。")).toEqual(["social_org.total=12000@2006-12-31"]);
  });

  it("takes the unit a count with 万 leaves out from the noun before it", () => {
    expect(shown("截至2020年底，全市实名注册志愿者312万，志愿服务组织1.6万个。")).toEqual([
      "social_work.volunteers=3120000@2020-12-31",
    ]);
    expect(shown("截至2020年底，全市女性注册志愿者达161万，占比51.6%。")).toEqual([]);
  });

  it("counts volunteers registered on a named platform or system", () => {
    expect(shown("截至2021年6月，志愿服务信息系统实名注册志愿者超过860万人。")).toEqual([
      "social_work.volunteers=8600000@2021-06",
    ]);
  });

  it("reads both ends of a change when each is given with its own year", () => {
    expect(shown("全省社会组织总数由2016年的3.4万家增加到2021年的4.8万家。")).toEqual([
      "social_org.total=34000@2016",
      "social_org.total=48000@2021",
    ]);
    expect(shown("全市持证社工由2018年底的640人增长到2022年底的1930人。")).toEqual([
      "social_work.certified_workers=640@2018-12-31",
      "social_work.certified_workers=1930@2022-12-31",
    ]);
  });

  it("reads a grade written between the number and its noun, with or without a space", () => {
    expect(
      shown(
        "2020年12月1日\n五年来共评估社会组织90家，评出3家5A级社会组织、12家4 A级社会组织和40家3A级社会组织。",
      ),
    ).toEqual([
      "social_org.rating_5a=3@2020-12-01",
      "social_org.rating_4a=12@2020-12-01",
      "social_org.rating_3a=40@2020-12-01",
    ]);
  });

  it("leaves a news lead's credit out of the noun its first figure counts", () => {
    expect(
      shown(
        "2021年6月9日\n本报讯（记者 某某 通讯员 某某）全市社会工作专业人才总量达到8600人，其中持证社工2900人。",
      ),
    ).toEqual(["social_work.professionals=8600@2021-06-09", "social_work.certified_workers=2900@2021-06-09"]);
    expect(shown("2021年6月9日\n【某某网讯】全区注册志愿者达到6.2万人。")).toEqual([
      "social_work.volunteers=62000@2021-06-09",
    ]);
  });

  it("reads a grade after the verb that gave it (累计评选出5A级社会组织…)", () => {
    expect(
      shown(
        "2021年3月5日\n评估开展以来，全区累计评选出5A级社会组织7家、4A级52家，被评为3A级的社会组织90家。",
      ),
    ).toEqual([
      "social_org.rating_5a=7@2021-03-05",
      "social_org.rating_4a=52@2021-03-05",
      "social_org.rating_3a=90@2021-03-05",
    ]);
  });

  it("gives a bare 规模总量 the noun of the clause before it", () => {
    expect(shown("2019年6月1日\n全省社会工作专业人才队伍日益壮大，规模总量达到4.2万人。")).toEqual([
      "social_work.professionals=42000@2019-06-01",
    ]);
    expect(shown("2019年6月1日\n全省社会工作服务机构迅速发展，总数达到310家。")).toEqual([
      "social_work.service_orgs=310@2019-06-01",
    ]);
  });

  it("reads the parts of a count of what is new as new too", () => {
    expect(shown("2022年，全县新增社会组织38家，其中社会团体15家、民办非企业单位23家。")).toEqual([]);
    expect(shown("2022年新增等级社会组织21家，其中：新增3A等级社会组织9家，4A等级4家。")).toEqual([]);
    // The first part says its verb after its noun (登记), and the parts listed after it share it.
    expect(
      shown("2022年，全县社会组织登记46家，其中社会团体登记20家、民办非企业单位24家、基金会2家。"),
    ).toEqual([]);
    // With no span of time before it, or at a point in time, 登记 after the noun says they are on the register.
    expect(shown("2024年1月10日\n全区社会组织登记612家，其中社团150个、民非462家。")).toEqual([
      "social_org.total=612@2024-01-10",
      "social_org.social_groups=150@2024-01-10",
      "social_org.private_non_enterprise=462@2024-01-10",
    ]);
    expect(
      shown(
        "2024年1月10日\n截至2023年底，全市社会组织登记1320家，其中社会团体登记410家、民办非企业单位登记910家。",
      ),
    ).toEqual([
      "social_org.total=1320@2023-12-31",
      "social_org.social_groups=410@2023-12-31",
      "social_org.private_non_enterprise=910@2023-12-31",
    ]);
    expect(shown("2024年1月10日\n今年以来，全市社会组织登记56家。")).toEqual([]);
    // A change measured against last year leaves the list to the figure before it.
    expect(shown("2022年，全县共有社会组织410家，较上年净增12家，其中社会团体190家。")).toEqual([
      "social_org.total=410@2022",
      "social_org.social_groups=190@2022",
    ]);
  });

  it("keeps the parts of a population the catalogue does not count out of its series", () => {
    expect(shown("2021年，参加年度工作报告的社会团体812个（含未经业务主管单位初审的社会团体9个）。")).toEqual(
      [],
    );
  });

  it("leaves organisations a bureau contacts or guides out of the stock", () => {
    expect(shown("2020年，全县选派32名党建指导员，联系指导96个社会组织。")).toEqual([]);
  });

  it("reads the parts of a graded total as graded, not as all of their kind", () => {
    expect(
      shown(
        "2023年6月1日\n截至目前，全市5A级社会组织已达61家，其中：社会团体25家，社会服务机构30家，基金会6家。",
      ),
    ).toEqual(["social_org.rating_5a=61@2023-06-01"]);
    expect(shown("2023年6月1日\n在评估有效期内的社会组织共计870家。")).toEqual([]);
  });

  it("ends the noun before a verb that says what the counted do", () => {
    expect(shown("2021年5月6日\n全县8个社工站31名社工立足镇街、深入村居，勇于探索。")).toEqual([
      "social_work.stations=8@2021-05-06",
      "social_work.workers=31@2021-05-06",
    ]);
    expect(shown("2021年5月6日\n该县9名社工立足乡镇，为困难群众提供服务。")).toEqual([
      "social_work.workers=9@2021-05-06",
    ]);
  });

  it("ends a 其中 list at a comparison and dates the earlier figure at the year it is compared with", () => {
    expect(
      shown(
        "截至2020年底，全市持证社会工作者共有1460人，其中初级1200人，中级260人，相比2015年全市仅有180名持证社工。",
      ),
    ).toEqual(["social_work.certified_workers=1460@2020-12-31", "social_work.certified_workers=180@2015"]);
    // Compared with a year, the figure of now keeps its own date.
    expect(shown("2021年3月1日\n与2015年相比，全市持证社工达到1460人。")).toEqual([
      "social_work.certified_workers=1460@2021-03-01",
    ]);
  });

  it("leaves figures spread with 分别 over years it does not name undated and out of the series", () => {
    expect(shown("2019年5月6日\n近三年，全市分别有310、420、380人取得社会工作者职业资格证书。")).toEqual([]);
  });

  it("counts those who have passed the qualifying examination, when the text counts them to a date", () => {
    expect(shown("截至2019年底，全县共412人通过全国社会工作者职业水平考试。")).toEqual([
      "social_work.certified_workers=412@2019-12-31",
    ]);
    // Those who passed in one year are an event.
    expect(shown("2019年，全县有57人通过全国社会工作者职业水平考试。")).toEqual([]);
    // A word of how it went before the verb (顺利, 成功) leaves them those who passed.
    expect(shown("2020年4月2日\n自2010年首次开考以来，全市累计报考5200人，已有1268人顺利通过考试。")).toEqual(
      ["social_work.certified_workers=1268@2020-04-02"],
    );
  });

  it("does not read a relative time that opens a headline's next clause as what a figure counts", () => {
    expect(shown("2021年5月8日\n全市持证社工3120名 今年2600人报名社工考试")).toEqual([
      "social_work.certified_workers=3120@2021-05-08",
    ]);
  });

  it("counts social-work stations counted with 家", () => {
    expect(shown("2023年3月1日\n截至目前，全省建成乡镇（街道）社工站1320家。")).toEqual([
      "social_work.stations=1320@2023-03-01",
    ]);
  });

  it("does not count organisations of an age as all of them", () => {
    expect(shown("成立8年以上社会组织仅有3100家，3至8年的约4200家。全省社会组织共9800家。")).toEqual([
      "social_org.total=9800@null",
    ]);
    expect(shown("全市登记满5年的社会组织有260家，社会组织总数为710家。")).toEqual([
      "social_org.total=710@null",
    ]);
  });

  it("does not count a bulletin's institutions with or without beds as 社会服务机构 registered", () => {
    expect(
      shown(
        "截至2022年底，全市提供住宿的社会服务机构46个，床位5200张；不提供住宿的社会服务机构310个。全市共有社会服务机构820个。",
      ),
    ).toEqual(["social_org.private_non_enterprise=820@2022-12-31"]);
  });

  it("reads 社会服务机构 in a text from before 2016 as every institution serving society, not 民办非企业单位", () => {
    // Before the Charity Law of 2016 the words named every kind of institution in a bulletin.
    expect(
      shown("发布时间：2012-07-02\n截至2011年底，全省共有社会服务机构8.3万个，职工总数41万人。"),
    ).toEqual([]);
    expect(shown("发布时间：2015-05-20\n2.1万个社会服务机构")).toEqual([]);
    // From 2016 on they name the registered kind; said beside 民办非企业单位 they do at any date.
    expect(shown("发布时间：2019-03-01\n截至2018年底，全市共有社会服务机构630个。")).toEqual([
      "social_org.private_non_enterprise=630@2018-12-31",
    ]);
    expect(
      shown("发布时间：2014-03-01\n截至2013年底，全市共有民办非企业单位（社会服务机构）412个。"),
    ).toEqual(["social_org.private_non_enterprise=412@2013-12-31"]);
  });

  it("does not take a count of a country abroad for one of ours", () => {
    expect(
      shown("2010年5月6日\n英国2009年有17万个慈善组织和9000个基金会。截至2010年4月底，本市共有基金会12个。"),
    ).toEqual(["social_org.foundations=12@2010-04-30"]);
    expect(shown("2012年3月1日\n在国外，社会工作者约占人口的2‰；日本有社会工作者19万名。")).toEqual([]);
  });

  it("reads what a total will reach as a goal, not a count", () => {
    expect(shown("2011年4月2日\n全区注册志愿者将达5万人，目前全区有注册志愿者3.2万人。")).toEqual([
      "social_work.volunteers=32000@2011-04-02",
    ]);
  });

  it("does not read an undated text at a year it compares with or a span to now begins at", () => {
    expect(shown("全省报名人数比2019年增长近一倍。目前，全省共有持证社会工作者9120人。")).toEqual([
      "social_work.certified_workers=9120@null",
    ]);
    expect(shown("从2015年开展等级评估至今，先后评估出3家5A级社会组织。")).toEqual([
      "social_org.rating_5a=3@null",
    ]);
    // The end of a past span is a past year: 从2016年…至2019年.
    expect(
      shown("从2016年开考至2019年，全县报考人数逐年增加。目前，全县共有95人通过全国社会工作者职业水平考试。"),
    ).toEqual(["social_work.certified_workers=95@2019"]);
  });

  it("reads a short gloss in ASCII brackets, and 全覆盖 after the noun, as in full-width ones", () => {
    expect(shown("发布时间：2023-07-02\n截至6月底,实现全县9个乡镇(街道)社工站全覆盖。")).toEqual([
      "social_work.stations=9@2023-06-30",
    ]);
    expect(shown("发布时间：2023-07-02\n全县已建成社工站(点)21个。")).toEqual([
      "social_work.stations=21@2023-07-02",
    ]);
  });

  it("reads a province or city named without its division word as the place counted", () => {
    expect(placed("截至2020年底，浙江实名注册志愿者达1350万人，居全国首位。")).toEqual([
      "social_work.volunteers=13500000@浙江省",
    ]);
    expect(placed("2019年，温州持证社工达到2100人。")).toEqual(["social_work.certified_workers=2100@温州市"]);
  });

  it("does not read 全国 in the name of a system or in a rank as the place counted", () => {
    expect(placed("目前，我县在全国志愿服务信息系统中注册的志愿者有3.2万人。")).toEqual([
      "social_work.volunteers=32000@null",
    ]);
    expect(placed("该市持证社工达到3100人，走在全国前列。")).toEqual([
      "social_work.certified_workers=3100@null",
    ]);
    // 我国, 中国 name the whole country, and a bare count after 总人数 is of people.
    expect(placed("中国实名注册志愿者总人数超5800万。")).toEqual(["social_work.volunteers=58000000@全国"]);
    expect(placed("截至2022年底，我国共有社会组织89万个。")).toEqual(["social_org.total=890000@全国"]);
  });

  it("does not read 全国 in the name of an examination or certificate held as the place counted", () => {
    expect(placed("截至2022年底，我县持有全国助理和中级社会工作师证书的人员有316人。")).toEqual([
      "social_work.certified_workers=316@null",
    ]);
    expect(placed("目前，本区通过全国社会工作者职业水平考试的人员累计达527人。")).toEqual([
      "social_work.certified_workers=527@null",
    ]);
    // Without a verb of holding or passing, 全国 is the place: a national count.
    expect(placed("截至2022年底，全国持证社会工作者共计93.1万人。")).toEqual([
      "social_work.certified_workers=931000@全国",
    ]);
  });

  it("reads 我市, 本市 (我省, 本区 …) as the issuer's own place, after a clause about the province", () => {
    expect(placed("宁波市民政局\n2023年3月1日\n全省共有社会组织7.1万家，我市社会组织总量达3080家。")).toEqual(
      ["social_org.total=71000@浙江省", "social_org.total=3080@宁波市"],
    );
    expect(placed("宁波市民政局\n2023年3月1日\n全省持证社工5.1万人，本市持证社工1.2万人。")).toEqual([
      "social_work.certified_workers=51000@浙江省",
      "social_work.certified_workers=12000@宁波市",
    ]);
  });

  it("reads a bare count in 万 followed straight by the noun it counts (在全市186万余志愿者中)", () => {
    const found = facts("2024年3月2日\n在全市186万余志愿者中，女性志愿者占一半以上。");
    expect(found.map((f) => `${f.metric}=${f.value}:${f.qualifier}`)).toEqual([
      "social_work.volunteers=1860000:more_than",
    ]);
    expect(shown("2024年3月2日\n全国89万社会组织，分布在各个领域。")).toEqual([
      "social_org.total=890000@2024-03-02",
    ]);
    // Not when the noun goes on into another (资金): a bare 万 there is money or nothing.
    expect(shown("2024年3月2日\n全年投入500万社会组织发展资金。")).toEqual([]);
  });

  it("reads a place named before its rank, or before 在, as the place it counts", () => {
    expect(placed("从各区的注册志愿者人数来看，江北区位居全市第一，有近8.2万名志愿者。")).toEqual([
      "social_work.volunteers=82000@江北区",
    ]);
    expect(placed("北仑区排名第二，共有持证社工1260人。")).toEqual([
      "social_work.certified_workers=1260@北仑区",
    ]);
    // …or before where its figures were registered: 某市在民政部门登记的….
    expect(placed("目前晋安市在民政部门登记的社工机构只有9家。")).toEqual([
      "social_work.service_orgs=9@晋安市",
    ]);
  });

  it("reads the place an earlier clause of the sentence opens with", () => {
    expect(
      placed("江西省注册志愿者数量逐年增长，目前在全国志愿服务信息系统中实名注册的志愿者已达到820万人。"),
    ).toEqual(["social_work.volunteers=8200000@江西省"]);
  });

  it("reads the place picked out of a set said before it (全省中杭州市…, 西部地区中四川省…)", () => {
    expect(placed("浙江省民政厅\n2023年，全省中湖州市社会组织数量最多，达到6200家。")).toEqual([
      "social_org.total=6200@湖州市",
    ]);
    expect(placed("宁波市民政局\n全市各区中，鄞州区持证社工数量最多，达到1320人。")).toEqual([
      "social_work.certified_workers=1320@鄞州区",
    ]);
    expect(
      placed("2023年，西北地区中甘肃省社会团体拥有量较高，在31个省区市中列第十位，数量为9120个。"),
    ).toEqual(["social_org.social_groups=9120@甘肃省"]);
    // A clause opening with a place, after a figure of another place and a set with a count of its own.
    expect(
      placed("江西省共有持证社工6.1万人，11个设区市中，赣州市持证社工最多，为7300人，南昌市次之，为6900人。"),
    ).toEqual(["social_work.certified_workers=61000@江西省", "social_work.certified_workers=7300@赣州市"]);
    // 其中 before the place: a place's share of the total, counted for that place.
    expect(placed("福建省民政厅\n全省持证社工达到4.2万人，其中泉州市持证社工5600人。")).toEqual([
      "social_work.certified_workers=42000@福建省",
      "social_work.certified_workers=5600@泉州市",
    ]);
    // 中心 after 全市 is no set a place is picked from: 全市中心城区 is the city's.
    const centre = processDocument(textDocument("宁波市民政局\n全市中心城区共有社会组织2800家。")).facts;
    expect(centre.map((f) => `${f.value}@${f.region}`)).toEqual(["2800@宁波市"]);
  });

  it("dates a figure by the year said of it, and the figure a change arrives at by its own time", () => {
    expect(shown("发布时间：2024-03-05\n全县持证社工从2019年的150人增加到目前的520人。")).toEqual([
      "social_work.certified_workers=150@2019",
      "social_work.certified_workers=520@2024-03-05",
    ]);
    expect(shown("发布时间：2024-03-05\n全县持证社工从2019年的150人增加到520人。")).toEqual([
      "social_work.certified_workers=150@2019",
      "social_work.certified_workers=520@2024-03-05",
    ]);
  });

  it("reads a sentence opening with 其中 as the parts of the figure before it", () => {
    expect(shown("2023年5月4日\n全县共有社会组织640家。其中，县本级登记的社会组织210家。")).toEqual([
      "social_org.total=640@2023-05-04",
    ]);
    expect(shown("2023年5月4日\n全县共有社会组织640家。其中，社会团体250家，民办非企业单位390家。")).toEqual([
      "social_org.total=640@2023-05-04",
      "social_org.social_groups=250@2023-05-04",
      "social_org.private_non_enterprise=390@2023-05-04",
    ]);
  });

  it("leaves out figures that pick some of a series out by what they have or the field they work in", () => {
    expect(shown("2023年5月4日\n全镇有18个社区已建立党组织。")).toEqual([]);
    expect(shown("2023年5月4日\n全省4100余家社会组织活跃在乡村振兴领域。")).toEqual([]);
    // All of them: still the series.
    expect(shown("2023年5月4日\n全镇18个社区均已建立党组织。")).toEqual([
      "community.communities=18@2023-05-04",
    ]);
    expect(shown("2023年5月4日\n全省6.1万家社会组织分布在各个领域。")).toEqual([
      "social_org.total=61000@2023-05-04",
    ]);
    expect(shown("2023年5月4日\n全县9个社工站已建成并投入运营。")).toEqual([
      "social_work.stations=9@2023-05-04",
    ]);
  });

  it("does not date figures at the meeting where they were told", () => {
    expect(
      shown("发布时间：2023-08-02\n在民政厅2023年第二季度例行新闻发布会上获悉，全省持证社工达到4.2万人。"),
    ).toEqual(["social_work.certified_workers=42000@2023-08-02"]);
    expect(shown("发布时间：2023-08-02\n记者从一季度调度会上了解到，全省持证社工达到4.2万人。")).toEqual([
      "social_work.certified_workers=42000@2023-08-02",
    ]);
  });

  it("leaves those who passed one level of the examination, counted level by level, out of the certified", () => {
    expect(shown("截至2012年底，全县共有140人通过助理社会工作师考试，37人通过社会工作师考试。")).toEqual([]);
  });

  it("dates a paragraph's undated figures by the year whose data a sentence before them announces", () => {
    expect(
      shown(
        "发布时间：2024-01-20\n市社会工作协会发布2023年度全市社会工作发展数据。全市持证社工约1.2万人，社会工作服务机构86家。",
      ),
    ).toEqual(["social_work.certified_workers=12000@2023", "social_work.service_orgs=86@2023"]);
    // Figures said to be of now keep the document's date.
    expect(
      shown(
        "发布时间：2024-01-20\n市社会工作协会发布2023年度全市社会工作发展数据。目前，全市持证社工约1.3万人。",
      ),
    ).toEqual(["social_work.certified_workers=13000@2024-01-20"]);
  });

  it("reads the workers' count of certificate holders (社工持证人数), with or without a measure word", () => {
    expect(shown("截至2021年底，全区社工持证人数达1.2万。")).toEqual([
      "social_work.certified_workers=12000@2021-12-31",
    ]);
    expect(placed("目前，江苏省通过全国社会工作者职业水平考试者已达9.1万人。")).toEqual([
      "social_work.certified_workers=91000@江苏省",
    ]);
  });

  it("goes on with the noun of a series of dated clauses past the change said of each year", () => {
    expect(
      shown(
        "2019年，全省持证社会工作者为3.1万人，新增0.6万人；2020年增长至3.8万人，新增0.7万人；2021年跃升至4.9万人。",
      ),
    ).toEqual([
      "social_work.certified_workers=31000@2019",
      "social_work.certified_workers=38000@2020",
      "social_work.certified_workers=49000@2021",
    ]);
  });

  it("dates a plan period's figures at its last year in a text written after it ended", () => {
    expect(shown("发布时间：2021-02-03\n“十三五”时期，全省注册志愿者已超过1500万人。")).toEqual([
      "social_work.volunteers=15000000@2020",
    ]);
    expect(shown("发布时间：2021-02-03\n“十三五”以来，全省注册志愿者已超过1500万人。")).toEqual([
      "social_work.volunteers=15000000@2021-02-03",
    ]);
  });

  it("links a 其中 sentence to the figure of the sentence before in the same unit, and reads its place", () => {
    expect(
      placed(
        "全区实名注册志愿者达21万人、志愿团体90个。其中，城东区民政局动员辖区单位开展登记，已登记注册志愿者3万余人。",
      ),
    ).toEqual(["social_work.volunteers=210000@null", "social_work.volunteers=30000@城东区"]);
    expect(
      shown("2023年5月4日\n全县共有社会组织640家、持证社工95人。其中，县本级登记的社会组织210家。"),
    ).toEqual(["social_org.total=640@2023-05-04", "social_work.certified_workers=95@2023-05-04"]);
  });

  it("gives a bare count in a dated clause the unit the series was given by its noun", () => {
    expect(shown("2019年，全省注册志愿者人数为620万，新增80万；2020年增长至710万，新增90万。")).toEqual([
      "social_work.volunteers=6200000@2019",
      "social_work.volunteers=7100000@2020",
    ]);
    // 继续 before the verb, and a year that only passes a milestone before the figure it reaches.
    expect(
      shown(
        "2019年，全省注册志愿者人数为620万，新增80万；2020年继续增加到710万；2021年突破800万大关，达到815万，新增105万。",
      ),
    ).toEqual([
      "social_work.volunteers=6200000@2019",
      "social_work.volunteers=7100000@2020",
      "social_work.volunteers=8150000@2021",
    ]);
  });

  it("gives a bare count the unit of its noun where the clause opens with a year run into the noun", () => {
    // A Word copy runs a year on its own line into the sentence under it (2021年 / 全省持证社会工作者…).
    expect(shown("2021年全省持证社会工作者数量为3.2万。")).toEqual([
      "social_work.certified_workers=32000@2021",
    ]);
    expect(shown("2021年\n全省持证社会工作者数量为3.2万。")).toEqual([
      "social_work.certified_workers=32000@2021",
    ]);
  });

  it("dates a month that opens a clause by the year said before it, and goes on with its series", () => {
    expect(shown("2024年6月10日\n截至2024年3月底，全市持证社工1200人，4月底达到1285人。")).toEqual([
      "social_work.certified_workers=1200@2024-03-31",
      "social_work.certified_workers=1285@2024-04-30",
    ]);
    expect(shown("2024年6月10日\n2024年1月，全市登记社会组织1500家；2月增至1512家。")).toEqual([
      "social_org.total=1500@2024-01",
      "social_org.total=1512@2024-02",
    ]);
    // A month not later than the one said before: the year after, when it has come by the document's
    // date; in a document without a date, no one can tell.
    expect(shown("2024年6月10日\n截至2023年11月底，全市持证社工1200人，3月底达到1285人。")).toEqual([
      "social_work.certified_workers=1200@2023-11-30",
      "social_work.certified_workers=1285@2024-03-31",
    ]);
    expect(shown("截至2023年11月底，全市持证社工1200人，3月底达到1285人。")).toEqual([
      "social_work.certified_workers=1200@2023-11-30",
      "social_work.certified_workers=1285@null",
    ]);
  });

  it("dates a month said straight after 其中, 此外, 另外 or 同时 as a month that opens its clause", () => {
    expect(
      shown(
        "发布时间：2024-12-20\n截至2024年8月底，全区持证社工930人，同时11月底全区注册志愿者达到4.6万人。",
      ),
    ).toEqual(["social_work.certified_workers=930@2024-08-31", "social_work.volunteers=46000@2024-11-30"]);
    expect(
      shown("发布时间：2025-06-20\n截至2024年8月底，全区持证社工930人；此外3月底全区注册志愿者达到4.6万人。"),
    ).toEqual(["social_work.certified_workers=930@2024-08-31", "social_work.volunteers=46000@2025-03-31"]);
    expect(
      shown("发布时间：2025-06-20\n2024年，全区共有持证社工930人，另外10月全区注册志愿者达到4.6万人。"),
    ).toEqual(["social_work.certified_workers=930@2024", "social_work.volunteers=46000@2024-10"]);
    // After 其中 the month is one of the span said before it, whichever month it is, and the figure stays a part.
    const months = processDocument(
      textDocument(
        "发布时间：2025-06-20\n截至2024年8月底，全区共有社会组织1180家，其中3月新登记社会组织17家。",
      ),
    ).facts;
    expect(months.map((f) => `${f.metric}=${f.value}@${f.asOf}:${f.role}`)).toEqual([
      "social_org.total=1180@2024-08-31:total",
      "other=17@2024-03:part",
    ]);
  });

  it("reads 这一数字 as the noun of the figure said just before it", () => {
    expect(shown("2018年，全县持证社会工作者为260人，到2023年底，这一数字已增长到710人。")).toEqual([
      "social_work.certified_workers=260@2018",
      "social_work.certified_workers=710@2023-12-31",
    ]);
  });

  it("reads the issuing bureau (我局, 本厅) as who registers, and a series counted level by level as parts", () => {
    expect(
      shown("2023年6月1日\n截至目前，我局共登记社会组织412家，其中社会团体150家、民办非企业单位262家。"),
    ).toEqual([
      "social_org.total=412@2023-06-01",
      "social_org.social_groups=150@2023-06-01",
      "social_org.private_non_enterprise=262@2023-06-01",
    ]);
    expect(shown("2023年6月1日\n全市现有市级社会组织610家，区级社会组织1480家。")).toEqual([]);
    expect(
      shown("2023年6月1日\n全市共有社会组织2090家，其中市级社会组织610家，区级社会组织1480家。"),
    ).toEqual(["social_org.total=2090@2023-06-01"]);
  });

  it("counts stations said to be set up (已设立), also with 家 for their measure word", () => {
    expect(
      shown("发布时间：2024-05-10\n目前全县已设立乡镇（街道）社会工作服务站12家，覆盖所有乡镇。"),
    ).toEqual(["social_work.stations=12@2024-05-10"]);
    expect(shown("发布时间：2024-05-10\n截至4月底，全市共设立社工站36个。")).toEqual([
      "social_work.stations=36@2024-04-30",
    ]);
    // Those newly set up this year are a batch, not what exists.
    expect(shown("发布时间：2024-05-10\n今年全县新设立社工站5个。")).toEqual([]);
  });

  it("leaves out what a visit or an inspection saw (观摩, 参观, 考察)", () => {
    expect(
      shown("发布时间：2024-05-10\n会议期间，与会代表实地观摩了某某区三个街道社工站和两个社区社工室。"),
    ).toEqual([]);
    expect(shown("发布时间：2024-05-10\n调研组一行先后考察了全县5家社会组织。")).toEqual([]);
  });

  it("reads a clause that grew from nothing (从无到有) as naming the series of the figure after it", () => {
    expect(
      shown("发布时间：2024-05-10\n全省乡镇（街道）社工站从无到有，已达860个，年底前实现全覆盖。"),
    ).toEqual(["social_work.stations=860@2024-05-10"]);
    expect(shown("发布时间：2024-05-10\n全市社会工作服务机构从小到大，目前共有74家。")).toEqual([
      "social_work.service_orgs=74@2024-05-10",
    ]);
  });

  it("reads a headline of two parts set apart by a space after a count's measure word", () => {
    expect(shown("湖南登记社会组织21060家 社会组织从业人员25.1万人\n发布时间：2024-05-10")).toEqual([
      "social_org.total=21060@2024-05-10",
    ]);
  });

  it("dates a count at a year run into its month where 年 was lost (截至202311月底)", () => {
    expect(
      shown("2024年3月1日\n截至202311月底，全市登记在册社会组织共有6120个，其中社会团体2870家。"),
    ).toEqual(["social_org.total=6120@2023-11-30", "social_org.social_groups=2870@2023-11-30"]);
  });

  it("places a count at a province whose name ends in 州 (贵州省) named before it", () => {
    expect(placed("截至目前，贵州省注册志愿者512.6万人。")).toEqual([
      "social_work.volunteers=5126000@贵州省",
    ]);
  });

  it("carries a verb of an event over a list whose next clause opens on its figure (选派…，…名…)", () => {
    expect(
      shown(
        "发布时间：2024-05-10\n五年来，全省累计选派86家社会工作服务机构，512名社会工作专业人才，投入资金3100万元。",
      ),
    ).toEqual([]);
    // A verb of having carries nothing away: the figures after it count what exists.
    expect(shown("发布时间：2024-05-10\n目前全市有社会工作服务机构42家，1200名持证社工。")).toEqual([
      "social_work.service_orgs=42@2024-05-10",
      "social_work.certified_workers=1200@2024-05-10",
    ]);
  });

  it("ends a counted noun at the verb said after it (…家社会组织围绕中心, …个社工站建设)", () => {
    expect(shown("2023年12月20日\n区民政局积极引导全区476家社会组织围绕大局、服务群众。")).toEqual([
      "social_org.total=476@2023-12-20",
    ]);
    expect(shown("2023年12月20日\n目前，东城区、西城区已完成全部9个社工站建设。")).toEqual([
      "social_work.stations=9@2023-12-20",
    ]);
    // A task of building, or a year's building, is no count of what stands.
    expect(shown("2023年12月20日\n三年内完成全市共64个社工站项目建设任务。")).toEqual([]);
    expect(shown("2023年12月20日\n今年完成7个社工站建设。")).toEqual([]);
  });

  it("reads party organisations set up (成立) in the social organisations counted just before", () => {
    expect(shown("2024年3月1日\n目前，全县318家社会组织中成立党组织57家。")).toEqual([
      "social_org.total=318@2024-03-01",
      "social_org.party_orgs=57@2024-03-01",
    ]);
    expect(shown("2024年3月1日\n今年新成立党组织6个。")).toEqual([]);
  });

  it("reads no neighbourhood's or village's party bodies as those of social organisations", () => {
    expect(shown("2010年5月4日\n东湖街道共有19个居民区党组织，其中党总支7个。")).toEqual([]);
    expect(shown("2010年5月4日\n全镇共有村党组织31个。")).toEqual([]);
  });

  it("reads the older names of the registered kinds (民间组织, 社团组织) and a list's 还有", () => {
    expect(
      shown(
        "2009年1月6日\n截至去年底，全省民间组织1.2万个，其中社团组织6100个，民办非企业单位5800个，还有基金会52个。",
      ),
    ).toEqual([
      "social_org.total=12000@2008-12-31",
      "social_org.social_groups=6100@2008-12-31",
      "social_org.private_non_enterprise=5800@2008-12-31",
      "social_org.foundations=52@2008-12-31",
    ]);
    // An estimate of those outside the register is no count of it.
    expect(shown("2011年8月11日\n有学者估计，全市尚有4000个未登记的民间组织。")).toEqual([]);
  });

  it("reads 参检 (took part in the annual inspection) as the organisations whose reports were checked", () => {
    expect(shown("2023年11月30日\n全县参检社会组织142家，年检率89%。")).toEqual([
      "social_org.annual_report_reviews=142@2023-11-30",
    ]);
    expect(shown("2023年11月30日\n全县应参检社会组织160家。")).toEqual([]);
  });

  it("reads the social organisations that set up party organisations, however the verb or the branch is said", () => {
    expect(shown("2022年3月8日\n全区共有480家社会组织建立了党组织，党组织覆盖率达到86.5%。")).toEqual([
      "social_org.party_orgs=480@2022-03-08",
    ]);
    expect(shown("2022年3月8日\n全省3.2万个社会组织法人单位建立党组织。")).toEqual([
      "social_org.party_orgs=32000@2022-03-08",
    ]);
    // A branch of social organisations, named in the same sentence part; not a batch, nor a community's.
    expect(
      shown("2022年3月8日\n全县有3名以上党员的社会组织58个，已成立52个党支部，其中单独建45个，联合建7个。"),
    ).toEqual(["social_org.party_orgs=52@2022-03-08"]);
    expect(shown("2022年3月8日\n今年全县社会组织新建党支部9个。")).toEqual([]);
    expect(shown("2022年3月8日\n全镇各村已成立党支部26个。")).toEqual([]);
    // Those with party members, their noun left to the total before them; not of another population's.
    expect(shown("2022年3月8日\n全区现有社会组织615家，其中有党员的348家，已组建党组织301个。")).toEqual([
      "social_org.total=615@2022-03-08",
      "social_org.with_party_members=348@2022-03-08",
      "social_org.party_orgs=301@2022-03-08",
    ]);
    expect(shown("2022年3月8日\n全区社区社会组织900家，其中有党员的120家。")).toEqual([]);
    // Those that have set one up, said before the noun; not new ones, nor community groups.
    expect(shown("2022年3月8日\n全市已建立党组织的社会组织870家，占有党员的社会组织的93%。")).toEqual([
      "social_org.party_orgs=870@2022-03-08",
    ]);
    expect(shown("2022年3月8日\n全市新建立党组织的社会组织60家。")).toEqual([]);
  });

  it("reads a town's count of social organisations and centres built in every place", () => {
    expect(shown("2019年4月2日\n青石镇共有社会组织21家，其中社会团体9家，民办非企业单位12家。")).toEqual([
      "social_org.total=21@2019-04-02",
      "social_org.social_groups=9@2019-04-02",
      "social_org.private_non_enterprise=12@2019-04-02",
    ]);
    expect(
      shown("2024年6月3日\n截至目前，全覆盖建设镇街社区党群服务中心（站）88个，楼宇党群服务中心5个。"),
    ).toEqual(["community.party_service_centers=88@2024-06-03"]);
  });

  it("counts stations at any level, and streets added by a change of divisions as no count of all", () => {
    expect(shown("2020年5月1日\n全市已建成30个街道社会工作服务中心，156个社区社会工作服务站。")).toEqual([
      "social_work.stations=156@2020-05-01",
    ]);
    expect(shown("2023年2月10日\n经批准，在某县增设东湖、西湖3个街道。全省共有街道办事处354个。")).toEqual([
      "community.streets=354@2023-02-10",
    ]);
  });

  it("reads a league, a banner, a short prefecture or the Corps named before what they count", () => {
    expect(placed("2022年5月6日\n截至2021年底，苏尼特盟共有社会组织812家。")).toEqual([
      "social_org.total=812@苏尼特盟",
    ]);
    expect(placed("2022年5月6日\n目前，查干右旗共有社会组织143家。")).toEqual([
      "social_org.total=143@查干右旗",
    ]);
    expect(placed("2022年5月6日\n目前，伊宁州持证社工达到620人。")).toEqual([
      "social_work.certified_workers=620@伊宁州",
    ]);
    expect(placed("2022年5月6日\n截至目前，兵团共建成社工站45个。")).toEqual([
      "social_work.stations=45@新疆生产建设兵团",
    ]);
    // A year of account said before the place (2024年度延安市…) is no part of its name.
    expect(placed("2025年1月10日\n2024年度延安市共有社会组织1520家，其中5A级12家。")).toEqual([
      "social_org.total=1520@延安市",
      "social_org.rating_5a=12@延安市",
    ]);
    // a flag or an alliance is no place: the team's volunteers are not the register.
    expect(shown("2022年5月6日\n校社联盟共有社会组织15家。")).toEqual([]);
  });

  it("reads bilingual stations as stations, and stations built (建设完成) as what exists", () => {
    expect(shown("2023年3月1日\n该市已建设完成9个乡镇（街道）汉藏双语社会工作站。")).toEqual([
      "social_work.stations=9@2023-03-01",
    ]);
    expect(shown("2023年3月1日\n截至目前，全疆共有社工站860个。")).toEqual([
      "social_work.stations=860@2023-03-01",
    ]);
  });

  it("does not count the organisations an assessment covered or a partnership joined as all of them", () => {
    expect(shown("2019年1月5日\n2018年等级评估工作共评估80家社会组织，其中5A级3家，4A级11家。")).toEqual([
      "social_org.rating_5a=3@2018",
      "social_org.rating_4a=11@2018",
    ]);
    expect(
      shown("2019年1月5日\n民政部门联合某大学等6所高校、某某联合会等4家社会组织，成立实训基地12所。"),
    ).toEqual([]);
  });

  it("drops a headline that rounds the body's figure of the same series", () => {
    expect(shown("2020年5月6日\n某市志愿者注册人数超20万\n记者获悉，该市共有注册志愿者20.6万人。")).toEqual([
      "social_work.volunteers=206000@2020-05-06",
    ]);
    expect(shown("2020年5月6日\n某市社会组织近900家\n截至4月底，全市共有社会组织886家。")).toEqual([
      "social_org.total=886@2020-04-30",
    ]);
  });
});
