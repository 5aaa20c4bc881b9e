import { describe, expect, it } from "vitest";
import { declaredSpan } from "../extractors/context/carried.js";
import { findPublished } from "../pipeline/metadata/signature.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";

const facts = (text: string) => processDocument(textDocument(text)).facts;

describe("dates the text carries", () => {
  it("dates the sentences of a paragraph opened by 截至…", () => {
    const got = facts(
      "截至2019年末，全县共有依法登记的社会组织620家，其中社会团体300家。县本级共有社会组织210家，其中基金会4家。",
    );
    const total = got.filter((f) => f.metric === "social_org.total");
    expect(total.map((f) => [f.value, f.asOf, f.asOfSource])).toEqual([
      [620, "2019-12-31", "sentence"],
      [210, "2019-12-31", "paragraph"],
    ]);
  });

  it("lets a later sentence that opens with its own time date the sentences after it", () => {
    const dated = (text: string) =>
      facts(text)
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.value}@${f.asOf}`);
    const opening = "某区民政局\n2021-10-18 09:00\n截至2021年9月底，全区共有社会组织420家。";
    // 今年以来 and 目前 say the time is now: the figures after them are of the page's date.
    expect(dated(`${opening}今年以来，全区购买社会工作服务项目31个。全区注册志愿者8.2万人。`)).toEqual([
      "420@2021-09-30",
      "31@2021-10-18",
      "82000@2021-10-18",
    ]);
    expect(dated(`${opening}目前，全区建成社工站15个。全区注册志愿者8.2万人。`)).toEqual([
      "420@2021-09-30",
      "15@2021-10-18",
      "82000@2021-10-18",
    ]);
    // A span that began in an earlier year says when counting began: the paragraph's date holds.
    expect(dated(`${opening}2019年以来，累计培训社工3000人次。全区注册志愿者8.2万人。`)).toEqual([
      "420@2021-09-30",
      "82000@2021-09-30",
    ]);
  });

  it("carries a year's or month's end said as a clause of its own, as it carries 截至…", () => {
    const got = facts(
      "某市民政局\n2024-03-12 10:00\n2023年底，全市登记社会组织2140家。全市3A级以上社会组织96家，其中5A级9家。",
    );
    expect(
      got.filter((f) => f.metric !== "other").map((f) => `${f.value}@${f.asOf}@${f.asOfSource}`),
    ).toEqual(["2140@2023-12-31@sentence", "9@2023-12-31@paragraph"]);
  });

  it("dates what follows a year alone on its line by that year, until the next", () => {
    const got = facts(
      [
        "某省持证社会工作者逐年增加",
        "截至2024年，全省持证社会工作者已达5.2万人。近年情况如下：",
        "2021年",
        "全省持证社会工作者人数为3.1万人。",
        "2022年",
        "全省持证社会工作者人数为3.9万人。",
        "全年新增社会工作服务机构12家。",
      ].join("\n"),
    ).filter((f) => f.metric === "social_work.certified_workers");
    expect(got.map((f) => `${f.value}@${f.asOf}`)).toEqual(["52000@2024", "31000@2021", "39000@2022"]);
  });

  it("reads a span declared for the rest of the text", () => {
    expect(declaredSpan("五年来（2016年至2020年，下同），全省……")).toEqual({ date: "2020", kind: "period" });
    expect(declaredSpan("2016年至2020年，全省……")).toBeNull();
  });

  it("finds an e-paper's date in brackets or on its masthead line with the page it printed", () => {
    expect(findPublished("首页 > 电子报 > 第03版：综合\n[ 2017年06月20日 ]\n本报讯 近日，…").date).toBe(
      "2017-06-20",
    );
    expect(findPublished("某某新闻\n【2018-09-11】\n全市社会组织…").date).toBe("2018-09-11");
    expect(findPublished("某某晚报 2015年11月04日 A08版\n本报讯（记者 某某）…").date).toBe("2015-11-04");
    expect(findPublished("2020年07月02日 第06版：社会\n本报讯 …").date).toBe("2020-07-02");
    // A paper's credit of the page a repost copied, at its head or its foot.
    expect(findPublished("某某新闻\n来源：中国社会报 2018年4月9日第3版\n记者获悉，…").date).toBe(
      "2018-04-09",
    );
    expect(findPublished("正文……\n（原载《某某日报》2016年10月21日第5版）").date).toBe("2016-10-21");
    // A day in a lead's prose is no masthead.
    expect(findPublished("全市2020年07月02日起开展第6版社工评估").date).toBeNull();
  });

  it("finds a web page's date in its dateline, time stamp or forum edit line", () => {
    expect(findPublished("某市社工队伍壮大\n2021-04-02 09:15:30\n来源：某日报").date).toBe("2021-04-02");
    expect(findPublished("标题2021-04-02 09:15 来源：某网").date).toBe("2021-04-02");
    // A portal's date with its time run on and its source set off by a bar.
    expect(findPublished("某区推进社工站建设\n2022年03月09日10:31 | 来源：某某日报\n小字号").date).toBe(
      "2022-03-09",
    );
    expect(findPublished("本帖最后由 某人 于 2015-06-30 21:07 编辑").date).toBe("2015-06-30");
    // A post's own date, not a later edit of it.
    expect(
      findPublished("发表于 2015-6-2 09:31 | 只看该作者\n本帖最后由 某人 于 2015-06-30 21:07 编辑").date,
    ).toBe("2015-06-02");
    expect(findPublished("某某工作推进会召开\n02.03.2017  10:20\n正文").date).toBe("2017-03-02");
    expect(findPublished("【作者】某编委会【成文日期】2018-12-31【点击率】3次").date).toBe("2018-12-31");
    expect(findPublished("某提案的答复情况 ( 2023-06-01 )").date).toBe("2023-06-01");
    // A date written out with its time run on after it, after a site's address, and a paper's masthead.
    expect(
      findPublished("某市义工队伍壮大\nhttp://www.example.com  2011年04月06日07:45  某某晚报").date,
    ).toBe("2011-04-06");
    expect(findPublished("版面目录\n新闻内容\n2015年11月03日 星期二上一期下一期").date).toBe("2015-11-03");
    // A day the body speaks of, with neither a time nor a weekday, is no date of the page.
    expect(findPublished("标题\n正文说，2015年11月3日召开了会议。").date).toBeNull();
  });

  it("dates 去年底 against the document's dateline", () => {
    const got = facts("某市社工机构发展迅速\n2020-03-20 08:00\n截至去年底，全市已拥有社工机构88家。");
    expect(got.find((f) => f.metric === "social_work.service_orgs")?.asOf).toBe("2019-12-31");
  });

  /** metric=value@as_of (source) of the catalogued facts. */
  const dated = (text: string) =>
    facts(text)
      .filter((f) => f.metric !== "other")
      .map((f) => `${f.metric}=${f.value}@${f.asOf} (${f.asOfSource})`);

  it("leaves a year told against a missing document date undated, whatever years the text names", () => {
    // No dateline, no signature, no number: 去年 cannot be told, and 2009 is no guess for it.
    expect(
      dated("某县社会工作起步于2009年。到去年年底，全县持证社会工作者已有430多人，上年末为390人。"),
    ).toEqual([
      "social_work.certified_workers=430@null (relative)",
      "social_work.certified_workers=390@null (relative)",
    ]);
    expect(
      dated("记者从县民政局获悉，截至今年8月底，全县已建成乡镇社工站16个。该县于2020年启动建站。"),
    ).toEqual(["social_work.stations=16@null (relative)"]);
    // A figure with no date at all is still read at the latest year the text speaks of.
    expect(dated("2020年以来，某县持续推进社工站建设。目前全县共有社工站16个。")).toEqual([
      "social_work.stations=16@2020 (mentioned)",
    ]);
  });

  it("dates a year's end said without its year (截至12月31日) at the end of the latest year the text speaks of", () => {
    // A template's masked year (20**年) gives none; the year comes from a later paragraph.
    expect(
      dated(
        "20**年，我局扎实推进社会组织登记管理。\n截至12月31日，全市共登记社会组织812家（社会团体402家）。\n2016年，全市新登记社会组织45家。",
      ),
    ).toEqual([
      "social_org.total=812@2016-12-31 (mentioned)",
      "social_org.social_groups=402@2016-12-31 (mentioned)",
    ]);
    expect(dated("20**年工作总结\n截至年底，全县持证社工212人。\n2019年，全县新建社工站6个。")).toContain(
      "social_work.certified_workers=212@2019-12-31 (mentioned)",
    );
  });

  it("dates a month said without its year by the latest year its paragraph said, in an undated text", () => {
    // 截至9月底 and 11月底， after a sentence of 2021: that year's months.
    expect(
      dated("2021年，某区持续推进社会组织培育。截至9月底，全区共有社会组织836家，持证社工412人。"),
    ).toEqual([
      "social_org.total=836@2021-09-30 (sentence)",
      "social_work.certified_workers=412@2021-09-30 (sentence)",
    ]);
    expect(dated("2023年，某县社工站建设提速，全县持证社工达560人。11月底，全县社工站达到24个。")).toEqual([
      "social_work.certified_workers=560@2023 (sentence)",
      "social_work.stations=24@2023-11-30 (sentence)",
    ]);
    // The latest of the years said, not a goal (到2025年) nor where a span to now began (2018年以来).
    expect(
      dated(
        "2018年以来，某县加快发展社会组织；2020年全县新登记42家，到2025年力争达到600家。截至6月底，全县共有社会组织515家。",
      ),
    ).toContain("social_org.total=515@2020-06-30 (sentence)");
    // A year's end said before the counted words is that year's: it dates its figure, not the next sentence's.
    expect(dated("2022年，某县民政事业稳步发展。年末全县共有社会组织734个。全县注册志愿者6.3万人。")).toEqual(
      ["social_org.total=734@2022-12-31 (sentence)", "social_work.volunteers=63000@2022 (mentioned)"],
    );
    // Said in the same sentence, a year's end is of the year the sentence named, for the list it opens.
    expect(dated("2020年，某县民政事业平稳发展，年末全县共有社会组织486个，注册志愿者4.1万人。")).toEqual([
      "social_org.total=486@2020-12-31 (sentence)",
      "social_work.volunteers=41000@2020-12-31 (sentence)",
    ]);
    // A paragraph that says no year takes its heading's.
    expect(dated("某区民政工作情况\n一、2021年工作情况\n截至11月底，全区共有社会组织612家。")).toEqual([
      "social_org.total=612@2021-11-30 (sentence)",
    ]);
    // 到6月底 and 截至9月末 are such points too, after a year the paragraph or the heading said.
    expect(
      dated("2021年，某区持续推进社会组织培育。到6月底，全区共有社会组织836家，持证社工412人。"),
    ).toEqual([
      "social_org.total=836@2021-06-30 (sentence)",
      "social_work.certified_workers=412@2021-06-30 (sentence)",
    ]);
    expect(dated("某区民政工作情况\n一、2021年工作情况\n截至9月末，全区共有社会组织612家。")).toEqual([
      "social_org.total=612@2021-09-30 (sentence)",
    ]);
    expect(dated("某区民政工作情况\n一、2021年工作情况\n到11月底，全区共有社会组织612家。")).toEqual([
      "social_org.total=612@2021-11-30 (sentence)",
    ]);
    // 到12月底前 is a deadline still.
    expect(dated("2021年，某区推进社工站建设。到12月底前，全区建成社工站24个。")).not.toContain(
      "social_work.stations=24@2021-12-31 (sentence)",
    );
    // In another paragraph, or with no year said before it, the month stays without a year.
    expect(dated("2021年，某区持续推进社会组织培育。\n截至9月底，全区共有社会组织836家。")).toEqual([
      "social_org.total=836@2021 (mentioned)",
    ]);
  });

  it("tells an undated text's year by the count of a day kept each year (第38个国际志愿者日)", () => {
    expect(
      dated("12月5日是第38个国际志愿者日。记者从团省委获悉，目前全省注册青年志愿者已有42.6万人。"),
    ).toEqual(["social_work.volunteers=426000@2023 (mentioned)"]);
    expect(dated("在第8个“中华慈善日”到来之际，某市民政局介绍，全市注册志愿者已达65万人。")).toEqual([
      "social_work.volunteers=650000@2023 (mentioned)",
    ]);
    // The first World Social Work Day was kept in 2007; the count may be written in characters.
    expect(dated("为迎接第十九个国际社工日，某市民政局介绍，目前全市已有持证社会工作者3200名。")).toEqual([
      "social_work.certified_workers=3200@2025 (mentioned)",
    ]);
  });

  it("dates a release of one year's data, and the undated figures of later paragraphs, by that year", () => {
    const text =
      "某市民政局\n2022-02-20\n2月18日，2021年度某市志愿服务数据发布：全市注册志愿者85.3万人。\n" +
      "在全市85万余名志愿者中，青年占四成。\n目前，全市持证社会工作者1800人。";
    expect(dated(text)).toEqual([
      "social_work.volunteers=853000@2021 (sentence)",
      "social_work.volunteers=850000@2021-12-31 (paragraph)",
      // 目前 says the time is now: the page's date, not the release's year.
      "social_work.certified_workers=1800@2022-02-20 (document)",
    ]);
  });

  it("resolves the same relative years against the document's own date", () => {
    expect(
      dated(
        "某县社会工作起步于2009年。到去年年底，全县持证社会工作者已有430多人。\n某县民政局\n2022年3月1日",
      ),
    ).toEqual(["social_work.certified_workers=430@2021-12-31 (sentence)"]);
    // A reply dated only by its number: 上年末 is the year before the number's.
    expect(dated("某民函〔2023〕12号\n某某代表：\n上年末全县共有社会组织512家。")).toEqual([
      "social_org.total=512@2022-12-31 (sentence)",
    ]);
  });

  it("resolves relative years in an undated report against the period its title names", () => {
    expect(dated("某县民政局2022年工作总结\n截至去年底，全县共有社会组织512家。")).toEqual([
      "social_org.total=512@2021-12-31 (sentence)",
    ]);
  });

  it("dates a relatively dated figure by the same figure dated elsewhere in an undated text", () => {
    expect(
      dated("截至2022年底全县社会组织达512家\n记者获悉，截至去年底，全县共有社会组织512家，比上年增加20家。"),
    ).toEqual(["social_org.total=512@2022-12-31 (sentence)", "social_org.total=512@2022-12-31 (restated)"]);
  });
});
