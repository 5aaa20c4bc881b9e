import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { cellStream } from "../extractors/tables/cells.js";
import { rowKey } from "../extractors/tables/indicatorFacts.js";
import { isIndicatorTable, readIndicatorTable } from "../extractors/tables/indicatorRows.js";
import { tablePeriod } from "../extractors/tables/period.js";
import { tableRegion } from "../extractors/tables/region.js";
import { placeRows, readMarker } from "../extractors/tables/sections.js";
import { isPipeRow, isTabRow } from "../pipeline/normalize/pipeRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import { divisionOfCode } from "../schemas/divisionCodes.js";

const lines = (...texts: string[]) => {
  let start = 0;
  return texts.map((text) => {
    const line = { text, start };
    start += text.length + 1;
    return line;
  });
};
const texts = (text: string, wrapped = false) =>
  cellStream(lines(...text.split("\n")), wrapped).map((c) => c.text);

describe("the cells of a table in every form", () => {
  it("reads pipes with and without outer pipes, empty filler cells kept, lone pipes dropped", () => {
    expect(texts("村委会 | 个 | 88 |\n|\n| 二、经费 | |||")).toEqual([
      "村委会",
      "个",
      "88",
      "二、经费",
      "",
      "",
      "",
    ]);
  });

  it("reads rows run together as one stream", () => {
    expect(texts("1.镇 | 个 | 40 | 40 | |2.街道 | 个 | 7 | 7 | |")).toEqual([
      "1.镇",
      "个",
      "40",
      "40",
      "",
      "2.街道",
      "个",
      "7",
      "7",
      "",
    ]);
  });

  it("joins a cell a PDF wrapped onto the next line", () => {
    expect(texts("城市低保 | 万元 | 12.5 |II 农村低保临\n时补助 | 万元 | 3.4 |", true)).toEqual([
      "城市低保",
      "万元",
      "12.5",
      "II 农村低保临时补助",
      "万元",
      "3.4",
    ]);
  });

  it("keeps offsets in the text", () => {
    const [, unit] = cellStream(lines("社会团体\t个\t1,234"));
    expect(unit).toEqual({ text: "个", start: 5, end: 6 });
  });
});

describe("which lines are table rows", () => {
  it.each([
    ["街道 | 个 | 74 |", true],
    ["二、行政区划 |", true],
    ["|", true],
    ["(一)行政区划 | |||||乡镇级合计 | 个 | 1,106 | 1,106 |", true],
    ["首页 | 机构概况 | 政务公开 | 办事服务", false],
    ["中国某某网 | 某某新闻网", false],
  ])("%s → pipe row %s", (line, expected) => expect(isPipeRow(line)).toBe(expected));

  it("does not take a page laid out in columns for a table row", () => {
    const prose = `记者了解到，截至去年底，全市实名注册志愿者达到12.3万人，比上年增加一万余人，志愿服务队伍也在不断壮大，服务项目覆盖各个街道和社区。各区也在加紧培育本地的志愿服务组织，并定期公布服务时长。`;
    expect(isTabRow(`来源：某某网\t${prose.repeat(4)}`)).toBe(false);
    expect(isTabRow(`1\t社会福利\t${prose}\t70: 1`)).toBe(true);
    expect(isTabRow("社会团体\t个\t1,234")).toBe(true);
  });
});

