import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { divisionsOf, regionOf } from "../extractors/context/region.js";
import { datelineDate, findDateline } from "../pipeline/metadata/dateline.js";
import { splitAddressees, tidyTitle } from "../pipeline/metadata/header.js";
import { readMetadata } from "../pipeline/metadata/metadata.js";
import { findDocNumbers, ownNumber } from "../pipeline/metadata/numbers.js";
import { findContact, findSignature } from "../pipeline/metadata/signature.js";
import { CORPUS, filesIn, processFile } from "./helpers/pipeline.js";

const SAMPLES: Record<
  string,
  { docNumber: string; issuer: string; issued: string; kind: string; title: string; region: string }
> = {
  "fumin-2024-25": {
    docNumber: "福民函〔2024〕25号",
    issuer: "深圳市福田区民政局",
    issued: "2024-06-07",
    kind: "npc_suggestion_reply",
    title: "关于建立社会组织人才保障体系的建议第20240061号的答复",
    region: "福田区",
  },
  "fumin-2023-32": {
    docNumber: "福民函〔2023〕32号",
    issuer: "深圳市福田区民政局",
    issued: "2023-08-01",
    kind: "cppcc_proposal_reply",
    title: "对福田区政协六届三次会议第2023179号提案的答复",
    region: "福田区",
  },
  "fumin-2022-27": {
    docNumber: "福民函〔2022〕27号",
    issuer: "深圳市福田区民政局",
    issued: "2022-07-28",
    kind: "npc_suggestion_reply",
    title: "关于进一步促进社会组织创新发展的建议的办理情况报告",
    region: "福田区",
  },
  "shenfubangui-2020-11": {
    docNumber: "深府办规〔2020〕11号",
    issuer: "深圳市人民政府办公厅",
    issued: "2020-11-02",
    kind: "policy",
    title: "深圳市人民政府办公厅关于印发深圳市提升社会工作服务水平若干措施的通知",
    region: "深圳市",
  },
  "minminshegong-2021-8": {
    docNumber: "闽民社工〔2021〕8号",
    issuer: "福建省民政厅",
    issued: "2021-01-28",
    kind: "policy",
    title:
      "福建省民政厅 中共福建省委组织部等十七部门 印发《关于进一步加强社会工作专业队伍建设 提升基层服务能力的若干措施》的通知",
    region: "福建省",
  },
};

describe("metadata of the sample documents in every form", () => {
  for (const format of ["txt", "docx", "pdf", "odd"]) {
    for (const path of filesIn(join(CORPUS, format))) {
      const stem = basename(path)
        .replace(/\.[^.]+$/, "")
        .replace(/^(?:bom|cidfont|gb18030)-/, "");
      it(`${format}/${basename(path)}`, async () => {
        const { doc } = await processFile(path);
        const { docNumber, issuer, issued, kind, title, region } = doc.meta;
        expect({ docNumber, issuer, issued, kind, title, region }).toEqual(SAMPLES[stem]);
      });
    }
  }

  it("reads proposal, meeting, addressees and contact of a CPPCC reply", async () => {
    const { doc } = await processFile(join(CORPUS, "pdf", "fumin-2023-32.pdf"));
    expect(doc.meta).toMatchObject({
      proposalNumber: "2023179",
      meeting: "政协六届三次会议",
      addressees: ["陈孝悦"],
      contactPerson: "曾佳雯",
      contactPhone: "83506952",
    });
  });

  it("tells the document's own number from the numbers it cites", async () => {
    const { doc } = await processFile(join(CORPUS, "txt", "minminshegong-2021-8.txt"));
    expect(doc.meta.docNumber).toBe("闽民社工〔2021〕8号");
    expect(doc.meta.citedNumbers).toEqual(["中组发〔2011〕25号", "民发〔2016〕186号"]);
  });
});

