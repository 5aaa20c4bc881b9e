import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateMentions, distributedYears, resolveAsOf } from "../extractors/context/asof.js";
import { withCarried } from "../extractors/context/carried.js";
import { distributedPlaces } from "../extractors/context/distributedPlaces.js";
import { placeContext, resolvePlace } from "../extractors/context/place.js";
import { shortNamesOf } from "../extractors/context/shortNames.js";
import { classify, modeOf } from "../extractors/meaning/classify.js";
import { subjectOf } from "../extractors/meaning/subject.js";
import { findQuantities } from "../extractors/quantities/quantities.js";
import { processDocument } from "../pipeline/run/process.js";
import { DIVISION_NAME } from "../schemas/placeNames.js";

/** The facts of one paragraph in a document of `issuer` dated `date`: metric=value@as_of region. */
function factsOf(paragraph: string, issuer = "深圳市福田区民政局", date = "2024年6月7日"): string[] {
  const text = `${issuer}\n${paragraph}\n${issuer}\n${date}\n`;
  const raw = {
    path: "/t.txt",
    file: "t.txt",
    format: "txt" as const,
    sha256: "t",
    bytes: text.length,
    encoding: "utf-8",
    pages: [{ number: null, text }],
    warnings: [],
  };
  return processDocument(raw)
    .facts.filter((f) => f.metric !== "other")
    .map((f) => `${f.metric}=${f.value}@${f.asOf} ${f.region}`);
}

describe("places an earlier clause lists, handed out by 分别", () => {
  const at = (sentence: string) => sentence.indexOf("分别") + 3;
  it("takes as many places as figures, with the noun said after them", () => {
    const sentence = "莲花街道、沙头街道社工站数量居全区前列，分别为12个、8个。";
    expect(distributedPlaces(sentence, at(sentence), 2)).toEqual({
      places: ["莲花街道", "沙头街道"],
      before: "社工站数量",
      after: "",
    });
    expect(distributedPlaces(sentence, at(sentence), 3)).toBeNull();
  });

  it("reads a list of places in its own clause alike when a page's commas are ASCII", () => {
    const wide =
      "全县共建成社工站41个。其中，东城镇、西城镇站点最多，分别建成6个、5个；南岭乡、北岭乡分别建成4个和3个。";
    const ascii = wide.replace(/，/g, ",");
    for (const sentence of [wide, ascii]) {
      const position = sentence.lastIndexOf("分别") + 3;
      expect(distributedPlaces(sentence, position, 2)?.places).toEqual(["南岭乡", "北岭乡"]);
    }
  });

  it("hands nothing to the titles of model areas", () => {
    const sentence = "我区获评社区治理创新实验区、社会工作服务示范区，分别有社工站12个、8个。";
    expect(distributedPlaces(sentence, at(sentence), 2)).toBeNull();
  });
});

