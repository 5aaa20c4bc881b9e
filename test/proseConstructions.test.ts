// Constructions of published news, summaries and replies, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { placeContext, resolvePlace } from "../extractors/context/place.js";
import { likeliestRegion } from "../extractors/context/region.js";
import { meaningOf } from "../extractors/meaning/meaning.js";
import { findDocNumbers, ownNumber } from "../pipeline/metadata/numbers.js";
import { findPublished } from "../pipeline/metadata/signature.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";

const facts = (text: string) => processDocument(textDocument(text)).facts.filter((f) => f.metric !== "other");
const shown = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.asOf}`);

describe("what the words before an organisation noun say", () => {
  it.each([
    // 新社会组织 (新经济组织和新社会组织) names them all; 新登记, 新成立 and 新增 stay changes.
    ["全县登记的新社会组织", "social_org.total"],
    ["新登记社会组织", "other"],
    ["新成立的社会组织", "other"],
    // 举办, 开办, 创办: the organisations were set up, all of them.
    ["举办民办社会工作服务机构", "social_work.service_orgs"],
    ["全省已开办的社工机构", "social_work.service_orgs"],
    // 直接登记: one way of registering, so some of them only.
    ["直接登记的社会组织", "other"],
  ])("%s → %s", (subject, key) => {
    expect(meaningOf(subject).key).toBe(key);
  });
});

describe("prose constructions", () => {
  it("reads 新社会组织 and the parts listed under it as the series", () => {
    expect(
      shown(
        "时间：2011-05-20\n至今，全县登记的新社会组织已达318个，其中，社会团体150个，民办非企业单位168个。",
      ),
    ).toEqual([
      "social_org.total=318@2011-05-20",
      "social_org.social_groups=150@2011-05-20",
      "social_org.private_non_enterprise=168@2011-05-20",
    ]);
  });

  it("leaves out communities picked out by what was done in them, not those it was done in all of", () => {
    expect(shown("时间：2021-05-01\n截至目前，全市新建服务中心70家，410个社区实现为老助餐服务。")).toEqual(
      [],
    );
    // …实现“应转尽转”: a quoted phrase after 实现 picks them out all the same.
    expect(shown("时间：2021-05-01\n完成改革任务，326家行业协会商会实现“应转尽转”。")).toEqual([]);
    expect(shown("时间：2021-05-01\n全区9个街道、88个社区实现社工服务站点全覆盖。")).toEqual([
      "community.streets=9@2021-05-01",
      "community.communities=88@2021-05-01",
    ]);
  });

  it("gives each figure of 分别 the end of the year listed in its place (截至…年底、…年底)", () => {
    expect(shown("时间：2023-03-01\n截至2020年底、2021年底，全县持证社工分别为640人、785人。")).toEqual([
      "social_work.certified_workers=640@2020-12-31",
      "social_work.certified_workers=785@2021-12-31",
    ]);
    expect(shown("时间：2023-03-01\n2020年、2021年全县登记社会组织分别为410家、436家。")).toEqual([
      "social_org.total=410@2020",
      "social_org.total=436@2021",
    ]);
  });

  it("reads what a reply says was set up or staffed as what exists, and staff a unit must have as no count", () => {
    expect(shown("时间：2022-06-01\n截至2022年5月，全县共建成社工站（点）19个，配备专职社工57名。")).toEqual([
      "social_work.stations=19@2022-05",
      "social_work.workers=57@2022-05",
    ]);
    expect(shown("时间：2022-06-01\n全县已建立党群服务中心236个，覆盖率100%。")).toEqual([
      "community.party_service_centers=236@2022-06-01",
    ]);
    // The unit named in a clause before: 每个…, then 配备… in a clause of its own.
    expect(
      shown("时间：2022-06-01\n按照统一标准，每个镇社工站服务场地不少于80平方米，配备专职社工不少于2名。"),
    ).toEqual([]);
  });

  it("reads a figure named only 数量 after a clause that ranks its topic among a counted set", () => {
    expect(
      shown(
        "时间：2023-11-06\n2022年，西北地区中陕西省持证社工人数较多，在5个省区中列第一位，数量为6120人。",
      ),
    ).toEqual(["social_work.certified_workers=6120@2022"]);
    expect(shown("时间：2023-11-06\n全市注册志愿者较多，居全省第二位，总数达到52万人。")).toEqual([
      "social_work.volunteers=520000@2023-11-06",
    ]);
  });

  it("reads people said to have registered as volunteers as volunteers, not those who signed up or a new batch", () => {
    expect(shown("时间：2020-09-01\n全县已有2.6万名居民通过手机平台实名注册成为志愿者。")).toEqual([
      "social_work.volunteers=26000@2020-09-01",
    ]);
    expect(shown("时间：2020-09-01\n目前已有9千多人依托“志愿汇”小程序实现实名制注册志愿者。")).toEqual([
      "social_work.volunteers=9000@2020-09-01",
    ]);
    expect(shown("时间：2020-09-01\n活动当天共有300人报名成为志愿者，今年新增800人注册成为志愿者。")).toEqual(
      [],
    );
  });

  it("leaves out the volunteers an event recruited or that served at it, said before their count", () => {
    expect(
      shown("时间：2023-10-01\n省运会招募的8000名志愿者全部到岗，本届博览会的3000名志愿者开始服务。"),
    ).toEqual([]);
    expect(shown("时间：2023-10-01\n省运会期间，全市注册志愿者达到120万人。")).toEqual([
      "social_work.volunteers=1200000@2023-10-01",
    ]);
  });

  it("reads the holders of a qualification named before and said again short (取得资格总人数)", () => {
    expect(
      shown(
        "时间：2018-06-01\n近三年，全省分别有1200、1500、900人取得社会工作者职业资格证书，取得资格总人数近3万。",
      ),
    ).toEqual(["social_work.certified_workers=30000@2018-06-01"]);
  });

  it("leaves out the organisations a programme led somewhere or that went to work at the grassroots", () => {
    expect(shown("时间：2022-01-04\n全年带动了260余家社会工作服务机构参与社工站运营。")).toEqual([]);
    expect(shown("时间：2022-01-04\n全省有180家社工机构扎根乡村开展服务，全省共有社工机构620家。")).toEqual([
      "social_work.service_orgs=620@2022-01-04",
    ]);
  });

  it("leaves out a figure that is a share of those who took part in something", () => {
    expect(
      shown(
        "时间：2018-06-01\n今年全县600人报名参加考试。来自社工组织的专职社工120人，在所有报名考试者中占20%。",
      ),
    ).toEqual([]);
    expect(shown("时间：2018-06-01\n全县专职社工120人，占全县社工总数的20%。")).toEqual([
      "social_work.workers=120@2018-06-01",
    ]);
  });

  it("leaves out a count that takes in organisations only filed (（含备案）)", () => {
    expect(shown("时间：2023-03-01\n全县共有各类社会组织（含备案）2400个。")).toEqual([]);
    expect(shown("时间：2023-03-01\n全县共有社会组织680个（不含备案的社区社会组织）。")).toEqual([
      "social_org.total=680@2023-03-01",
    ]);
  });

  it("leaves out the organisations registered directly", () => {
    expect(shown("对四类社会组织试行直接登记，截止目前共直接登记186个社会组织，成效明显。")).toEqual([]);
  });

  it("gives a bare count in 万 after 其中 the unit of the noun it names", () => {
    expect(shown("截至2020年底，全省社会工作人才总数已超过8万人，其中持证社会工作者接近3.2万。")).toEqual([
      "social_work.professionals=80000@2020-12-31",
      "social_work.certified_workers=32000@2020-12-31",
    ]);
  });
});

describe("counts said in the words of research articles and news copies", () => {
  it("reads the figure a change starts from when a verb of arriving follows it", () => {
    expect(shown("时间：2021-03-01\n全省社工机构从2015年的80多家发展到2020年的310家。")).toEqual([
      "social_work.service_orgs=80@2015",
      "social_work.service_orgs=310@2020",
    ]);
    expect(shown("时间：2021-03-01\n全省社工机构的数量从2015年的1 086家增长至2020年的2 410家。")).toEqual([
      "social_work.service_orgs=1086@2015",
      "social_work.service_orgs=2410@2020",
    ]);
  });

  it("reads the figure after a clause that names the series and a milestone said in words (突破百万)", () => {
    expect(shown("时间：2023-03-01\n截至2022年底，全省注册志愿者突破千万，达到1046.2万人。")).toEqual([
      "social_work.volunteers=10462000@2022-12-31",
    ]);
  });

  it("leaves a year said between the noun and its verb out of the noun", () => {
    expect(shown("时间：2021-03-01\n全省社会工作专业人才总量于2020年已超过6万人。")).toEqual([
      "social_work.professionals=60000@2020",
    ]);
  });

  it("reads the holders of the certificate however said, and of every level said together", () => {
    expect(shown("时间：2021-03-01\n目前，全市持有社会工作者职业水平证书者达4520人。")).toEqual([
      "social_work.certified_workers=4520@2021-03-01",
    ]);
    expect(
      shown("时间：2021-03-01\n截至2020年，全省取得社会工作师和助理社会工作师证书的人员总数为12 870人。"),
    ).toEqual(["social_work.certified_workers=12870@2020"]);
    expect(
      shown(
        "时间：2021-03-01\n截至2020年底，全市有社会工作专业人才8600人，其中，取得社会工作者职业水平考试证书的3100人。",
      ),
    ).toEqual(["social_work.professionals=8600@2020-12-31", "social_work.certified_workers=3100@2020-12-31"]);
    // One level alone is a part.
    expect(shown("时间：2021-03-01\n截至2020年，全省有9800人取得了助理社会工作师证书。")).toEqual([]);
  });

  it("reads the volunteers a platform gathered, in a five-year plan's span said before them", () => {
    expect(
      shown(
        "时间：2021-02-03\n“十三五”时期，全省志愿服务平台汇集的注册志愿者已超过900万人，实现了预期目标。",
      ),
    ).toEqual(["social_work.volunteers=9000000@2020"]);
    // A headline that says the goal was met counts them all the same.
    expect(shown("时间：2021-02-03\n“十三五”时期全省注册志愿者已超900万人 实现预期目标")).toEqual([
      "social_work.volunteers=9000000@2020",
    ]);
  });
});

describe("graded organisations", () => {
  it("reads the grades listed under a total of graded organisations, but not under a year's new ones", () => {
    expect(shown("时间：2023-03-01\n全县共有等级社会组织210家，其中5A级9家、4A级37家。")).toEqual([
      "social_org.rating_5a=9@2023-03-01",
      "social_org.rating_4a=37@2023-03-01",
    ]);
    expect(shown("时间：2023-03-01\n年内共新增等级社会组织52家，其中5A级3家、4A级11家。")).toEqual([]);
  });

  it("reads no grade series from the grades of one kind of organisation listed under its total", () => {
    expect(shown("时间：2023-03-01\n全县共有社会工作服务机构18家，其中5A级1家、4A级4家。")).toEqual([
      "social_work.service_orgs=18@2023-03-01",
    ]);
    expect(shown("时间：2023-03-01\n全县共有基金会9家，其中4A级2家。")).toEqual([
      "social_org.foundations=9@2023-03-01",
    ]);
  });
});

describe("people trained", () => {
  it("are the series when nothing says a batch, and a batch in a span of work", () => {
    expect(shown("时间：2024-02-01\n截至2023年底，全市培育持证社工2.4万人。")).toEqual([
      "social_work.certified_workers=24000@2023-12-31",
    ]);
    expect(
      shown("时间：2024-02-01\n今年以来，全市培育持证社工900人，年内培养社会工作专业人才1500人。"),
    ).toEqual([]);
  });
});

describe("the figure a change is measured from", () => {
  it("is of the figure said just before it: a year's new count compared with another year's is no series", () => {
    expect(
      shown(
        "时间：2022-10-09\n目前，全市持证社工共860人，其中2021年新增持证社工150人，比2020年的60人增长150%。",
      ),
    ).toEqual(["social_work.certified_workers=860@2022-10-09"]);
    expect(shown("时间：2022-10-09\n目前，全市持证社工共860人，比2020年的610人增加250人。")).toEqual([
      "social_work.certified_workers=860@2022-10-09",
      "social_work.certified_workers=610@2020",
    ]);
  });
});

describe("the date a news page was printed", () => {
  it("reads a date run on after the paper's name or into the news lead", () => {
    expect(findPublished("信息来源：某某日报|2015-04-09本报讯（记者 某某）昨日…").date).toBe("2015-04-09");
    expect(findPublished("某县召开社工会议\n2015-04-09本报讯 昨日…").date).toBe("2015-04-09");
  });

  it("reads the date in the path of the address a page names as its source, when it prints none", () => {
    expect(
      findPublished("某市社工周启动\n正文。\n文章来源：http://news.example.org/trends/2016/0412/5521.shtml")
        .date,
    ).toBe("2016-04-12");
    expect(
      findPublished("正文。\n原文链接：http://www.example.gov.cn/art/201905/t20190521_88.html").date,
    ).toBe("2019-05-21");
    expect(findPublished("正文。\n来源：http://www.example.com/news/55231.html").date).toBeNull();
    // Wrapped at a PDF page's width after one of its slashes.
    expect(
      findPublished("正文。\n文章来源：http://news.example.org/\ntrends/2016/0412/5521.shtml").date,
    ).toBe("2016-04-12");
    // A date the page prints wins.
    expect(
      findPublished(
        "发布时间：2016-04-13\n正文。\n文章来源：http://news.example.org/trends/2016/0412/5521.shtml",
      ).date,
    ).toBe("2016-04-13");
  });

  it("reads a date and a publisher labelled in a portal's index table, set off by bars or run on with no mark", () => {
    expect(
      findPublished(
        "索 引 号 | 0011/2020-001 | 主题分类 | 其他 |\n发布单位 | 某县民政局 | 成文日期 | 2020-06-15 |\n某某委员：",
      ),
    ).toEqual({ date: "2020-06-15", source: "某县民政局" });
    expect(
      findPublished("- 索引号0011/2019-00021\n- 文号某民函〔2018〕3号\n- 发布日期2019-04-02\n正文").date,
    ).toBe("2019-04-02");
  });

  it("reads a dateline whose time was cut to the hour", () => {
    expect(findPublished("某市义工人数创新高\n\n   2017-05-12 09\n核心提示：…").date).toBe("2017-05-12");
  });

  it("reads a newspaper's credit of its page at the foot of the text", () => {
    const page = `某市志愿者队伍壮大\n${"正文。".repeat(300)}\n《某某日报》（2021年3月5日第4版）`;
    expect(findPublished(page).date).toBe("2021-03-05");
  });
});

describe("places named in passing", () => {
  it("reads no province from words ending in 省 that name none (根据省…, 记者从省…)", () => {
    const ctx = placeContext(null, null);
    expect(resolvePlace("根据省民政厅通知精神，截止目前共登记", ctx)).toBeNull();
    expect(resolvePlace("记者从省民政厅获悉", ctx)).toBeNull();
    expect(resolvePlace("福建省实名注册志愿者", ctx)).toBe("福建省");
    expect(resolvePlace("广西壮族自治区共有", ctx)).toBe("广西壮族自治区");
  });

  it("reads no series from what a list of places closed by 等 has together, unless 分别 hands it out", () => {
    expect(shown("时间：2021-06-01\n截至2020年，上海、浙江、广东等省市共有社工机构3120家。")).toEqual([]);
    expect(shown("时间：2021-06-01\n截至2020年，甲区、乙区等区的志愿者合计12万人。")).toEqual([]);
    expect(shown("时间：2021-06-01\n截至2020年，甲区、乙区社工机构分别为31家、25家。")).toEqual([
      "social_work.service_orgs=31@2020",
      "social_work.service_orgs=25@2020",
    ]);
  });

  it("takes no bare 自治区 for the region a text names most", () => {
    expect(
      likeliestRegion("自治区民政厅通知。自治区文明办、自治区民政厅联合举办。自治区团委参加。"),
    ).toBeNull();
  });
});

describe("numbers a reply or a news text cites", () => {
  const own = (text: string) => ownNumber(text, findDocNumbers(text))?.text ?? null;

  it("takes no number read out or cited within a sentence for the document's own", () => {
    expect(own("会上，副主任宣读了某民发(2019)12号文件：某协会获评。")).toBeNull();
    expect(own("关于代表的建议，某人部发〔2006〕7号文明确规定，可以聘任。")).toBeNull();
    expect(own("某民函〔2024〕7号\n关于某建议的答复")).toBe("某民函〔2024〕7号");
  });
});

describe("what a paragraph or heading says before a figure", () => {
  const placed = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.asOf} ${f.region}`);

  it("carries the field of the paragraph to a figure that names only a certificate", () => {
    expect(
      shown("时间：2023-05-10\n全县社会工作专业人才队伍持续壮大。目前，全县共有860人取得资格证书。"),
    ).toEqual(["social_work.certified_workers=860@2023-05-10"]);
    expect(shown("时间：2023-05-10\n全县社工队伍持续壮大，目前共有860人取得职业资格证书。")).toEqual([
      "social_work.certified_workers=860@2023-05-10",
    ]);
    // No field said, or another occupation's said beside it: no series.
    expect(shown("时间：2023-05-10\n全县人才工作稳步推进。目前，全县共有860人取得资格证书。")).toEqual([]);
    expect(
      shown("时间：2023-05-10\n全县社会工作和教师队伍持续壮大。目前，全县共有860人取得资格证书。"),
    ).toEqual([]);
    expect(
      shown("时间：2023-05-10\n全县社会工作人才队伍持续壮大。目前，全县共有860人取得养老护理员证书。"),
    ).toEqual([]);
    // A new paragraph drops the field.
    expect(
      shown("时间：2023-05-10\n全县社会工作人才队伍持续壮大。\n目前，全县共有860人取得资格证书。"),
    ).toEqual([]);
  });

  it("carries the field of a heading to the figures under it, not to another heading's", () => {
    expect(
      shown(
        "时间：2023-05-10\n一、社会工作人才队伍建设\n全县共有860人取得资格证书。\n二、养老服务\n全县共有120人取得资格证书。",
      ),
    ).toEqual(["social_work.certified_workers=860@2023-05-10"]);
  });

  it("carries the field to registrations said without their noun", () => {
    expect(
      shown("时间：2022-12-20\n全区志愿服务蓬勃发展。截至11月底，全区实名注册人数达到5.6万人。"),
    ).toEqual(["social_work.volunteers=56000@2022-11-30"]);
    expect(shown("时间：2022-12-20\n全区志愿服务平台运行良好。平台注册用户达到5.6万人。")).toEqual([]);
    expect(shown("时间：2023-05-10\n全市社会组织发展迅速。目前全市已登记注册1200家。")).toEqual([
      "social_org.total=1200@2023-05-10",
    ]);
    // A bare 登记 may be a year's registrations; 社区社会组织 are a kind of their own.
    expect(shown("时间：2023-05-10\n全市社会组织健康发展。2022年登记41家。")).toEqual([]);
    expect(shown("时间：2023-05-10\n全市社区社会组织发展迅速。目前全市累计登记1200家。")).toEqual([]);
  });

  it("dates a figure told 目前 on a day said before it", () => {
    expect(
      shown("时间：2021-08-15\n2021年8月12日，市民政局发布数据显示，目前全市持证社工达到4200人。"),
    ).toEqual(["social_work.certified_workers=4200@2021-08-12"]);
    // A point counted to is no day of telling: 目前 is the document's.
    expect(
      shown("时间：2021-08-15\n截至2021年6月30日，全市持证社工3900人，目前已有持证社工4200人。"),
    ).toEqual([
      "social_work.certified_workers=3900@2021-06-30",
      "social_work.certified_workers=4200@2021-08-15",
    ]);
  });

  it("dates what a news report says is so now at the day the reporter was told", () => {
    expect(
      shown(
        "时间：2026-03-17\n3月16日，记者从市民政局会议上获悉，2025年全市新增持证社工412人。目前，全市已累计培育持证社工8600人。",
      ),
    ).toEqual(["social_work.certified_workers=8600@2026-03-16"]);
    expect(
      shown("时间：2019-08-01\n记者昨天（31日）从市民政局了解到，目前全市已有注册志愿者52万人。"),
    ).toEqual(["social_work.volunteers=520000@2019-07-31"]);
    // A day after the page's own is no day of telling; a page with no 记者…获悉 keeps its date.
    expect(shown("时间：2022-03-02\n记者28日从市民政局获悉，全市共有社会组织1200家。")).toEqual([
      "social_org.total=1200@2022-02-28",
    ]);
    expect(shown("时间：2022-03-02\n3月1日，市民政局召开会议。全市共有社会组织1200家。")).toEqual([
      "social_org.total=1200@2022-03-02",
    ]);
    // A headline run into the lead (a copy that lost its line breaks) is not of the day told after it.
    expect(
      shown(
        "时间：2022-03-02\n全市登记社会组织达1200家 3月1日，记者从市民政局获悉，全市共有社会组织1250家。",
      ),
    ).toEqual(["social_org.total=1200@2022-03-02", "social_org.total=1250@2022-03-01"]);
    // The reporter's credit in brackets before the day, the lead's subject left unsaid; its later
    // paragraphs' undated figures are of that day too.
    expect(
      shown(
        "时间：2023-09-02\n（某某日报记者 王五）8月31日从市委组织部获悉，全市党员21.3万名。\n全市1350家社会组织建立了党组织。",
      ),
    ).toEqual(["social_org.party_orgs=1350@2023-08-31"]);
  });

  it("reads 年年底 and 年年末 as the year's end", () => {
    expect(shown("时间：2021-03-02\n截至2020年年底，全市共有社会组织1350家。")).toEqual([
      "social_org.total=1350@2020-12-31",
    ]);
    expect(shown("时间：2021-03-02\n截至去年年底，全市共有社会组织1350家。")).toEqual([
      "social_org.total=1350@2020-12-31",
    ]);
    expect(shown("时间：2021-03-02\n2019年年末，全市有持证社工2100人。")).toEqual([
      "social_work.certified_workers=2100@2019-12-31",
    ]);
  });

  it("takes a city named without 市 before 已, 累计 or 共 for the place counted", () => {
    expect(placed("时间：2024-04-01\n目前，嘉兴已累计培育持证社工1.2万人。")).toEqual([
      "social_work.certified_workers=12000@2024-04-01 嘉兴市",
    ]);
    expect(placed("时间：2024-04-01\n绍兴共有注册志愿者80万人。")).toEqual([
      "social_work.volunteers=800000@2024-04-01 绍兴市",
    ]);
  });
});