describe("document numbers", () => {
  it.each([
    ["福民函〔2024〕25号", "福民函〔2024〕25号"],
    ["穗民案〔2020〕101 号", "穗民案〔2020〕101号"],
    ["浦民函[2023]18号", "浦民函〔2023〕18号"],
    ["粤民函【2022】036号", "粤民函〔2022〕36号"],
    ["根据深府办规〔2020〕11号文件", "深府办规〔2020〕11号"],
    ["（中办发〔2016〕46号）", "中办发〔2016〕46号"],
  ])("%s → %s", (text, number) => {
    expect(findDocNumbers(text).map((m) => m.text)).toEqual([number]);
  });

  it("prefers the number standing under the letterhead", () => {
    const text = "某某市民政局\n某民发〔2023〕7号\n关于转发《意见》（国办发〔2022〕3号）的通知";
    expect(ownNumber(text, findDocNumbers(text))?.text).toBe("某民发〔2023〕7号");
  });
});

describe("issuer, region and signature", () => {
  it.each([
    ["深圳市福田区民政局", ["深圳市", "福田区"]],
    ["广州市民政局", ["广州市"]],
    ["福建省民政厅", ["福建省"]],
    ["内蒙古自治区民政厅", ["内蒙古自治区"]],
    ["上海市浦东新区民政局", ["上海市", "浦东新区"]],
    ["延边朝鲜族自治州民政局", ["延边朝鲜族自治州"]],
    // A province whose name ends in 州, and a prefecture written 州.
    ["贵州省民政厅", ["贵州省"]],
    ["贵州省遵义市民政局", ["贵州省", "遵义市"]],
    ["黔南州民政局", ["黔南州"]],
    // Two issuers run together: the second's divisions are not the first's.
    ["湖州市民政局湖州市财政局", ["湖州市"]],
    ["某某县民政局某某县人力资源和社会保障局", ["某某县"]],
  ])("%s → %j", (name, divisions) => expect(divisionsOf(name)).toEqual(divisions));

  it("has no region for a body that names none", () => expect(regionOf("区民政局")).toBeNull());

  it("reads the dated signature, not the printing date", () => {
    const lines = [
      "……",
      "福建省民政厅",
      "2021年1月28日",
      "(此件主动公开)",
      "福建省民政厅办公室",
      "2021年1月29日印发",
    ];
    expect(findSignature(lines)).toMatchObject({ issued: "2021-01-28", signer: "福建省民政厅" });
    expect(findSignature(["某某市人民政府办公厅", "2020年11月2日印发"]).issued).toBe("2020-11-02");
    expect(findSignature(["民政局", "二〇二三年五月十日"]).issued).toBe("2023-05-10");
  });

  it("reads contact person and phone in either punctuation", () => {
    expect(findContact("（联系人：曾佳雯，联系电话：82918202）")).toEqual({
      person: "曾佳雯",
      phone: "82918202",
    });
    expect(findContact("(联系人:李明,电话:021-58881234)")).toEqual({ person: "李明", phone: "021-58881234" });
  });
});