describe("facts of sentences in the language of replies, bulletins and policies", () => {
  it.each([
    [
      "截至2024年5月底，福田区登记的社会组织共751家，分别为社会团体306家（含行业协会商会32家），民办非企业单位445家。",
      [
        "social_org.total=751@2024-05-31 福田区",
        "social_org.social_groups=306@2024-05-31 福田区",
        "social_org.industry_associations=32@2024-05-31 福田区",
        "social_org.private_non_enterprise=445@2024-05-31 福田区",
      ],
    ],
    [
      "目前，全区社会组织获得5A级16家、4A级18家、3A级16家。",
      [
        "social_org.rating_5a=16@2024-06-07 福田区",
        "social_org.rating_4a=18@2024-06-07 福田区",
        "social_org.rating_3a=16@2024-06-07 福田区",
      ],
    ],
    ["全区共有3A级以上社会组织120家。", []],
    [
      "2021年、2022年分别对区属811、766家社会组织按照10%的比例，共计81、77家社会组织开展年度报告审核。",
      [
        "social_org.total=811@2021 福田区",
        "social_org.total=766@2022 福田区",
        "social_org.annual_report_reviews=81@2021 福田区",
        "social_org.annual_report_reviews=77@2022 福田区",
      ],
    ],
    [
      "2021年以来，将全区223家社会组织纳入异常和严重失信名录。",
      ["social_org.abnormal_listed=223@2024-06-07 福田区"],
    ],
    [
      "2021年新增党支部76个，党支部总数达到145个，覆盖166家社会组织。",
      ["social_org.party_orgs=145@2021 福田区"],
    ],
    [
      "福田区辖区内共有10个街道，92个社区，103个党群服务中心（区级1个，街道级10个，社区级92个）。",
      [
        "community.streets=10@2024-06-07 福田区",
        "community.communities=92@2024-06-07 福田区",
        "community.party_service_centers=103@2024-06-07 福田区",
      ],
    ],
    [
      "截至2023年6月，全区共有846名在岗社会工作者（其中项目社工734人，“双百工程”整合和配置112人）、3万余名志愿者（义工）及19家注册社会工作服务组织。",
      [
        "social_work.workers=846@2023-06 福田区",
        "social_work.project_workers=734@2023-06 福田区",
        "social_work.volunteers=30000@2023-06 福田区",
        "social_work.service_orgs=19@2023-06 福田区",
      ],
    ],
    ["表彰23名优秀社工、15个典型案例；我区6名社工从业人员当选市、区“两代表一委员”。", []],
    ["吸引深圳市博士协会等43家社会组织加盟；对94家社会组织开展离任审计。", []],
    ["全区共有社区社会组织4,300余个，慈善组织56家，养老机构12家。", []],
    ["截止到2022年12月31日，全市依法登记的社会组织共2,135家。", ["social_org.total=2135@2022-12-31 深圳市"]],
    [
      "全省登记社会组织共计7.26万个，其中基金会561个。",
      ["social_org.total=72600@2024-06-07 广东省", "social_org.foundations=561@2024-06-07 广东省"],
    ],
    [
      "全市持证社会工作者达到2.35万人，社会工作专业人才总量5.3万人。",
      [
        "social_work.certified_workers=23500@2024-06-07 深圳市",
        "social_work.professionals=53000@2024-06-07 深圳市",
      ],
    ],
    ["今年1月-6月，全区共为服务对象开启个案1687个。", []],
    // the places all of a district's that others moved into are counted; those who moved in are not
    ["截至2023年底，区里36名驻站社工入驻到全区9个街道社工站。", ["social_work.stations=9@2023-12-31 福田区"]],
    ["区社会组织孵化基地累计入驻社会组织28家。", []],
    // stations counted in 家 as in 个
    ["截至2023年底，全区建成镇（街道）社工站9家。", ["social_work.stations=9@2023-12-31 福田区"]],
    // 持证 before the talent of the field: the certificate holders, the levels under 其中 their parts.
    [
      "截至2023年底，全市持证社会工作人才2150人，其中助理社会工作师1400人，社会工作师750人。",
      ["social_work.certified_workers=2150@2023-12-31 深圳市"],
    ],
    [
      "全区现有政府购买社会工作服务项目61个，社工站（点）102个。",
      ["social_work.purchased_projects=61@2024-06-07 福田区", "social_work.stations=102@2024-06-07 福田区"],
    ],
    [
      "其中，福田区、罗湖区分别有街道10个、10个，城市社区92个、83个。",
      [
        "community.streets=10@2024-06-07 福田区",
        "community.streets=10@2024-06-07 罗湖区",
        "community.communities=92@2024-06-07 福田区",
        "community.communities=83@2024-06-07 罗湖区",
      ],
    ],
    [
      "城区、矿区分别登记社会组织318家、97家。",
      ["social_org.total=318@2024-06-07 城区", "social_org.total=97@2024-06-07 矿区"],
    ],
    [
      "南山区、宝安区持证社工分别为1912人、867人。",
      [
        "social_work.certified_workers=1912@2024-06-07 南山区",
        "social_work.certified_workers=867@2024-06-07 宝安区",
      ],
    ],
    [
      "全区共有莲花街道、香蜜湖街道、沙头街道三个街道，其中社会组织分别达到212家、140家、95家。",
      [
        "community.streets=3@2024-06-07 福田区",
        "social_org.total=212@2024-06-07 莲花街道",
        "social_org.total=140@2024-06-07 香蜜湖街道",
        "social_org.total=95@2024-06-07 沙头街道",
      ],
    ],
    [
      "持证社工最多的是莲花街道和沙头街道，分别有86人、54人。",
      [
        "social_work.certified_workers=86@2024-06-07 莲花街道",
        "social_work.certified_workers=54@2024-06-07 沙头街道",
      ],
    ],
    [
      "社会组织数量排名前两位的街道分别是莲花街道、沙头街道，分别为212家、140家。",
      ["social_org.total=212@2024-06-07 莲花街道", "social_org.total=140@2024-06-07 沙头街道"],
    ],
    [
      "莲花、沙头两街道持证社工分别为86人、54人。",
      [
        "social_work.certified_workers=86@2024-06-07 莲花街道",
        "social_work.certified_workers=54@2024-06-07 沙头街道",
      ],
    ],
    [
      "区内有莲花、沙头两街道，其中社会组织分别达到212家、140家。",
      ["social_org.total=212@2024-06-07 莲花街道", "social_org.total=140@2024-06-07 沙头街道"],
    ],
    [
      "全区有莲花街道、沙头街道两个试点街道。两街道社会组织分别达到212家、140家。",
      ["social_org.total=212@2024-06-07 莲花街道", "social_org.total=140@2024-06-07 沙头街道"],
    ],
    [
      "全区有莲花街道、沙头街道两个试点街道。其中，持证社工分别为86人、54人。",
      [
        "social_work.certified_workers=86@2024-06-07 莲花街道",
        "social_work.certified_workers=54@2024-06-07 沙头街道",
      ],
    ],
    [
      "莲花街道、香蜜湖街道持证社工人数在全区10个街道中位居前两位，分别为420人、305人。",
      [
        "social_work.certified_workers=420@2024-06-07 莲花街道",
        "social_work.certified_workers=305@2024-06-07 香蜜湖街道",
      ],
    ],
    [
      "山西、陕西两省的注册志愿者人数增长较快，分别达到620万人和780万人。",
      [
        "social_work.volunteers=6200000@2024-06-07 山西省",
        "social_work.volunteers=7800000@2024-06-07 陕西省",
      ],
    ],
    [
      "在莲花街道、沙头街道召开推进会，两街道社工机构分别为12家、9家。",
      ["social_work.service_orgs=12@2024-06-07 莲花街道", "social_work.service_orgs=9@2024-06-07 沙头街道"],
    ],
    [
      "在莲花街道、沙头街道召开推进会，全区社会团体、民办非企业单位分别为300家、420家。",
      [
        "social_org.social_groups=300@2024-06-07 福田区",
        "social_org.private_non_enterprise=420@2024-06-07 福田区",
      ],
    ],
    [
      "截至2020年底，全市社会工作服务机构46家，主要分布在中心城区，其中南山区9家、宝安区7家。",
      [
        "social_work.service_orgs=46@2020-12-31 深圳市",
        "social_work.service_orgs=9@2020-12-31 南山区",
        "social_work.service_orgs=7@2020-12-31 宝安区",
      ],
    ],
    [
      "2021年至2023年，全区持证社会工作者分别为900人、1020人、1180人。",
      [
        "social_work.certified_workers=900@2021 福田区",
        "social_work.certified_workers=1020@2022 福田区",
        "social_work.certified_workers=1180@2023 福田区",
      ],
    ],
    // Another place set beside the document's (邻近的…, 而…) counts for itself.
    [
      "全区已建成社工站10个，邻近的南山区已建成社工站14个。",
      ["social_work.stations=10@2024-06-07 福田区", "social_work.stations=14@2024-06-07 南山区"],
    ],
    [
      "全区持证社会工作者1500人，而宝安区持证社会工作者2100人。",
      [
        "social_work.certified_workers=1500@2024-06-07 福田区",
        "social_work.certified_workers=2100@2024-06-07 宝安区",
      ],
    ],
    // A part named only as the document's own place (其中我区…) is its share of the total.
    [
      "截至2023年底，全市共有社会组织10800家，其中我区1320家，位居全市第二。",
      ["social_org.total=10800@2023-12-31 深圳市", "social_org.total=1320@2023-12-31 福田区"],
    ],
    [
      "全市持证社会工作者2.1万人，其中本区3050人。",
      [
        "social_work.certified_workers=21000@2024-06-07 深圳市",
        "social_work.certified_workers=3050@2024-06-07 福田区",
      ],
    ],
    [
      "全区社会工作服务机构仅有6家，取得社会工作者职业水平证书的412人。",
      ["social_work.service_orgs=6@2024-06-07 福田区", "social_work.certified_workers=412@2024-06-07 福田区"],
    ],
    [
      "全区56个社区（其中涉农社区5个），已有58个社区完成配备。",
      ["community.communities=56@2024-06-07 福田区"],
    ],
    [
      "全区312个城市社区党群服务中心已全部完成提质改造。",
      ["community.party_service_centers=312@2024-06-07 福田区"],
    ],
    [
      "截至目前，全区在岗社会工作者3,056人，其中通过政府购买服务项目在岗的2,410人；持证社工由“十三五”末的2,870人增至6,044人。",
      [
        "social_work.workers=3056@2024-06-07 福田区",
        "social_work.project_workers=2410@2024-06-07 福田区",
        "social_work.certified_workers=6044@2024-06-07 福田区",
      ],
    ],
    // A district the text named in full, said again without its division word before the counted words.
    [
      "莲南区领导在会上致辞。目前，莲南实名注册志愿者累计达4.2万，注册志愿服务团体630个。",
      ["social_work.volunteers=42000@2024-06-07 莲南区"],
    ],
    // Not a kind said there, nor a short name the text never named in full.
    ["目前，女性注册志愿者达1.6万，占比51.6%。", []],
    ["目前，莲北实名注册志愿者累计达4.2万人。", []],
    // A fall said as the level it fell to is the series at that level, like a rise (增至).
    [
      "截至2023年底，全区社会组织总量降到了468家，比上年少了2.1%。",
      ["social_org.total=468@2023-12-31 福田区"],
    ],
    ["到了2024年底，全区社会组织总数更是滑到了455家。", ["social_org.total=455@2024-12-31 福田区"]],
    [
      "截至2023年底，全区持证社工回落至1860人，社会团体数量下降到201家。",
      [
        "social_work.certified_workers=1860@2023-12-31 福田区",
        "social_org.social_groups=201@2023-12-31 福田区",
      ],
    ],
    ["全区社会组织由520家减少到468家。", ["social_org.total=468@2024-06-07 福田区"]],
    [
      "2022年全区持证社工1200人，2023年降至1100人。",
      ["social_work.certified_workers=1200@2022 福田区", "social_work.certified_workers=1100@2023 福田区"],
    ],
    ["2023年全区社会组织数量减少了52家。", []],
    // A total named only 总数, in a later sentence of the paragraph, is the total of the series counted last.
    [
      "截至2022年底，全区社会组织总量降到了468家。其中民办非企业单位同比下降3.6%。到了2023年底，总数更是滑到了455个。",
      ["social_org.total=468@2022-12-31 福田区", "social_org.total=455@2023-12-31 福田区"],
    ],
    [
      "截至2022年底，全区持证社工1800人。总数比上年增加200人。",
      ["social_work.certified_workers=1800@2022-12-31 福田区"],
    ],
    [
      "截至2022年底，全区持证社工1800人。总量达到210家。",
      ["social_work.certified_workers=1800@2022-12-31 福田区"],
    ],

    // 到了 before a year opens a clause that is only a date, as 到 does.
    [
      "截至2022年底，全区持证社工1800人；到了2023年底，增至1950人。",
      [
        "social_work.certified_workers=1800@2022-12-31 福田区",
        "social_work.certified_workers=1950@2023-12-31 福田区",
      ],
    ],

    ["截至2023年底，全区社会组织总量降为468家。", ["social_org.total=468@2023-12-31 福田区"]],
    ["全区持证社工由1200人回升到1350人。", ["social_work.certified_workers=1350@2024-06-07 福田区"]],
    // 跌破 says the level is now below the figure.
    ["截至2023年底，全区注册志愿者跌破5万人。", ["social_work.volunteers=50000@2023-12-31 福田区"]],
    // The places that built the stations are counted before them, and the stations after.
    ["截至目前，全区36个镇(街道)共建成社工站40个。", ["social_work.stations=40@2024-06-07 福田区"]],
    // 设立 says the stations exist, as 建成 does; the money spent on them is no count.
    [
      "截至目前，全区累计投入资金860万元，设立镇(街道)社工站52个。",
      ["social_work.stations=52@2024-06-07 福田区"],
    ],
    // A bracket that lists kinds of place stays in the noun; the list's earlier items say nothing of the later.
    [
      "全区建成了6个社会工作指导中心、28个乡(镇、街道)社会工作站、90个社区社工室。",
      ["social_work.stations=28@2024-06-07 福田区"],
    ],
    // Stations counted with 家, and an adverb before their verb no part of the noun.
    ["截至目前，全区已有48家街道(乡镇)社工站陆续投入使用。", ["social_work.stations=48@2024-06-07 福田区"]],
    // Those set up one after another are a batch, not the series.
    ["2005年，全区3家社工机构相继成立。", []],
    // A headline the body says again only as an event (plaques given) is that event.
    ["福田区设立6个镇街社工站\n近日，区民政局为6个镇街社工站授牌。", []],
    // Holders counted level by level: each level is a part, not the series.
    ["截至目前，全区共有1320人取得助理社会工作师、410人取得社会工作师职业水平证书。", []],
    // A grade said before the figure picks out the graded organisations.
    ["区民政局对评估为4A等级以上的38家社会组织予以授牌。", []],
  ])("%s", (paragraph, expected) => {
    const province = paragraph.includes("全省") ? "广东省民政厅" : undefined;
    expect(factsOf(paragraph, province)).toEqual(expected);
  });

  it("reads standards and targets of a policy at its date", () => {
    const policy = [
      "政府购买社会工作服务整体打包费标准不低于16.3万元/人/年；社会福利、精神卫生等专业性强、职业风险高的社会工作服务项目，整体打包标准不低于16.9万元/人/年。",
      "督导经费按被督导社会工作从业人员每人每月350元的标准纳入预算。社会工作从业人员每年度接受继续教育累计不得少于80学时。",
      "社会工作专业岗位的数量不低于项目总人数的80%，项目中人力成本不少于项目经费的85%。",
    ].join("\n");
    expect(factsOf(policy, "深圳市人民政府办公厅", "2020年11月2日")).toEqual([
      "standard.package_fee_general=163000@2020-11-02 深圳市",
      "standard.package_fee_special=169000@2020-11-02 深圳市",
      "standard.supervision_fee=350@2020-11-02 深圳市",
      "standard.continuing_education_hours=80@2020-11-02 深圳市",
      "standard.min_professional_post_ratio=80@2020-11-02 深圳市",
      "standard.min_labor_cost_ratio=85@2020-11-02 深圳市",
    ]);
    const targets =
      "力争“十四五”期间全省社会工作专业人才总量达到7万人，每个县（市、区）培育不少于5家社会工作服务机构，平均每个城市社区有5名以上社会工作专业人才。";
    expect(factsOf(targets, "福建省民政厅", "2021年1月28日")).toEqual([
      "target.social_work_talent_total=70000@2021-01-28 福建省",
      "target.service_orgs_per_county=5@2021-01-28 福建省",
      "target.talents_per_urban_community=5@2021-01-28 福建省",
    ]);
  });

  it("reads continuing-education hours only when they are a year's", () => {
    expect(
      factsOf(
        "社工师在每个登记有效期（3年）内参加继续教育的时间累计不得少于90小时。社会工作者每两年累计接受继续教育不少于60小时。",
      ),
    ).toEqual([]);
    expect(factsOf("社会工作者每年度参加继续教育不少于40学时。")).toEqual([
      "standard.continuing_education_hours=40@2024-06-07 福田区",
    ]);
    // The year's hours and the total over a span said together: only the year's; a year named is no span.
    expect(
      factsOf(
        "继续教育时间每年不少于20小时，3年累计不少于60小时。2024年内，持证社工参加继续教育不少于30学时。",
      ),
    ).toEqual([
      "standard.continuing_education_hours=20@2024-06-07 福田区",
      "standard.continuing_education_hours=30@2024-06-07 福田区",
    ]);
  });

  it("reads a supervision service fee and a project's least share of professional staff", () => {
    expect(
      factsOf(
        "督导服务费标准为每名受督导社工每月420元，督导人员本人的补贴为每人每月1200元。服务项目中专业社工配比不低于70%。",
      ),
    ).toEqual([
      "standard.supervision_fee=420@2024-06-07 福田区",
      "standard.min_professional_post_ratio=70@2024-06-07 福田区",
    ]);
    // A share said as it stands, not bounded, is no rule.
    expect(factsOf("全区社工服务项目中专业社工占比达到62%。")).toEqual([]);
  });

  it("reads a talent goal said as the size of the workforce and a fee said of the post", () => {
    expect(
      factsOf(
        "到2026年，全区社会工作专业人才队伍规模达到6000人。社工岗位经费按照每人每年不低于9.4万元的标准予以保障。",
      ),
    ).toEqual([
      "target.social_work_talent_total=6000@2024-06-07 福田区",
      "standard.package_fee_general=94000@2024-06-07 福田区",
    ]);
  });

  it("reads a goal of growth as no talent total", () => {
    expect(
      factsOf(
        "到2026年，全区社会工作专业人才总量较2021年翻一番，新增社会工作专业人才2500人，总数增加到5000人。",
      ),
    ).toEqual(["target.social_work_talent_total=5000@2024-06-07 福田区"]);
  });

  it("reads a goal named 目标 and the level a clause of now says after it", () => {
    expect(factsOf("全区社会工作专业人才总量目标为3000人，目前已达2400人。")).toEqual([
      "target.social_work_talent_total=3000@2024-06-07 福田区",
      "social_work.professionals=2400@2024-06-07 福田区",
    ]);
    expect(factsOf("全区持证社工为1100人，目前已超过1300人。")).toEqual([
      "social_work.certified_workers=1100@2024-06-07 福田区",
      "social_work.certified_workers=1300@2024-06-07 福田区",
    ]);
  });

  it("reads more wordings of the plan's goals and the project's least shares", () => {
    expect(
      factsOf(
        "到2026年，全区社会工作专业人才数量达到5200人，城市社区每社区至少配备2名社工。人员成本原则上不低于项目资金的72%，社工薪酬支出占项目经费比例不低于66%，专业岗位人员不少于岗位总数的65%。",
      ),
    ).toEqual([
      "target.social_work_talent_total=5200@2024-06-07 福田区",
      "target.talents_per_urban_community=2@2024-06-07 福田区",
      "standard.min_labor_cost_ratio=72@2024-06-07 福田区",
      "standard.min_labor_cost_ratio=66@2024-06-07 福田区",
      "standard.min_professional_post_ratio=65@2024-06-07 福田区",
    ]);
  });

  it("reads a standard changed by a figure as no standard", () => {
    expect(factsOf("今年起，社工岗位购买标准每人每年提高了0.8万元，督导经费每人每月上调50元。")).toEqual([]);
    expect(factsOf("今年起，社工岗位购买标准提高到每人每年9.2万元。")).toEqual([
      "standard.package_fee_general=92000@2024-06-07 福田区",
    ]);
  });

  it("reads new purchased projects and ones added to others as no count of the series", () => {
    expect(
      factsOf(
        "今年区民政局新增购买困境儿童关爱、长者助餐等5个社会工作服务项目。再加上延续上年购买的禁毒帮教等4个社工服务项目，今年全区购买社工服务项目共9个。",
      ),
    ).toEqual(["social_work.purchased_projects=9@2024-06-07 福田区"]);
  });

  it("dates a standard a reply reports raised from an earlier year at that year", () => {
    const reply =
      "2023年起，我区将社工站购买服务经费标准由每人每年6万元提高到7.2万元，督导经费按每名社工每月400元标准列支。";
    expect(factsOf(reply)).toEqual([
      "standard.package_fee_general=72000@2023 福田区",
      "standard.supervision_fee=400@2024-06-07 福田区",
    ]);
    // Raised from a date still to come (or the document's own), it is set by the document.
    expect(factsOf(reply.replace("2023年起", "2025年1月1日起"))[0]).toBe(
      "standard.package_fee_general=72000@2024-06-07 福田区",
    );
  });

  it("dates later sentences of a paragraph opened by a status date", () => {
    expect(
      factsOf("截至2021年12月31日，全省登记社会组织共计72586个。全省共有5A级社会组织412个。", "广东省民政厅"),
    ).toEqual(["social_org.total=72586@2021-12-31 广东省", "social_org.rating_5a=412@2021-12-31 广东省"]);
  });

  it("reads figures in a section of plans as goals", () => {
    const text =
      "一、基本情况\n全区共有社会工作服务机构19家。\n二、下一步工作计划\n每个街道培育不少于2家社会工作服务机构，全区社会工作专业人才总量达到1500人。";
    expect(factsOf(text)).toEqual([
      "social_work.service_orgs=19@2024-06-07 福田区",
      "target.social_work_talent_total=1500@2024-06-07 福田区",
    ]);
  });

  it("dates a paragraph opened by 同期 with the status date of the one before", () => {
    expect(
      factsOf(
        "截至2025年底，全市登记社会组织4,012家。\n同期，全市在岗社会工作者3,460名。",
        "哈尔滨市民政局",
        "2026年4月15日",
      ),
    ).toEqual(["social_org.total=4012@2025-12-31 哈尔滨市", "social_work.workers=3460@2025-12-31 哈尔滨市"]);
  });

  it("flags parts that do not add up to their total", () => {
    const text =
      "深圳市福田区民政局\n截至2024年5月底，全区社会组织共751家，分别为社会团体306家，民办非企业单位440家。\n福田区民政局\n2024年6月7日\n";
    const raw = {
      path: "/t.txt",
      file: "t.txt",
      format: "txt" as const,
      sha256: "t",
      bytes: 1,
      encoding: "utf-8",
      pages: [{ number: null, text }],
      warnings: [],
    };
    const total = processDocument(raw).facts.find((f) => f.value === 751);
    expect(total?.flags).toEqual(["parts_sum_mismatch:746"]);
    expect(total?.role).toBe("total");
  });
});