describe("news of social work and volunteers, as East China's pages say it", () => {
  it.each([
    // 社会工作专业服务机构: the service organisations named by their profession; 培育 says they were fostered.
    ["培育社会工作专业服务机构", "social_work.service_orgs"],
    ["全市社工专业服务机构", "social_work.service_orgs"],
    ["新培育社工服务机构", "other"],
  ])("%s → %s", (subject, key) => {
    expect(meaningOf(subject).key).toBe(key);
  });

  it("counts what a frame of measure names for the places ranked after it", () => {
    expect(
      shown(
        "发布时间：2021-06-30\n在实名注册志愿者人数上，东港区最多，有12.5万人；紧随其后的是北湖区，有9万余人。",
      ),
    ).toEqual(["social_work.volunteers=125000@2021-06-30", "social_work.volunteers=90000@2021-06-30"]);
    // A frame that names a sub-kind (活跃志愿者) or no measure leaves the figures of no series.
    expect(shown("发布时间：2021-06-30\n在活跃志愿者的人数上，东港区以8000人居首。")).toEqual([]);
    expect(shown("发布时间：2021-06-30\n在志愿服务方面，东港区最多，有3万人。")).toEqual([]);
  });

  it("reads no count of the register in a total that takes in volunteers not registered", () => {
    expect(
      shown(
        "发布时间：2020-06-01\n据调查，全省志愿者总数约为900万，其中非注册志愿者约有200万。全省实名注册志愿者700万人。",
      ),
    ).toEqual(["social_work.volunteers=7000000@2020-06-01"]);
  });

  it("dates the figures of a year's data release at that year", () => {
    expect(shown("2021年度全市志愿服务大数据发布\n发布时间：2022-03-02\n全市注册志愿者有48万余人。")).toEqual(
      ["social_work.volunteers=480000@2021-12-31"],
    );
  });

  it("reads the professionals' share of a project's staff as the post ratio", () => {
    expect(
      shown(
        "发布时间：2022-02-10\n《办法》明确，购买服务项目中，社会工作专业人员的数量不低于项目执行总人数的70%。",
      ),
    ).toEqual(["standard.min_professional_post_ratio=70@2022-02-10"]);
  });

  it("goes on with the paragraph before when a line opens with 其中", () => {
    expect(
      shown("发布时间：2023-04-20\n截至2022年12月，全市共有持证社会工作者5200人。\n其中，专职社工1800人。"),
    ).toEqual(["social_work.certified_workers=5200@2022-12", "social_work.workers=1800@2022-12"]);
  });
});