describe("titles and addressees", () => {
  it("splits deputies and units", () => {
    expect(splitAddressees("孙月,刘玉英,庄少波等 11 位人大代表：")).toEqual(["孙月", "刘玉英", "庄少波"]);
    expect(splitAddressees("张冰、刘思宇、张勇代表：")).toEqual(["张冰", "刘思宇", "张勇"]);
    expect(splitAddressees("各区人民政府，市政府直属各单位，市有关单位：")).toEqual([
      "各区人民政府",
      "市政府直属各单位",
      "市有关单位",
    ]);
  });

  it("removes spaces left by wrapping, keeps the space between phrases", () => {
    expect(tidyTitle("关于进一步促进社会组织创新发展的建议 的办理情况报告")).toBe(
      "关于进一步促进社会组织创新发展的建议的办理情况报告",
    );
    expect(tidyTitle("中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见")).toBe(
      "中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见",
    );
  });

  it.each([
    [
      "news page with debris",
      "首页 > 新闻中心 > 工作动态\n深圳市宝安区：社工站点实现街道全覆盖\n发布时间：2024-03-12 10:25  来源：宝安区民政局\n近日，记者获悉……。",
      {
        title: "深圳市宝安区：社工站点实现街道全覆盖",
        issued: "2024-03-12",
        issuer: "宝安区民政局",
        kind: "other",
      },
    ],
    [
      "statistical bulletin",
      "广州市2023年民政事业发展统计公报\n广州市民政局\n2024年4月15日\n一、社会组织\n截至2023年底，全市共有社会组织8562个。",
      {
        title: "广州市2023年民政事业发展统计公报",
        issued: "2024-04-15",
        issuer: "广州市民政局",
        kind: "statistical_report",
        period: "2023",
        region: "广州市",
      },
    ],
    [
      "traditional characters after simplification",
      "广东省民政厅\n粤民函〔2022〕36号\n关于2021年全省社会组织发展情况的通报\n各地级以上市民政局：\n截至2021年12月31日，……。\n广东省民政厅\n2022年3月18日",
      {
        docNumber: "粤民函〔2022〕36号",
        period: "2021",
        issued: "2022-03-18",
        addressees: ["各地级以上市民政局"],
      },
    ],
    [
      "reply copied from a web page, its title above the number, to members who raised a 建议",
      "首页 / 建议提案 / 正文\n东山县民政局\n关于对政协九届二次会议第31号提案的答复\n来源：东山县民政局 发布时间：2023-07-05\n东山县民政局文件\n东民发【2023】12号\n张某、李某等委员：\n您提出的关于加强农村养老服务的建议，现答复如下：\n我县共有养老机构5家。\n东山县民政局\n2023年7月2日",
      {
        title: "关于对政协九届二次会议第31号提案的答复",
        issuer: "东山县民政局",
        kind: "cppcc_proposal_reply",
      },
    ],
    [
      "a co-handling bureau's letter, its addressee on a line below the title",
      "当前位置：首页 > 建议提案办理\n某省民政厅关于省政协十二届一次会议第2023015号提案会办意见的函\n时间：2023-05-20\n团省委\n我们对第2023015号提案的会办意见如下：\n全省持证社工1.2万人。",
      {
        title: "某省民政厅关于省政协十二届一次会议第2023015号提案会办意见的函",
        issuer: "某省民政厅",
        kind: "cppcc_proposal_reply",
      },
    ],
    [
      "a co-handling bureau's opinion on a deputy's suggestion, with no title",
      "省人大三次会议第208号代表建议由市民政局主办，我局参与会办，我局的会办意见是：\n近年来，全市持证社工增加到4500人。",
      { kind: "npc_suggestion_reply" },
    ],
    [
      "a section's name over a reply's title",
      "选择语言\n您当前所在位置：首页 > 政务公开 > 建议提案\n议案(建议)办理\n某某区某镇人民政府关于区三届人大二次会议第8号代表建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n全镇共有社区12个。",
      {
        title: "某某区某镇人民政府关于区三届人大二次会议第8号代表建议的答复",
        issuer: "某某区某镇人民政府",
        kind: "npc_suggestion_reply",
      },
    ],
    [
      "a bulletin's title over its issuer and date on one line",
      "某市2019年民政事业发展统计公报\n某市民政局2020年4月20日\n一、社会组织\n截至2019年底，全市共有社会组织1200家。",
      { title: "某市2019年民政事业发展统计公报", period: "2019" },
    ],
    [
      "a news title over its byline",
      "全省登记注册志愿者达120万人\n某某日报 2021-03-02 08:15\n本报讯 截至目前，全省共登记注册志愿者120万人。",
      { title: "全省登记注册志愿者达120万人" },
    ],
    [
      "a reply whose page left only the frame's bars above it",
      "首页 |\n|\n张某代表：\n您提出的《关于培育社区社会组织的建议》收悉，现答复如下：\n截至2022年底，全省共有社会组织5.2万家。",
      { title: null, kind: "npc_suggestion_reply" },
    ],
    [
      "answer to a deputy with no title",
      "王某代表：\n您提出的《关于完善社区养老设施的建议》收悉，现答复如下：\n全区共有社区60个。\n某某区民政局\n2022年6月1日",
      { issuer: "某某区民政局", kind: "npc_suggestion_reply" },
    ],
    [
      "a reply under its portal's index fields, each on a list line of its own",
      "- 索引号0001/2020-00012\n- 发布机构某县政府办公室\n- 文号某民函〔2019〕6号\n- 发布日期2020-03-02\n- 有效性有效\n某县民政局关于县人大代表建议第18号答复的函\n赵某代表：\n你提出的建议收悉，现答复如下：",
      {
        title: "某县民政局关于县人大代表建议第18号答复的函",
        issuer: "某县民政局",
        issued: "2020-03-02",
        kind: "npc_suggestion_reply",
      },
    ],
    [
      "a page whose index table gives its title and date in cells of their own",
      "索 引 号 | 0002/2020-00031 | 主题分类 | 工作情况 |\n信息来源 | 办公室 | 发布日期 | 2020-02-14 |\n公文名称 | 2019年某某局建议提案办理工作情况 | ||\n主 题 词 | 提案 | 文 号 |\n2019年，某某局承办建议提案88件。",
      { title: "2019年某某局建议提案办理工作情况", issued: "2020-02-14" },
    ],
    [
      "a reply under a page's menu items and widgets, its source line naming no place",
      "• 建议\n  • 文字:\n    保护视力色:\n    温州市民政局对市十四届人大二次会议第56号建议的答复\n  • 来源: 市民政局\n  • 时间:2022-07-20 10:05:11\n  • 钱某代表:\n    您提出的建议收悉，现答复如下：",
      {
        title: "温州市民政局对市十四届人大二次会议第56号建议的答复",
        issuer: "温州市民政局",
        region: "温州市",
        kind: "npc_suggestion_reply",
      },
    ],
  ])("%s", (_name, text, expected) => {
    expect(readMetadata({ text })).toMatchObject(expected);
  });
});