describe("rows of an indicator table", () => {
  const read = (text: string) =>
    readIndicatorTable(cellStream(lines(...text.split("\n")))).rows.map((r) => [
      r.label.text,
      r.unit?.text ?? null,
      r.value?.text ?? null,
    ]);

  it("takes the current column only, not 上期, 环比 or 同比", () => {
    expect(
      read("指标名称 | 单位 | 本期 | 上期 | 环比 |\n甲 | 乙 | 1 | 2 | 3 |\n2.乡 | 个 | 30 | 33 | -9.09 |"),
    ).toEqual([["2.乡", "个", "30"]]);
  });

  it("gives no figure to a row whose current cell is empty, even when 上期 has one", () => {
    expect(read("指标名称 | 单位 | 数量 | 上期 |\n4.苏木 | 个 | | 2 |\n5.街道 | 个 | 9 | 9 |")).toEqual([
      ["4.苏木", "个", null],
      ["5.街道", "个", "9"],
    ]);
  });

  it("finds the current column where it is not first: 上期 | 本期", () => {
    expect(read("项目 | 单位 | 上期 | 本期\n社会团体 | 个 | 1,100 | 1,150")).toEqual([
      ["社会团体", "个", "1,150"],
    ]);
  });

  it("takes 总数 as the current column and never 新增", () => {
    expect(read("项目 | 单位 | 新增 | 总数\n社会团体 | 个 | 12 | 1,150")).toEqual([
      ["社会团体", "个", "1,150"],
    ]);
  });

  it("takes the unit from the label or the column's header when no cell says it", () => {
    const units = (text: string) =>
      readIndicatorTable(cellStream(lines(...text.split("\n")))).rows.map((r) => r.unitText);
    expect(units("指标 | 数量（家）\n社会团体 | 120")).toEqual(["家"]);
    expect(units("指标 | 数量\n社会团体（个） | 120")).toEqual(["个"]);
  });

  it("reads rows without a header as label, unit, figure", () => {
    expect(read("社会团体 | 家 | 1,234\n基金会 | 家 | 56")).toEqual([
      ["社会团体", "家", "1,234"],
      ["基金会", "家", "56"],
    ]);
  });

  it("does not take the first row for a column of the header", () => {
    expect(read("指标 | 单位 | 数量 | 社会团体 | 个 | 77 |")).toEqual([["社会团体", "个", "77"]]);
  });

  it("keeps what stands before the header as the preamble", () => {
    const table = readIndicatorTable(
      cellStream(lines("编制单位:厦门市 | 2022年12月 |", "指标 | 单位 | 数量 |", "基金会 | 个 | 5 |")),
    );
    expect(table.preamble.map((c) => c.text)).toEqual(["编制单位:厦门市", "2022年12月"]);
  });
});

describe("ordinal markers and sections", () => {
  it.each([
    ["一、综合", "综合", 1],
    ["(二)自治组织", "自治组织", 2],
    ["3.街道", "街道", 3],
    ["(4)其他", "其他", 4],
    ["A城市低保人数", "城市低保人数", 5],
    ["B 农村低保户数", "农村低保户数", 5],
    ["II城市低保临时补助", "城市低保临时补助", 6],
    ["(a)按类型分", "按类型分", 7],
    ["社会团体", "社会团体", null],
  ])("%s → %s at level %s", (text, label, level) => {
    expect(readMarker(text)).toMatchObject({ label, level });
  });

  it("reads 其中 as a part of the row above", () => {
    expect(readMarker("其中:(1)儿童福利")).toEqual({ label: "儿童福利", level: 4, partOf: true });
    expect(readMarker("其中:民族乡")).toEqual({ label: "民族乡", level: null, partOf: true });
  });

  it("puts each row under the section rows above it", () => {
    const rows = [
      "七、成员组织",
      "(一)社会组织",
      "社会团体",
      "基金会",
      "(二)自治组织",
      "居委会",
      "八、社会事务",
      "结婚登记",
    ];
    const figure = [false, false, true, true, false, true, false, true];
    const placed = placeRows(rows.map((r, i) => ({ marked: readMarker(r), figure: figure[i] ?? false })));
    expect(placed.map((p) => p.path.join("/"))).toEqual([
      "",
      "成员组织",
      "成员组织/社会组织",
      "成员组织/社会组织",
      "成员组织",
      "成员组织/自治组织",
      "",
      "社会事务",
    ]);
  });

  it("keeps an unmarked section row open for the rows under it, and a subtotal as their parent", () => {
    const rows = ["四、社会救助", "城市最低生活保障", "城市低保人数", "(一)提供住宿的机构", "养老机构"];
    const figure = [false, false, true, true, true];
    const placed = placeRows(rows.map((r, i) => ({ marked: readMarker(r), figure: figure[i] ?? false })));
    expect(placed[2]).toEqual({ path: ["社会救助", "城市最低生活保障"], parent: null });
    expect(placed[4]).toEqual({ path: ["社会救助", "提供住宿的机构"], parent: 3 });
  });
});

describe("what a row counts, read under its sections", () => {
  it.each([
    ["社会团体", ["成员组织", "社会组织"], "个", "social_org.social_groups"],
    ["民办非企业单位", ["社会组织"], "个", "social_org.private_non_enterprise"],
    ["基金会", ["社会组织"], "个", "social_org.foundations"],
    ["街道", ["综合", "行政区划"], "个", "community.streets"],
    ["居委会", ["成员组织", "自治组织"], "个", "community.communities"],
    ["村委会", ["成员组织", "自治组织"], "个", "other"],
    ["社会团体", ["社会组织", "新登记"], "个", "other"],
    ["社会团体", ["社会组织"], "万元", "other"],
    ["养老机构", ["提供住宿的机构"], "个", "other"],
  ])("%s under %j in %s → %s", (label, path, unitText, key) => {
    expect(rowKey(label, path, unitText, unitText === "万元" ? "yuan" : "item")).toBe(key);
  });
});