describe("south China constructions", () => {
  it("reads the figure a change arrives at past a clause that only says how fast it went", () => {
    expect(
      shown(
        "时间：2020-04-02\n据统计，全县社会组织数量从2012年的420家，以年均9.5%的增长率增长至2019年的790家。",
      ),
    ).toEqual(["social_org.total=420@2012", "social_org.total=790@2019"]);
    expect(
      shown("时间：2020-04-02\n全区持证社工从2015年的300人，以每年约两成的速度增加到2019年的615人。"),
    ).toContain("social_work.certified_workers=615@2019");
  });

  it("reads the noun of a change after a span of years said as a figure (三年来)", () => {
    expect(shown("时间：2021-06-30\n三年来全区社会组织党组织从120个发展到265个。")).toContain(
      "social_org.party_orgs=265@2021-06-30",
    );
  });

  it("reads organisations fostered so far (培育发展) as those there are, a year's batch as a change", () => {
    expect(shown("时间：2022-03-18\n目前全市已培育发展社会工作服务机构58家。")).toEqual([
      "social_work.service_orgs=58@2022-03-18",
    ]);
    expect(shown("时间：2022-03-18\n今年全市培育发展社会工作服务机构6家。")).toEqual([]);
  });

  it("reads those working in the social-work trade (行业从业人员, 从业人士) as its workers", () => {
    expect(
      shown(
        "时间：2022-03-20\n截至2021年底，全市社会工作行业从业人员为4120人，社工行业从业人士中持证者2600人。",
      ),
    ).toContain("social_work.workers=4120@2021-12-31");
    expect(shown("时间：2022-03-20\n目前，全区社工行业从业人士达800余人。")).toEqual([
      "social_work.workers=800@2022-03-20",
    ]);
  });

  it("reads stations named by a place gloss and a quoted programme, before what their service reached", () => {
    expect(
      shown("时间：2024-02-01\n2023年，全市58个镇(街)“双百工程”社工站社工服务覆盖城乡900多个村(居)。"),
    ).toEqual(["social_work.stations=58@2023"]);
    // 社区服务覆盖率: the community's service, not a count of communities.
    expect(shown("时间：2024-02-01\n2023年，全市328个社区服务覆盖率达100%。")).toEqual([]);
  });
});