describe("a news lead's dateline", () => {
  const issued = (text: string) => readMetadata({ text }).issued;

  it("dates a wire report by its dateline and the year the text speaks of", () => {
    expect(
      issued(
        "某省社工人数突破5万\n新华社某地6月3日电（记者 某某）记者从2023年全省民政工作推进会获悉，全省持证社工已达5万人。",
      ),
    ).toBe("2023-06-03");
    expect(issued("某市义工队伍壮大\n本报某地11月8日电 2021年，全市注册义工达12万人。")).toBe("2021-11-08");
    // Written without a year anywhere: no date to say.
    expect(issued("本报某地12月5日电 今天是国际志愿者日，全市注册志愿者已有8万人。")).toBeNull();
  });

  it("dates a wire report by the national session it names, not by a year named as where something began", () => {
    // 十三届全国人大二次会议 sat in 2019; 以2008年为标志 is a past beginning, not the report's year.
    expect(
      issued(
        "某网北京3月9日电 十三届全国人大二次会议今天举行记者会。以2008年为标志，社工发展进入新阶段，到去年年底持证社工有40多万人。",
      ),
    ).toBe("2019-03-09");
    expect(
      issued(
        "某网北京3月6日电 全国政协第十四届第二次会议期间，委员谈志愿服务：2023年全国注册志愿者2.3亿人。",
      ),
    ).toBe("2024-03-06");
    // A standing committee meets many times a year: no year from it.
    expect(issued("某网北京6月3日电 十三届全国人大常委会第三次会议审议了慈善法。")).toBeNull();
    expect(issued("某网北京6月3日电 以2008年为标志，社工发展进入新阶段。")).toBeNull();
  });

  it("takes the year from the page's own date, the year before when the day would come after it", () => {
    expect(issued("发布时间：2024-11-09 10:00\n某网北京10月23日电 会上介绍，全国社会组织近90万家。")).toBe(
      "2024-10-23",
    );
    expect(issued("发布时间：2024-01-03\n某报北京12月30日电 会上介绍，全国社会组织近90万家。")).toBe(
      "2023-12-30",
    );
  });

  it("does not take the day a document-sharing site took its copy in for the document's date", () => {
    expect(
      issued(
        "某县民政局2019年工作总结 - 某某文库\n上传时间：2024-02-17  浏览次数：88\n某县民政局2019年工作总结\n全县共有社会组织212家。",
      ),
    ).not.toBe("2024-02-17");
    expect(issued("某县民政局2019年工作总结\n收录时间：2024-02-17\n全县共有社会组织212家。")).not.toBe(
      "2024-02-17",
    );
    expect(issued("某县社工站全覆盖\n发布时间：2024-02-17\n全县建成社工站12个。")).toBe("2024-02-17");
  });

  it("reads a paper's own lead (本报讯…3月5日，…) only on a page that has no date", () => {
    expect(issued("本报讯（记者 某某）3月5日，某区召开2022年社工工作会议，全区社工站已达30个。")).toBe(
      "2022-03-05",
    );
    // 12月5日是…: a day the lead speaks of, not the day of the report.
    expect(findDateline("本报讯 12月5日是国际志愿者日，某市义工已有3万名。")).toBeNull();
    expect(issued("2004-12-08 来源：某某日报\n本报讯（记者 某某）12月6日，某市义工服务月开幕。")).toBe(
      "2004-12-08",
    );
  });

  it("reads a page's date that a Word copy ran in between the title and the lead", () => {
    expect(issued("首页>新闻>某区社工站建设推进会召开2023-02-222月14日，推进会在某区召开。")).toBe(
      "2023-02-22",
    );
    expect(issued("某市社会组织工作会议召开2023年02月22日2月14日，会议在某市召开。")).toBe("2023-02-22");
    expect(issued("某市社会组织工作会议召开2023-02-22近日，会议在某市召开。")).toBe("2023-02-22");
    // A PDF copy joins the title's line to the dateline under it.
    expect(
      issued("某市首批3家社会组织被撤销登记2020-06-18来源:某某日报\n日前，市民政局对3家社会组织作出处罚。"),
    ).toBe("2020-06-18");
    // A date said in the lead's sentence is the event's, not the page's.
    expect(issued("某市于2023-02-22召开社会组织工作会议，全市社会组织已达1200家。")).toBeNull();
  });

  it("reads the day that opens a clause of an undated page's lead, past its title and credits", () => {
    expect(
      issued("某县社工周启动\n5月9日，某县2024年社会工作宣传周在城关镇启动，全县持证社工已有320人。"),
    ).toBe("2024-05-09");
    expect(
      issued(
        "（资料图）\n某某网记者 某某 报道\n为迎接社工日，6月12日上午，某市2021年社工成果展开幕。目前全市社工站86个。",
      ),
    ).toBe("2021-06-12");
    // 3月21日是…: a day the lead speaks of; the day that opens the clause after it is the report's.
    expect(issued("3月21日是世界社会工作日。为宣传社会工作，3月19日，某区2022年社工宣传活动启动。")).toBe(
      "2022-03-19",
    );
    // A page with a date of its own keeps it; a lead with no year anywhere gives none.
    expect(issued("发布时间：2020-06-14 09:00\n6月12日，某市社工成果展开幕，全市社工站86个。")).toBe(
      "2020-06-14",
    );
    expect(issued("6月12日，某市社工成果展开幕，全市社工站86个。")).toBeNull();
    // A day later in the lead than its opening words, or not opening a clause, is none.
    expect(
      findDateline("某区召开社工工作会议，会议回顾了2021年社工站建设情况，要求各街道在6月30日前完成评估。"),
    ).toBeNull();
  });

  it("dates a report after the point it counts to, not in the year of that point", () => {
    // 截至2022年底 told on 11月5日: the 5th of November after that year's end.
    expect(issued("11月5日，某大学发布研究报告。报告指出，截至2022年底，我国共有社会组织89万个。")).toBe(
      "2023-11-05",
    );
    expect(issued("某网北京6月10日电 某部今日发布公报，截至2014年底，全国共有社会组织60万个。")).toBe(
      "2015-06-10",
    );
    // A point before the day keeps the day in its year.
    expect(issued("11月5日，某市发布报告：截至2022年9月底，全市共有社会组织3100个。")).toBe("2022-11-05");
  });

  it("reads a day that opens one of a text's first lines (3月21日，…) only on a page that has no date", () => {
    expect(issued("某省社工宣传周启动\n4月2日，2024年社工宣传周在某市启动，全省持证社工达2.6万人。")).toBe(
      "2024-04-02",
    );
    expect(issued("发布时间：2024-04-09\n4月2日，2024年社工宣传周在某市启动。")).toBe("2024-04-09");
    // A day said later in a paragraph, or one the text speaks of, is none.
    expect(findDateline("2024年社工宣传周于4月2日启动，全省持证社工达2.6万人。")).toBeNull();
    expect(findDateline("3月19日是世界社会工作日。")).toBeNull();
  });

  it("is no dateline when the words are of something else (电视, 电话)", () => {
    expect(findDateline("5月8日电视台播出了社工节目。")).toBeNull();
    expect(datelineDate({ month: 2, day: 30 }, null, "2023")).toBeNull();
  });
});