describe("the period and region of a table", () => {
  it.each([
    ["2020年2季度示范统计季报", "2020-06-30"],
    ["2019年二季度社会服务统计月报", "2019-06-30"],
    ["2023年某市第二季度社会服务统计季报", "2023-06-30"],
    ["2023年某县民政统计季报（第三季度）", "2023-09-30"],
    ["某市2022年社会服务统计季报(第四季度)", "2022-12-31"],
    ["2021年1月社会服务统计月报", "2021-01-31"],
    ["编制单位:某省 2022年度 02月份", "2022-02-28"],
    ["地区编码:350000000000 2018年09月", "2018-09-30"],
    ["2023年上半年民政统计", "2023-06-30"],
    ["2022年1-9月民政统计", "2022-09-30"],
    ["发布时间:2020-09-25 16:26 信息来源:某局", null],
    ["2021年11月统计月报 发布时间:2022-01-05", "2021-11-30"],
  ])("%s → %s", (text, period) => expect(tablePeriod(text)).toBe(period));

  it.each([
    ["编制单位:福建省 地区编码:350000000000", "福建省"],
    ["地区编码:440100000000 2020年6月", "广州市"],
    ["地区编码:440305000000", "深圳市"],
    ["编制单位:深圳市民政局", "深圳市"],
    ["编制单位:某某排行网", null],
    // A code known only by its province: the compiler's own division says more.
    ["编制单位:某某市 地区编码:439900000000 2023年6月", "某某市"],
    ["编制单位:某某排行网 地区编码:439900000000", "湖南省"],
  ])("%s → %s", (text, region) => expect(tableRegion(text)).toBe(region));

  it("knows provinces and main cities by code", () => {
    expect(divisionOfCode("350000000000")).toBe("福建省");
    expect(divisionOfCode("330212")).toBe("宁波市");
    expect(divisionOfCode("459999")).toBe("广西壮族自治区");
    expect(divisionOfCode("12")).toBeNull();
  });
});

/** One quarterly table written in every form a table reaches us in. */
const TITLE = "2023年3季度厦门民政统计季报";
const ROWS: string[][] = [
  ["编制单位:厦门市"],
  ["指标名称", "单位", "本期", "上期", "同比"],
  ["一、区划"],
  ["(一)行政区划"],
  ["1.镇", "个", "12", "12", "0"],
  ["2.街道", "个", "9", "8", "12.5"],
  ["二、成员组织"],
  ["(一)社会组织"],
  ["社会团体", "个", "1,234", "1,200", "2.8"],
  ["民办非企业单位", "个", "2,345", "2,300", "2.0"],
  ["基金会", "个", "56", "55", "1.8"],
  ["(二)自治组织"],
  ["居委会", "个", "321", "320", "0.3"],
  ["村委会", "个", "654", "654", "0"],
  ["三、经费"],
  ["民政事业费累计支出", "万元", "8,765.4", "6,543.2", "34.0"],
];
const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
const FORMS: Record<string, string> = {
  "pipes, no outer pipes, lone pipes between": [
    TITLE,
    ...ROWS.flatMap((r) => [`${r.join(" | ")} |`, ...(r.length === 1 ? ["|"] : [])]),
  ].join("\n"),
  "markdown pipes with empty filler cells": [
    TITLE,
    ...ROWS.map((r) => `| ${[...r, ...Array(5 - r.length).fill("")].join(" | ")} |`),
  ].join("\n"),
  "rows run together": `${TITLE}\n${ROWS.map((r) => `${r.join(" | ")} |`).join("")}`,
  tabs: [TITLE, ...ROWS.map((r) => r.join("\t"))].join("\n"),
  "aligned spaces": [
    TITLE,
    ...ROWS.map((r) =>
      r
        .map((c, i) =>
          i < r.length - 1 ? c + " ".repeat(Math.max(2, [20, 6, 10, 10][i] ?? 8) - width(c)) : c,
        )
        .join(""),
    ),
  ].join("\n"),
  "single spaces, as a PDF collapses cells": [TITLE, ...ROWS.map((r) => r.join(" "))].join("\n"),
};

const EXPECTED = [
  "community.streets=9",
  "social_org.social_groups=1234",
  "social_org.private_non_enterprise=2345",
  "social_org.foundations=56",
  "community.communities=321",
].map((f) => `${f}@2023-09-30@厦门市`);