describe("counts of stations said with the work done on them or the next figure's total", () => {
  it("cuts a total word that opens the next figure off the noun (社工站共|40名)", () => {
    expect(shown("时间：2020-05-06\n全县15个镇共16个社工站共32名社工已到岗。")).toEqual([
      "social_work.stations=16@2020-05-06",
      "social_work.workers=32@2020-05-06",
    ]);
  });

  it("reads all of them built (完成全部…建设) as what exists, but a year's building as new ones", () => {
    expect(shown("时间：2022-06-01\n目前，两区已完成全部9个社工站建设，明年实现全覆盖。")).toEqual([
      "social_work.stations=9@2022-06-01",
    ]);
    expect(shown("时间：2022-06-01\n今年完成7个社工站建设。")).toEqual([]);
  });
});

describe("north-west portal constructions", () => {
  it("reads a bare count in 万 whose noun follows after words that describe it", () => {
    expect(
      shown("时间：2019-03-06\n目前，全市有2100多个志愿服务队伍、65万注册志愿者和900多个服务站点。"),
    ).toEqual(["social_work.volunteers=650000@2019-03-06"]);
    // 星城: the city's own name for itself is its place, no kind of volunteer.
    expect(shown("时间：2019-03-06\n目前，全市有65万星城志愿者和900多个服务站点。")).toEqual([
      "social_work.volunteers=650000@2019-03-06",
    ]);
    // 青年志愿者 is a part of the volunteers, not the series.
    expect(shown("时间：2019-03-06\n目前，全市有65万青年志愿者。")).toEqual([]);
  });

  it("leaves out the places screened or picked for a pilot (摸排, 遴选, 选取)", () => {
    expect(
      shown("时间：2026-02-03\n去年，全市摸排老旧小区社区、城郊社区等6类48个社区，开展试点工作。"),
    ).toEqual([]);
    expect(shown("时间：2026-02-03\n全区遴选12个社区开展试点，全区共有社区60个。")).toEqual([
      "community.communities=60@2026-02-03",
    ]);
  });
});
