import { describe, expect, it } from "vitest";
import { normalize } from "../pipeline/normalize/normalize.js";
import { isFigureRow, isHeaderRow, spacedTableRows } from "../pipeline/normalize/spacedRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";

describe("table rows a PDF gives with single spaces", () => {
  it.each([
    ["社会组织总数 个 766 752", true],
    ["民办非企业单位个 470 447", true],
    ["全市 10386 4512 5693", true],
    ["2018年底 541 188 351", true],
    ["社会团体 个 1,234 1,200", true],
    ["街道 个 74", true],
    ["A 城市低保人数 人 62,162 60,682 2.44", true],
    ["II 农村低保临时补助 万元 4,110.2 9,011.7 -54.39", true],
    ["其中:民族乡 个 19 19", true],
    ["养老床位数 万张 1.2 1.1", true],
    ["每千老年人口养老床位数 张/千人 31.5", true],
    ["低保平均标准 元/人、月 820", true],
    ["其中:B 农村特困供养支出 万元 QZH011222200 305.6 280.1 9.10", true],
    ["社会团体 (个) 306 310", true],
    ["持证社会工作者 (人) 1,240", false],
    ["全市社会组织 751", false],
    ["社会组织 751,其中社会团体 306", false],
    ["高级社会工作者 高级社会工作师一级 1 18000", false],
    ["截至2023年底 全市共有 8562", false],
    ["福田区民政局 2024 年 6 月 7 日", false],
    ["共有社会组织 751 家，其中社会团体 306 家", false],
  ])("%s → figure row %s", (line, expected) => expect(isFigureRow(line)).toBe(expected));

  it.each([
    ["指标 单位 2022 年 2023 年", true],
    ["区域 合计 社会团体 民办非企业单位", true],
    ["深 圳 市 福 田 区 民 政 局", false],
    ["中共中央 国务院关于加强基层治理的意见", false],
    ["福建省民政厅 中共福建省委组织部等十七部门 印发《关于…》的通知", false],
  ])("%s → header row %s", (line, expected) => expect(isHeaderRow(line)).toBe(expected));

  it("marks a header only above figure rows, and leaves rows aligned with runs of spaces alone", () => {
    expect(spacedTableRows(["指标 单位 2022 年 2023 年", "社会团体 个 296 305", "正文。"])).toEqual([
      true,
      true,
      false,
    ]);
    expect(spacedTableRows(["指标 单位 2022 年 2023 年", "正文。"])).toEqual([false, false]);
    expect(spacedTableRows(["社会团体    个    296    305"])).toEqual([false]);
    expect(spacedTableRows(["区 城市社区（个） 区级登记社会组织", "（家）", "秀英区 13 96"])).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("becomes tab rows in clean text, the map intact", () => {
    const text = "表1 社会组织基本情况\n指标 单位 2022 年 2023 年\n社会组织总数 个 766 752\n";
    const doc = normalize({
      path: "/t.pdf",
      file: "t.pdf",
      format: "pdf",
      sha256: "t",
      bytes: text.length,
      encoding: null,
      pages: [{ number: 1, text }],
      warnings: [],
    });
    expect(doc.text).toBe("表1社会组织基本情况\n指标\t单位\t2022年\t2023年\n社会组织总数\t个\t766\t752");
    expect(doc.lines.map((l) => l.kind)).toEqual(["paragraph", "table_row", "table_row"]);
    expect(doc.map.page.length).toBe(doc.text.length);
    expect(text[doc.map.offset[doc.text.indexOf("752")] ?? -1]).toBe("7");
  });
});

describe("single-spaced quarterly tables", () => {
  it.each([
    ["6.街道 QZH011113000 47 45", true],
    ["社会团体 个 QZH017100000 2,468 2,400 2.83", true],
    ["街道 个 QZH011113000 47", true],
    ["街道 QZH011113000 QZH011114000 47 45", false],
    ["合同编号 HT20240001 签订 2024", false],
  ])("%s → figure row %s", (line, expected) => expect(isFigureRow(line)).toBe(expected));

  it("takes the line over a row of column numbers and a section row for the header", () => {
    const page = ["指标名称 单位 数量 上期 环比", "1 2 3", "一、综合", "社会团体 个 296 290 2.07"];
    expect(spacedTableRows(page)).toEqual([true, false, false, true]);
    expect(spacedTableRows(["指标名称 单位 数量 上期 环比", "1 2 3", "全市共有社会组织296家。"])).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("a single-spaced quarterly table whose rows give beds and rates as units", () => {
  // Rows in 万张 or per thousand (张/千人), and a part marked 其中:A, are rows of the table: a line
  // taken for prose would cut it in two, and the rows after it would lose the quarter of the title.
  const TEXT = [
    "2023年第二季度民政统计季报",
    "指标 单位 数量",
    "一、综合",
    "街道 个 12",
    "二、养老服务",
    "养老床位数 万张 1.2",
    "每千老年人口养老床位数 张/千人 31.5",
    "其中:A 社区养老床位数 万张 0.4",
    "三、社会组织",
    "社会团体 个 410",
    "基金会 个 9",
  ].join("\n");

  it("reads every row as one table, each figure at the quarter's end", async () => {
    const { facts } = processDocument(await readDocument("q.txt", new TextEncoder().encode(TEXT)));
    expect(facts.map((f) => `${f.metric}=${f.value}@${f.asOf}`)).toEqual([
      "community.streets=12@2023-06-30",
      "other=12000@2023-06-30",
      "other=31.5@2023-06-30",
      "other=4000@2023-06-30",
      "social_org.social_groups=410@2023-06-30",
      "social_org.foundations=9@2023-06-30",
    ]);
  });
});

describe("a single-spaced table with a blank line after every line", () => {
  const LINES = [
    "某市民政单位基本情况",
    "单位数 (个) 职工人数 (人)",
    "2022 2023 2022 2023",
    "社会组织 1520 1610 21050 22300",
    "社会团体 700 740 9800 10100",
    "基金会 12 15 150 180",
    "注:职工人数含兼职人员。",
  ];
  const read = async (text: string) =>
    processDocument(await readDocument("t.txt", new TextEncoder().encode(text)))
      .facts.filter((f) => f.metric.startsWith("social_org"))
      .map((f) => `${f.metric}=${f.value}@${f.asOf}`)
      .sort();

  it("reads the header of groups over the blank lines, as without them", async () => {
    const plain = await read(LINES.join("\n"));
    expect(plain).toContain("social_org.foundations=15@2023");
    expect(plain).not.toContain("social_org.total=21050@2022");
    expect(await read(LINES.join("\n   \n"))).toEqual(plain);
  });

  it("reads the groups after a yearbook table's number and title a Word copy ran into them", async () => {
    const plain = await read(["5-12  某市民政单位基本情况", ...LINES.slice(1)].join("\n"));
    expect(plain).toContain("social_org.foundations=15@2023");
    const joined = ["5-12  某市民政单位基本情况单位数 (个) 职工人数 (人)", ...LINES.slice(2)];
    expect(await read(joined.join("\n"))).toEqual(plain);
  });
});

describe("a two-column table collapsed to one pair a line", () => {
  const read = async (text: string) =>
    processDocument(await readDocument("t.txt", new TextEncoder().encode(text)))
      .facts.filter((f) => f.metric !== "other")
      .map((f) => `${f.metric}=${f.value}`)
      .sort();

  it("reads the pairs under a header whose second cell gives the unit, a space or two between the cells", async () => {
    const lines = [
      "某县2020年社会组织统计",
      "类别 数量（家）",
      "社会团体 318",
      "民办非企业单位 402",
      "基金会 6",
    ];
    const expected = [
      "social_org.foundations=6",
      "social_org.private_non_enterprise=402",
      "social_org.social_groups=318",
    ];
    expect(await read(lines.join("\n"))).toEqual(expected);
    expect(await read(lines.map((l) => l.replace(" ", "  ")).join("\n"))).toEqual(expected);
    expect(spacedTableRows(lines)).toEqual([false, true, true, true, true]);
  });

  it("leaves a single pair, or pairs under no such header, as text", () => {
    expect(spacedTableRows(["类别 数量（家）", "社会团体 318", "全县共有社会组织726家。"])).toEqual([
      false,
      false,
      false,
    ]);
    expect(spacedTableRows(["某县社会组织", "社会团体 318", "基金会 6"])).toEqual([false, false, false]);
  });
});