async function coreFacts(file: string, bytes: Uint8Array): Promise<string[]> {
  const { facts } = processDocument(await readDocument(file, bytes));
  return facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}@${f.region}`);
}

describe("one table, the same facts in every form", () => {
  it.each(Object.keys(FORMS))("%s", async (form) => {
    expect(await coreFacts("table.txt", new TextEncoder().encode(FORMS[form]))).toEqual(EXPECTED);
  });

  it("a Word table", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph(TITLE),
            new Table({
              rows: ROWS.map(
                (r) => new TableRow({ children: [...r, ...Array(5 - r.length).fill("")].map(cell) }),
              ),
            }),
          ],
        },
      ],
    });
    expect(await coreFacts("table.docx", new Uint8Array(await Packer.toBuffer(doc)))).toEqual(EXPECTED);
  });

  it("dates the figures by a single period column of the header", async () => {
    const text = "指标名称\t计量单位\t2021年9月\n社会团体\t个\t88\n基金会\t个\t6";
    expect(await coreFacts("month.txt", new TextEncoder().encode(text))).toEqual([
      "social_org.social_groups=88@2021-09-30@null",
      "social_org.foundations=6@2021-09-30@null",
    ]);
  });

  it("dates a column of a year at its end where the caption says each figure is the year's end", async () => {
    const table = (caption: string) =>
      `${caption}\n项目\t2022年\t2023年\n社会团体（个）\t210\t224\n基金会（个）\t5\t6\n`;
    expect(
      await coreFacts("ends.txt", new TextEncoder().encode(table("表2 某县社会组织数量（各年末数）"))),
    ).toEqual([
      "social_org.social_groups=210@2022-12-31@null",
      "social_org.social_groups=224@2023-12-31@null",
      "social_org.foundations=5@2022-12-31@null",
      "social_org.foundations=6@2023-12-31@null",
    ]);
    expect(await coreFacts("years.txt", new TextEncoder().encode(table("表2 某县社会组织数量")))).toEqual([
      "social_org.social_groups=210@2022@null",
      "social_org.social_groups=224@2023@null",
      "social_org.foundations=5@2022@null",
      "social_org.foundations=6@2023@null",
    ]);
  });

  it("gives each fact its row as snippet, holding the figure", async () => {
    const { facts } = processDocument(
      await readDocument("table.txt", new TextEncoder().encode(FORMS["rows run together"])),
    );
    const groups = facts.find((f) => f.metric === "social_org.social_groups");
    expect(groups?.snippet).toBe("社会团体 | 个 | 1,234 | 1,200 | 2.8");
  });
});

/** A quarterly table with a column of indicator codes, and a row of column numbers under its header. */
const CODED_TITLE = "2024年2季度泉州民政统计季报";
const CODED: string[][] = [
  ["编制单位:泉州市"],
  ["指标名称", "单位", "代码", "数量", "上年数据", "同比"],
  ["甲", "乙", "丙", "1", "2", "3"],
  ["一、综合", "", "QZH010000000"],
  ["(一)乡级行政区划", "个", "QZH011110000", "160", "158", "1.27"],
  ["6.街道", "个", "QZH011113000", "47", "45", "4.44"],
  ["七、社会组织", "", "QZH017000000"],
  ["社会团体", "个", "QZH017100000", "2,468", "2,400", "2.83"],
  ["基金会", "个", "QZH017300000", "35", "33", "6.06"],
];
const CODED_FORMS: Record<string, string> = {
  "one cell a line": [CODED_TITLE, ...CODED.flatMap((r) => r.map((c) => `${c} |`))].join("\n"),
  "rows run together": `${CODED_TITLE}\n${CODED.map((r) => `${r.join(" | ")} |`).join("")}`,
  tabs: [CODED_TITLE, ...CODED.map((r) => r.join("\t"))].join("\n"),
  "single spaces, units left out": [
    CODED_TITLE,
    ...CODED.map((r) =>
      r
        .filter((_, i) => i !== 1)
        .filter(Boolean)
        .join(" "),
    ),
  ].join("\n"),
};

describe("a column of indicator codes", () => {
  it.each(Object.keys(CODED_FORMS))("is dropped, the figures read under 数量: %s", async (form) => {
    expect(await coreFacts("coded.txt", new TextEncoder().encode(CODED_FORMS[form]))).toEqual(
      ["community.streets=47", "social_org.social_groups=2468", "social_org.foundations=35"].map(
        (f) => `${f}@2024-06-30@泉州市`,
      ),
    );
  });

  it("never takes a code for a row's label, nor the figure of last year for this one's", async () => {
    const { facts } = processDocument(
      await readDocument("coded.txt", new TextEncoder().encode(CODED_FORMS["one cell a line"])),
    );
    expect(facts.some((f) => /QZH/.test(f.subject) || f.value === 2400 || f.value === 45)).toBe(false);
  });
});

describe("a period's figure beside its running total", () => {
  const TEXT = [
    "2024年3季度同安区民政统计季报",
    "指标 | 单位 | 本期 | 累计 | 同比（%） |",
    "社会团体 | 个 | 15 | 380 | 2.1 |",
    "民办非企业单位 | 个 | 410 | | 1.5 |",
  ].join("\n");

  it("is what happened in the period, not the series; a row with no running total keeps its figure", async () => {
    expect(await coreFacts("period.txt", new TextEncoder().encode(TEXT))).toEqual([
      "social_org.private_non_enterprise=410@2024-09-30@null",
    ]);
  });

  it("knows the running total's column, wherever the header puts it", () => {
    const rows = readIndicatorTable(cellStream(lines(...TEXT.split("\n").slice(1)))).rows;
    expect(rows.map((r) => [r.value?.text ?? null, r.cumulative?.text ?? null])).toEqual([
      ["15", "380"],
      ["410", null],
    ]);
  });
});

describe("a quarter's table with no column of units", () => {
  const TEXT = [
    "2024年某市第一季度民政统计数据",
    "单位：个、万人",
    "指标 | 本季度末 | 上年同期 | 同比",
    "社会组织 | 1,860 | 1,802 | 3.2",
    "社会团体 | 905 | 884 | 2.4",
    "注册志愿者 | 38.5 | 35.1 | 9.7",
  ].join("\n");

  it("reads the quarter's end column, each row in its series' unit, the one in 万 the caption lists for people", async () => {
    expect(await coreFacts("quarter.txt", new TextEncoder().encode(TEXT))).toEqual([
      "social_org.total=1860@2024-03-31@null",
      "social_org.social_groups=905@2024-03-31@null",
      "social_work.volunteers=385000@2024-03-31@null",
    ]);
  });

  it("keeps each row and the header on lines of their own, however wide the rows are", async () => {
    const { sentences } = processDocument(
      await readDocument("quarter.txt", new TextEncoder().encode(TEXT)),
    ).doc;
    expect(sentences.filter((s) => s.kind === "table_row").map((s) => s.text.split("|")[0]?.trim())).toEqual([
      "指标",
      "社会组织",
      "社会团体",
      "注册志愿者",
    ]);
  });
});

describe("a total row under a caption that names the series", () => {
  it("counts 合计 as the total of what a 统计表 caption counts", async () => {
    const text = [
      "2022年某区社会组织统计表",
      "类别 数量(个) 占比(%)",
      "社会团体 140 40.0",
      "民办非企业单位 206 58.9",
      "基金会 4 1.1",
      "合计 350 100",
    ].join("\n");
    expect(await coreFacts("total.txt", new TextEncoder().encode(text))).toEqual([
      "social_org.social_groups=140@2022@null",
      "social_org.private_non_enterprise=206@2022@null",
      "social_org.foundations=4@2022@null",
      "social_org.total=350@2022@null",
    ]);
  });

  it("leaves 合计 out where the caption counts only some (新登记)", async () => {
    const text = ["2022年某区新登记社会组织统计表", "类别 数量(个)", "社会团体 14", "合计 30"].join("\n");
    expect(await coreFacts("new.txt", new TextEncoder().encode(text))).toEqual([]);
  });
});

describe("a table of kinds across, collapsed to its header and one row", () => {
  const facts = async (text: string) =>
    processDocument(await readDocument("t.txt", new TextEncoder().encode(text)))
      .facts.filter((f) => f.metric !== "other")
      .map((f) => `${f.metric}=${f.value}`)
      .sort();

  it("is no indicator table though its last column is 合计, and reads each kind under its column", async () => {
    expect(
      isIndicatorTable(cellStream(lines("类别\t社会团体\t基金会\t合计", "数量（家）\t210\t4\t214"))),
    ).toBe(false);
    expect(
      isIndicatorTable(cellStream(lines("指标\t单位\t合计", "社会团体\t个\t210", "基金会\t个\t4"))),
    ).toBe(true);
    expect(
      await facts(
        "某县2019年社会组织统计表\n类别 社会团体 民办非企业单位 基金会 合计\n数量（家） 210 325 4 539",
      ),
    ).toEqual([
      "social_org.foundations=4",
      "social_org.private_non_enterprise=325",
      "social_org.social_groups=210",
    ]);
  });
});