describe("dates written as bureaus write them", () => {
  it("dates figures by a year in Chinese numerals, with 〇 typed as a circle", () => {
    expect(factsOf("截至二○二三年底，全区共有社会组织812家，其中社会团体301家。")).toEqual([
      "social_org.total=812@2023-12-31 福田区",
      "social_org.social_groups=301@2023-12-31 福田区",
    ]);
  });
});

describe("as-of dates", () => {
  it.each([
    ["截至2024年5月底，共751家", "2024-06-07", "2024-05-31", "point"],
    ["截止2022年6月30日，共383个", "2022-07-28", "2022-06-30", "point"],
    ["截至2023年6月，全区共有846名", "2023-08-01", "2023-06", "point"],
    ["今年1月-6月，共开启个案1687个", "2023-08-01", "2023-06", "period"],
    ["今年上半年，共开启个案1687个", "2023-08-01", "2023-06-30", "period"],
    ["去年底，全区共有社会组织700家", "2023-08-01", "2022-12-31", "point"],
    ["目前，全区共有751家", "2024-06-07", "2024-06-07", "now"],
    ["截至日前已吸引43家", "2024-06-07", "2024-06-07", "now"],
    ["2021年以来，将223家纳入", "2022-07-28", "2022-07-28", "since"],
    ["自2021年以来4名当选", "2023-08-01", "2023-08-01", "since"],
    ["2021年新增党支部76个", "2022-07-28", "2021", "period"],
    ["共751家（截至2024年5月底）", "2024-06-07", "2024-05-31", "point"],
    ["本措施自2020年11月12日起实施，共16个领域", "2020-11-02", "2020-11-02", "document"],
    ["全区共有751家", "2024-06-07", "2024-06-07", "document"],
    ["上半年，全区实施购买服务项目96个", "2024-10-22", "2024-06-30", "period"],
    ["上半年，全区新建社工站12个", "2025-03-10", "2024-06-30", "period"],
    ["前三季度，全区新登记社会组织45家", "2023-10-20", "2023-09-30", "period"],
    ["到6月30日，全区社会组织总量达1183家", "2022-07-15", "2022-06-30", "point"],
    ["到9月底前，全区建成社工站40个", "2022-07-15", "2022-07-15", "document"],
    ["到12月底，全区建成社工站40个", "2022-07-15", "2022-07-15", "document"],
    ["今年共对512家社会组织开展年报审核", "2020-12-28", "2020-12-28", "period"],
    ["今年底全区社会组织达到800家", "2020-10-28", "2020-12-31", "period"],
    ["截至11月底，全市持证社工全年新增386人、总数达到2214人", "2021-12-20", "2021-11-30", "point"],
    ["2021年，全市持证社工全年新增386人、总数达到2214人", "2022-01-20", "2021", "period"],
    ["6月底，全区登记社会组织达到512家", "2023-10-20", "2023-06-30", "point"],
    ["9月30日，全市持证社工1200人", "2023-10-20", "2023-09-30", "point"],
    ["11月底，全市持证社工1200人", "2023-10-20", "2022-11-30", "point"],
    ["2023年底，全市社会组织4300家", "2024-03-01", "2023-12-31", "point"],
    ["1至9月，全市新登记社会组织120家", "2023-10-20", "2023-09", "period"],
    ["今年前8个月，全市新登记社会组织120家", "2023-10-20", "2023-08", "period"],
    ["去年前8个月，全市新登记社会组织120家", "2023-10-20", "2022", "period"],
    // A span of months that does not start in January is dated to its last month all the same.
    ["8-12月，全市新登记社会组织120家", "2024-01-15", "2023-12", "period"],
    ["8至12月，全市新登记社会组织120家", "2024-01-15", "2023-12", "period"],
    ["2023年8-12月，全市新登记社会组织120家", "2024-03-01", "2023-12", "period"],
    ["2023年8月至12月，全市新增持证社工60人", "2024-03-01", "2023-12", "period"],
    ["2023年1-9月，全市新登记社会组织120家", "2024-03-01", "2023-09", "period"],
    ["2023年全年，全市新登记社会组织120家，其中8-12月新登记45家", "2024-03-01", "2023-12", "period"],
    // A clause that opens with a time named by an event or an era: neither an earlier date nor the document's.
    ["2010年，全市社会组织800家；撤县设区前夕，全市社会组织达到1100家", "2024-03-01", null, "relative"],
    ["上世纪九十年代初，全市社会组织只有300家", "2024-03-01", null, "relative"],
    ["新中国成立初期，全国性社团只有40余个", "2024-03-01", null, "relative"],
    ["撤县设区前夕的2015年，全市社会组织达到1100家", "2024-03-01", "2015", "period"],
    // The eve of a national party congress is the year it met (the 18th in 2012, the 19th in 2017).
    ["2010年社团300个；党的十八大前夕，全国登记的社会组织达40余万个", "2024-03-01", "2012", "period"],
    ["十九大召开前夕，全市社会组织达到1100家", "2024-03-01", "2017", "period"],
    // 年末 alone in a text written before its year's last two months (a yearbook): the end of the year before.
    ["年末，全市有社会组织2105个", "2020-06-01", "2019-12-31", "point"],
    ["年末，全市有社会组织2105个", "2020-12-20", "2020-12-31", "point"],
    // 12至3月 runs over the year's end: not a span this reading can date.
    ["12至3月，全市新登记社会组织120家", "2024-05-01", "2024-05-01", "document"],
  ])("%s (document %s) → %s", (sentence, date, asOf, kind) => {
    const q = findQuantities(sentence).at(-1);
    expect(resolveAsOf(sentence, q?.start ?? sentence.length, date)).toEqual({ date: asOf, kind });
  });

  it("reads a sentence's dates once for all its figures, each taking the one nearest before it", () => {
    const sentence = "截至2022年底共有社会组织700家，截至2023年6月底共有751家（2021年为650家）";
    const mentions = dateMentions(sentence, "2023-08-01", null);
    expect(mentions.map((m) => m.text)).toEqual(["2022年底", "2023年6月底", "2021年"]);
    for (const q of findQuantities(sentence)) {
      const alone = resolveAsOf(sentence, q.start, "2023-08-01");
      expect(resolveAsOf(sentence, q.start, "2023-08-01", null, mentions)).toEqual(alone);
    }
    expect(findQuantities(sentence).map((q) => resolveAsOf(sentence, q.start, "2023-08-01").date)).toEqual([
      "2022-12-31",
      "2023-06-30",
      "2021",
    ]);
  });

  it("uses the year a bulletin covers for 年末, 全年 and undated figures", () => {
    expect(resolveAsOf("年末全市持证社会工作者达到2.35万人", 9, "2024-04-15", "2023")).toEqual({
      date: "2023-12-31",
      kind: "period",
    });
    expect(resolveAsOf("全年政府购买社会工作服务项目682个", 15, "2024-04-15", "2023")).toEqual({
      date: "2023",
      kind: "period",
    });
    const carried = { paragraph: null, heading: null, span: null, title: "2023" };
    expect(withCarried(resolveAsOf("注册志愿者450.6万人", 5, "2024-04-15", "2023"), carried)).toEqual({
      asOf: { date: "2023-12-31", kind: "document" },
      source: "title",
    });
    // Undated, the bulletin's year stays a year.
    expect(withCarried(resolveAsOf("注册志愿者450.6万人", 5, null, "2023"), carried)).toEqual({
      asOf: { date: "2023", kind: "document" },
      source: "title",
    });
  });

  it("dates a figure under a heading's or title's year by the document's date in that year", () => {
    const carried = (title: string) => ({ paragraph: null, heading: null, span: null, title });
    const undated = (date: string) => resolveAsOf("全区有党员的社会组织205家", 12, date);
    // 2021年工作总结 written in December 2021: its figures are of December.
    expect(withCarried(undated("2021-12-24"), carried("2021"))).toEqual({
      asOf: { date: "2021-12-24", kind: "document" },
      source: "document",
    });
    // 2021年工作总结 written in January 2022: the year had ended.
    expect(withCarried(undated("2022-01-12"), carried("2021"))).toEqual({
      asOf: { date: "2021-12-31", kind: "document" },
      source: "title",
    });
    // A year still to come stays a year; a title's month stays its month.
    expect(withCarried(undated("2021-12-24"), carried("2022")).asOf.date).toBe("2022");
    expect(withCarried(undated("2021-07-10"), carried("2021-06-30")).asOf.date).toBe("2021-06-30");
  });

  it.each([
    ["2021年、2022年分别对区属811、766家", [2021, 2022]],
    ["2021、2022年分别对81家、77家", [2021, 2022]],
    ["2022年和2023年全区在岗社会工作者分别为812名和846名", [2022, 2023]],
    ["2022年全区共有812名", []],
    // A span hands out each of its years.
    ["2021年至2023年，全区持证社工分别为900人、1000人、1200人", [2021, 2022, 2023]],
    ["2020—2022年全区社工站分别有", [2020, 2021, 2022]],
  ])("years distributed by 分别: %s", (sentence, years) => {
    expect(distributedYears(sentence, sentence.length)).toEqual(years);
  });
});

describe("districts a text names in full, by their short names", () => {
  it("reads the districts and counties named, and no word that counts or points at them", () => {
    const names = shortNamesOf(
      "北京莲南区领导致辞。每个县都有站点，这些区的社会组织，石景山区、经济开发区、城区社区。",
    );
    expect([...names.keys()].sort()).toEqual(["京莲南", "景山", "石景山", "莲南"].sort());
    expect(names.get("莲南")).toBe("莲南区");
  });

  it("reads the same names run by run as over the whole text at once, whatever the text", () => {
    // The whole text read at once: each name read there, read on its own.
    const county = new RegExp(`${DIVISION_NAME.replace(/\)$/, "|旗)")}`, "g");
    const wholeText = (text: string) =>
      new Map([...text.matchAll(county)].flatMap((m) => [...shortNamesOf(m[0])]));
    const alphabet = [..."北京昌平石景山区县旗市省自治社会组织全共有的每个开发城，。、 \n1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const text = chars.join("");
        expect(shortNamesOf(text)).toEqual(wholeText(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("subjects, modes and places", () => {
  it("reads a time running into the level that acts as no place", () => {
    expect(factsOf("今年区财政安排专项资金支持社会组织发展。全区共有社会组织812家。")).toEqual([
      "social_org.total=812@2024-06-07 福田区",
    ]);
  });

  it.each([
    ["福田区登记的社会组织共751家", "福田区登记的社会组织", "before"],
    ["全区共有846名在岗社会工作者（其中", "在岗社会工作者", "after"],
    ["102个“双百工程”社工站（点）", "双百工程社工站（点）", "after"],
    ["有党员的社会组织共383个", "有党员的社会组织", "before"],
    ["43家社会组织加盟联盟", "社会组织", "after"],
    ["共239人参加", "参加", "after"],
  ])("%s → %s", (text, subject, direction) => {
    const spans = findQuantities(text);
    expect(subjectOf(text, spans, 0)).toMatchObject({ subject, direction });
  });

  it.each([
    ["力争“十四五”期间全省", "target"],
    ["到2025年，全省", "target"],
    ["截止到2022年12月31日,全区", "stock"],
    ["到2022年底，全区", "stock"],
    ["全区共有", "stock"],
    ["每个县（市、区）至少培育", "target"],
    ["每个城市社区要配备", "target"],
    ["每个县均已培育", "stock"],
    ["每个县培育了", "stock"],
    ["全市每个社区配备", "stock"],
    ["每个街道至少配备2名社工，全区共有", "stock"],
  ])("mode of %s in a 2023 document: %s", (text, mode) => expect(modeOf(text, 2023)).toBe(mode));

  it("reads 每个社区配备 before a least figure (不少于2名) as a duty, before an exact one as what is", () => {
    expect(modeOf("每个城市社区配备", 2023, null, true)).toBe("target");
    expect(modeOf("每个城市社区配备", 2023, null, false)).toBe("stock");
    expect(modeOf("目前每个城市社区配备", 2023, null, true)).toBe("stock");
  });

  it.each([
    ["《意见》明确，到2027年，全区", 2023, "target"],
    ["到2020年，全省社会工作专业人才总量将增加到", 2023, "target"],
    ["全省社会工作专业人才总量将增至", 2023, "target"],
    ["全省社会工作专业人才总量已增加到", 2023, "stock"],
    ["《意见》明确，到2027年，全区", null, "target"],
    ["方案提出到2020年，全区", 2023, "target"],
    ["到2027年，全区", null, "stock"],
  ])("mode of %s, whatever the document's date (%s): %s", (text, year, mode) =>
    expect(modeOf(text, year)).toBe(mode),
  );

  it("classifies a subject met again by the words around it this time, not the last", () => {
    const reading = (subject: string, unit: string, before = "") => ({
      subject,
      clause: `${before}${subject}`,
      before,
      after: "",
      context: `${before}${subject}`,
      tail: "",
      unit,
      mode: "stock" as const,
    });
    expect(classify(reading("社会团体", "org"))).toBe("social_org.social_groups");
    expect(classify(reading("社会团体", "person"))).toBe("other");
    expect(classify(reading("社会团体", "org", "新登记"))).toBe("other");
    expect(classify(reading("社会团体", "org", "平均每个街道"))).toBe("other");
    expect(classify(reading("社会团体", "org"))).toBe("social_org.social_groups");
  });

  it.each([
    ["福田区登记的社会组织共", "福田区"],
    ["全市共有", "深圳市"],
    ["全省共有", "广东省"],
    ["全国共有", "全国"],
    ["全区共有", "福田区"],
    ["将全区", "福田区"],
    ["南山区765家", "南山区"],
    ["深圳市人工智能行业协会等", "福田区"],
    ["市辖区970个", "福田区"],
    ["县级市390个", "福田区"],
  ])("place of %s → %s", (words, place) => {
    expect(resolvePlace(words, placeContext("深圳市福田区民政局", "福田区"))).toBe(place);
  });

  it("takes the kinds of division a bulletin counts (市辖区, 县级市) for no place, nor hands them on", () => {
    const text =
      "截至2023年底，全国共有县级行政区划单位2800个（其中市辖区970个、县级市390个、县1300个），乡级行政区划单位38000个（其中镇21000个、乡8000个、街道8900个）。";
    expect(factsOf(text, "中华人民共和国民政部", "2024年8月1日")).toEqual([
      "community.streets=8900@2023-12-31 全国",
    ]);
  });
});

describe("a part the sentence before introduced (。其中，…)", () => {
  it("is of its total's date when its own sentence names none", () => {
    const text =
      "年末全区共有社会组织468个，比上年增长3.2%。其中，社会团体201个，民办非企业单位260个，基金会7个。";
    expect(factsOf(text, "深圳市福田区民政局", "2023年12月20日")).toEqual([
      "social_org.total=468@2023-12-31 福田区",
      "social_org.social_groups=201@2023-12-31 福田区",
      "social_org.private_non_enterprise=260@2023-12-31 福田区",
      "social_org.foundations=7@2023-12-31 福田区",
    ]);
  });
});

describe("a line that is only a year", () => {
  it("dates the paragraph under it, and that paragraph alone", () => {
    const text = [
      "以下是近三年全区持证社会工作者情况：",
      "2021年",
      "持证社会工作者数量为1200人，新增持证人数150人。",
      "2022年",
      "持证社会工作者数量为1500人，新增持证人数300人。",
      "全区持证社会工作者数量为1800人。",
    ].join("\n");
    expect(factsOf(text, "深圳市福田区民政局", "2023年6月1日")).toEqual([
      "social_work.certified_workers=1200@2021 福田区",
      "social_work.certified_workers=1500@2022 福田区",
      "social_work.certified_workers=1800@2023-06-01 福田区",
    ]);
  });
});
