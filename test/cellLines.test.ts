import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupedHeader } from "../extractors/tables/groupedHeader.js";
import { cellLineRows, cellSpan } from "../pipeline/normalize/cellLines.js";
import { isPipeHeader } from "../pipeline/normalize/pipeRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import type { Fact } from "../schemas/fact.js";

/** The facts of a text file holding `text` (lines joined when given as lines). */
async function factsOf(text: string | readonly string[], name = "t.txt"): Promise<Fact[]> {
  const joined = typeof text === "string" ? text : text.join("\n");
  return processDocument(await readDocument(name, new TextEncoder().encode(joined))).facts;
}

/** Each fact as metric=value@as_of. */
const shown = (facts: readonly Fact[]) => facts.map((f) => `${f.metric}=${f.value}@${f.asOf}`);

const ONE_CELL_A_LINE = [
  "2023年底各区社会组织数量",
  "区域",
  "社会团体",
  "民办非企业单位",
  "基金会",
  "思明区",
  "120",
  "300",
  "5",
  "",
  "湖里区",
  "80",
  "200",
  "2",
  "全区社会组织发展良好。",
];

describe("a line's one cell", () => {
  it("lies past the spaces and the one pipe a web table leaves on each side", () => {
    // The span the pattern gives: spaces, a pipe, spaces; the cell; spaces, a pipe, spaces.
    const pattern = (line: string) => {
      const m = /^(\s*\|?\s*)(.*?)(\s*\|?\s*)$/.exec(line);
      const start = m?.[1]?.length ?? 0;
      return { start, end: start + (m?.[2]?.length ?? line.length) };
    };
    const pieces = ["", "|", " ", "\u3000", "\t", "社会团体", "310", "a b", "||"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const line = parts.join("");
        expect(cellSpan(line)).toEqual(pattern(line));
      }),
    );
  });
});

describe("a table with one cell a line", () => {
  it("finds the header and the rows, the title above and the prose after left alone", () => {
    expect(cellLineRows(ONE_CELL_A_LINE)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [10, 11, 12, 13],
    ]);
  });

  it("takes nothing that does not repeat the shape row after row", () => {
    // One row only.
    expect(cellLineRows(["区域", "社会团体", "基金会", "思明区", "120", "5"])).toEqual([]);
    // A list of names and numbers that are no grid.
    expect(cellLineRows(["主要成绩", "新登记", "12", "注销", "3", "撤销", "思明区"])).toEqual([]);
    // Two columns need three rows.
    expect(cellLineRows(["区域", "社会组织", "思明区", "425", "湖里区", "282"])).toEqual([]);
    expect(
      cellLineRows(["区域", "社会组织", "思明区", "425", "湖里区", "282", "集美区", "190"]),
    ).toHaveLength(4);
  });

  it("gives the facts of each row and column", async () => {
    const facts = await factsOf(ONE_CELL_A_LINE, "cells.txt");
    expect(
      facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.region}`),
    ).toEqual([
      "social_org.social_groups=120@思明区",
      "social_org.private_non_enterprise=300@思明区",
      "social_org.foundations=5@思明区",
      "social_org.social_groups=80@湖里区",
      "social_org.private_non_enterprise=200@湖里区",
      "social_org.foundations=2@湖里区",
    ]);
  });
});

describe("a statistics table with one cell a line", () => {
  const QUARTER = [
    "2024年6月民政统计季报",
    "指标名称",
    "单位",
    "数量",
    "社会团体",
    "个",
    "2,310",
    "基金会",
    "个",
    "41",
  ];
  const rows = ["social_org.social_groups=2310@2024-06-30", "social_org.foundations=41@2024-06-30"];

  it("takes a figure grouped by thousands (2,310) for a cell", async () => {
    expect(shown((await factsOf(QUARTER)).filter((f) => f.metric !== "other"))).toEqual(rows);
  });

  it("reads the same table in traditional characters (指標名稱 / 單位 / 數量, 社會團體 / 個)", async () => {
    const traditional = [
      "2024年6月民政統計季報",
      "指標名稱",
      "單位",
      "數量",
      "社會團體",
      "個",
      "2,310",
      "基金會",
      "個",
      "41",
    ];
    expect(shown((await factsOf(traditional)).filter((f) => f.metric !== "other"))).toEqual(rows);
  });
});

describe("a table with one cell a line and years across", () => {
  // A web table copied one cell a line, its columns headed by bare years.
  const YEARS_ACROSS = [
    "表2 近三年全县社会组织数量",
    "单位：家",
    "指标",
    "2021",
    "2022",
    "2023",
    "",
    "社会团体",
    "310",
    "325",
    "340",
    "",
    "基金会",
    "12",
    "14",
    "15",
    "全县社会组织稳步发展。",
  ];

  it("takes the years for the header, not for figures", () => {
    expect(cellLineRows(YEARS_ACROSS)).toEqual([
      [2, 3, 4, 5],
      [7, 8, 9, 10],
      [12, 13, 14, 15],
    ]);
  });

  it("dates each figure by its column's year, and reads no year as a figure", async () => {
    const facts = await factsOf(YEARS_ACROSS, "years.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2021",
      "social_org.social_groups=325@2022",
      "social_org.social_groups=340@2023",
      "social_org.foundations=12@2021",
      "social_org.foundations=14@2022",
      "social_org.foundations=15@2023",
    ]);
  });

  it("reads the years as the header where the corner above the labels was left empty", async () => {
    const cornerless = YEARS_ACROSS.filter((line) => line !== "指标");
    expect(cellLineRows(cornerless)).toEqual([
      [2, 3, 4],
      [6, 7, 8, 9],
      [11, 12, 13, 14],
    ]);
    const facts = await factsOf(cornerless, "years.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2021",
      "social_org.social_groups=325@2022",
      "social_org.social_groups=340@2023",
      "social_org.foundations=12@2021",
      "social_org.foundations=14@2022",
      "social_org.foundations=15@2023",
    ]);
  });

  it("reads a table of rows whose header leaves the labels' corner empty", async () => {
    const text = [
      "2023年底社会组织数量（单位：家）",
      "| | 2022年 | 2023年 |",
      "| 社会团体 | 310 | 325 |",
      "| 基金会 | 12 | 14 |",
    ];
    const facts = await factsOf(text);
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2022",
      "social_org.social_groups=325@2023",
      "social_org.foundations=12@2022",
      "social_org.foundations=14@2023",
    ]);
  });

  it("gives the unit in 万 a caption lists (单位：万人、人) to the counts, the plain one to the rates per head", async () => {
    const text = [
      "表3 近三年全省持证社会工作者",
      "单位：万人、人",
      "指标 | 2021 | 2022 | 2023",
      "持证社会工作者 | 1.2 | 1.5 | 1.9",
      "每万人口持证社会工作者 | 9.5 | 11.2 | 14.1",
    ];
    const facts = await factsOf(text);
    expect(facts.map((f) => `${f.metric}=${f.value} ${f.unit}@${f.asOf}`)).toEqual([
      "social_work.certified_workers=12000 person@2021",
      "social_work.certified_workers=15000 person@2022",
      "social_work.certified_workers=19000 person@2023",
    ]);
  });

  it("reads a column the header names 单位 for each row's unit", async () => {
    const lines = [
      "表1 社会组织情况",
      "指标",
      "单位",
      "2022年末",
      "2023年末",
      "社会团体",
      "个",
      "310",
      "325",
      "基金会",
      "个",
      "12",
      "14",
    ];
    expect(cellLineRows(lines)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10, 11, 12],
    ]);
    const facts = await factsOf(lines, "unit.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2022-12-31",
      "social_org.social_groups=325@2023-12-31",
      "social_org.foundations=12@2022-12-31",
      "social_org.foundations=14@2023-12-31",
    ]);
  });

  it("reads figures given with their measure word (120家) and a column marked as a part (其中：…)", async () => {
    const lines = [
      "2023年底各区社会组织和社会工作者",
      "区域",
      "持证社会工作者",
      "其中：社会工作师",
      "社会团体",
      "思明区",
      "700人",
      "200人",
      "120家",
      "湖里区",
      "500人",
      "100人",
      "80家",
    ];
    const facts = await factsOf(lines, "units.txt");
    expect(
      facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.region}`),
    ).toEqual([
      "social_work.certified_workers=700@思明区",
      "social_org.social_groups=120@思明区",
      "social_work.certified_workers=500@湖里区",
      "social_org.social_groups=80@湖里区",
    ]);
  });

  it("splits rows a line ran together, each a label and as many figures as the header has columns", async () => {
    const text = ["表2 全区社会组织", "指标\t2022年\t2023年", "社会团体\t310\t325\t基金会\t12\t14"].join(
      "\n",
    );
    const facts = await factsOf(text, "joined.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2022",
      "social_org.social_groups=325@2023",
      "social_org.foundations=12@2022",
      "social_org.foundations=14@2023",
    ]);
  });

  it("begins another table at a header of years straight under a row of figures", async () => {
    const text = [
      "表1 近三年全县社会组织（单位：个）",
      "指标\t2021\t2022\t2023",
      "社会团体\t310\t325\t340",
      "\t2022年\t2023年",
      "持证社会工作者（人）\t1200\t1350",
    ].join("\n");
    const facts = await factsOf(text, "two.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2021",
      "social_org.social_groups=325@2022",
      "social_org.social_groups=340@2023",
      "social_work.certified_workers=1200@2022",
      "social_work.certified_workers=1350@2023",
    ]);
  });

  it("keeps a row of counts that look like years in its table", async () => {
    const text = [
      "表1 全县社会组织（单位：个）",
      "指标\t2022年\t2023年",
      "社会团体\t310\t325",
      "民办非企业单位\t2010\t2011",
    ].join("\n");
    const facts = await factsOf(text, "years.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2022",
      "social_org.social_groups=325@2023",
      "social_org.private_non_enterprise=2010@2022",
      "social_org.private_non_enterprise=2011@2023",
    ]);
  });

  it("reads a table copied one cell a line with the pipes of its cells left on (| 指标 |, 2022年 |, 310 |)", async () => {
    const lines = [
      "表1 近两年全区社会组织",
      "| 指标 |",
      "2022年 |",
      "2023年 |",
      "| 社会团体 |",
      "310 |",
      "325 |",
      "| 基金会 |",
      "12 |",
      "14 |",
    ];
    expect(cellLineRows(lines)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const facts = await factsOf(lines, "piped.txt");
    expect(shown(facts)).toEqual([
      "social_org.social_groups=310@2022",
      "social_org.social_groups=325@2023",
      "social_org.foundations=12@2022",
      "social_org.foundations=14@2023",
    ]);
  });

  it("finds a table of a label and eight years", () => {
    const years = Array.from({ length: 8 }, (_, i) => String(2016 + i));
    const row = (label: string, from: number) => [label, ...years.map((_, i) => String(from + i))];
    const lines = ["指标", ...years, ...row("社区", 40), ...row("街道", 5)];
    expect(cellLineRows(lines)).toHaveLength(3);
  });
});

describe("a table of places across and series down, its rows closed by pipes", () => {
  const TEXT = [
    "2023年底各市社会组织数量统计表",
    "单位：个",
    "地区 | 社会组织合计 | 社会团体 | 民办非企业单位 | 基金会 |",
    "泉州市 | 5000 | 2100 | 2850 | 50 |",
    "漳州市 | 3000 | 1200 | 1780 | 20 |",
  ].join("\n");

  it("keeps each row a row, and reads each cell under its column, dated by the caption over the unit", async () => {
    const { doc, facts } = processDocument(await readDocument("places.txt", new TextEncoder().encode(TEXT)));
    expect(doc.sentences.filter((s) => s.kind === "table_row")).toHaveLength(3);
    expect(
      facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}@${f.region}`),
    ).toEqual([
      "social_org.total=5000@2023-12-31@泉州市",
      "social_org.social_groups=2100@2023-12-31@泉州市",
      "social_org.private_non_enterprise=2850@2023-12-31@泉州市",
      "social_org.foundations=50@2023-12-31@泉州市",
      "social_org.total=3000@2023-12-31@漳州市",
      "social_org.social_groups=1200@2023-12-31@漳州市",
      "social_org.private_non_enterprise=1780@2023-12-31@漳州市",
      "social_org.foundations=20@2023-12-31@漳州市",
    ]);
  });
});

describe("tables of places and of years", () => {
  const facts = async (text: string) =>
    (await factsOf(text)).map(
      (f) => `${f.metric}=${f.value}${f.unit === "percent" ? "%" : ""}@${f.asOf}@${f.region}`,
    );

  it("takes a line of words between pipes for the header of the pipe rows of figures under it", async () => {
    const text = [
      "表1 全区社会组织",
      "指标 | 2022年 | 2023年",
      "社会团体 | 410 | 436",
      "基金会 | 7 | 9",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "social_org.social_groups=410@2022@null",
      "social_org.social_groups=436@2023@null",
      "social_org.foundations=7@2022@null",
      "social_org.foundations=9@2023@null",
    ]);
    expect(isPipeHeader("指标 | 2022年 | 2023年", "社会团体 | 410 | 436")).toBe(true);
    expect(isPipeHeader("2022年 | 2023年", "社会团体 | 410 | 436")).toBe(true);
    // A page's navigation over a line of links, or over a sentence, heads nothing.
    expect(isPipeHeader("首页 | 政务公开 | 统计信息", "通知公告 | 工作动态 | 政策解读")).toBe(false);
    expect(isPipeHeader("首页 | 政务公开", "全区共有社会组织436家。")).toBe(false);
  });

  it("reads a row's label without its ordinal (一、, （一）, 1.)", async () => {
    const text = [
      "表2 全区社会组织和社区",
      "指标 | 2022年 | 2023年",
      "一、社会组织 | 1200 | 1300",
      "（一）社会团体 | 500 | 520",
      "1.基金会 | 10 | 12",
      "二、城乡社区 | 80 | 82",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "social_org.total=1200@2022@null",
      "social_org.total=1300@2023@null",
      "social_org.social_groups=500@2022@null",
      "social_org.social_groups=520@2023@null",
      "social_org.foundations=10@2022@null",
      "social_org.foundations=12@2023@null",
      "community.communities=80@2022@null",
      "community.communities=82@2023@null",
    ]);
  });

  it("reads a header on two lines, the parts under 其中 named on the second", async () => {
    const text = [
      "2023年各区社会组织情况",
      "区域 | 社会组织总数 | 其中 |",
      "| | 社会团体 | 民办非企业单位 | 基金会 |",
      "思明区 | 425 | 120 | 300 | 5 |",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "social_org.total=425@2023@思明区",
      "social_org.social_groups=120@2023@思明区",
      "social_org.private_non_enterprise=300@2023@思明区",
      "social_org.foundations=5@2023@思明区",
    ]);
  });

  it("reads a column marked as a part (#社会团体) for its series", async () => {
    const text = ["2023年各区社会组织", "区域\t社会组织\t#社会团体\t#基金会", "思明区\t425\t120\t5"].join(
      "\n",
    );
    expect(await facts(text)).toEqual([
      "social_org.total=425@2023@思明区",
      "social_org.social_groups=120@2023@思明区",
      "social_org.foundations=5@2023@思明区",
    ]);
  });

  it("gives each column the unit of its own series where the caption lists several (单位：个、人)", async () => {
    const text = [
      "表1 2023年底各区社会组织和社会工作者情况（单位：个、人）",
      "区域\t社会组织\t持证社会工作者",
      "思明区\t425\t1200",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "social_org.total=425@2023-12-31@思明区",
      "social_work.certified_workers=1200@2023-12-31@思明区",
    ]);
  });

  it("gives the unit in 万 a caption lists to the rows whose series it counts (单位：万人、个)", async () => {
    const text = [
      "表3 2023年某省社会工作发展情况（单位：万人、个）",
      "指标\t2022年\t2023年",
      "社会工作专业人才\t8.6\t9.4",
      "乡镇（街道）社工站\t980\t1120",
    ].join("\n");
    expect((await facts(text)).filter((f) => !f.startsWith("other"))).toEqual([
      "social_work.professionals=86000@2022@null",
      "social_work.professionals=94000@2023@null",
      "social_work.stations=980@2022@null",
      "social_work.stations=1120@2023@null",
    ]);
  });

  it("leaves a column of another period named against the table's own (上年, 上年同期) out of the series", async () => {
    const text = [
      "表2 某县社会组织情况（单位：个）",
      "项目\t2023年\t上年",
      "社会团体\t312\t298",
      "基金会\t6\t5",
    ].join("\n");
    expect((await facts(text)).filter((f) => !f.startsWith("other"))).toEqual([
      "social_org.social_groups=312@2023@null",
      "social_org.foundations=6@2023@null",
    ]);
  });

  it("reads a column of the count at the period's end (期末总数) for the caption's series, not the one of new ones", async () => {
    const text = [
      "表4 2023年各区社会组织情况（单位：家）",
      "区域 本年新增 期末总数",
      "思明区 30 425",
      "湖里区 20 282",
    ].join("\n");
    expect((await facts(text)).filter((f) => !f.startsWith("other"))).toEqual([
      "social_org.total=425@2023@思明区",
      "social_org.total=282@2023@湖里区",
    ]);
  });

  it("counts the 全市 row for the columns' series", async () => {
    const text = [
      "表1 2022年末各区社会组织（单位：家）",
      "区域 社会团体 基金会",
      "全市 1830 40",
      "鲤城区 150 3",
    ].join("\n");
    expect((await facts(text)).slice(0, 2)).toEqual([
      "social_org.social_groups=1830@2022-12-31@null",
      "social_org.foundations=40@2022-12-31@null",
    ]);
  });

  it("reads no count of a row's organisations from a column of what they have (职工人数)", async () => {
    const text = [
      "表2 2023年社会组织基本情况",
      "类别\t单位数\t职工人数\t工作人员数",
      "社会团体\t310\t2400\t2600",
      "基金会\t12\t95\t99",
    ].join("\n");
    expect((await facts(text)).filter((f) => !f.startsWith("other"))).toEqual([
      "social_org.social_groups=310@2023@null",
      "social_org.foundations=12@2023@null",
    ]);
  });

  const GROUPED = [
    ["表5 社会组织单位数和职工人数", "项目\t单位数（个）\t\t职工人数（人）", "\t2022\t2023\t2022\t2023"],
    ["表5 社会组织单位数和职工人数", "单位数(个) 职工人数(人)", "2022 2023 2022 2023"],
    ["表5 社会组织单位数和职工人数", "  单位数 (个) 职工人数 (人)", "2022 2023 2022 2023"],
    // A web page's empty row of cells, a line of spaces (or nothing) between the years and the rows.
    ["表5 社会组织单位数和职工人数", "  单位数 (个) 职工人数 (人)", "2022 2023 2022 2023", "      "],
    ["5-12  社会组织单位数和职工人数", "单位数 (个) 职工人数 (人)", "2022 2023 2022 2023", ""],
    [
      "表5 社会组织机构数和工作人员数",
      "| 指 标 | 机构数(个) | 工作人员数(人) |",
      "| 2022年 | 2023年 | 2022年 | 2023年 |",
    ],
  ];
  it.each(GROUPED)(
    "reads each column under its year and its group, the header's groups over repeated years (%#)",
    async (...head) => {
      const sep = head[1]?.includes("\t") ? "\t" : head[1]?.includes("|") ? " | " : " ";
      const rows = ["社会团体", "310", "325", "2400", "2510"].join(sep);
      expect(await facts([...head, rows, ["基金会", "12", "14", "95", "101"].join(sep)].join("\n"))).toEqual([
        "social_org.social_groups=310@2022@null",
        "social_org.social_groups=325@2023@null",
        "other=2400@2022@null",
        "other=2510@2023@null",
        "social_org.foundations=12@2022@null",
        "social_org.foundations=14@2023@null",
        "other=95@2022@null",
        "other=101@2023@null",
      ]);
    },
  );

  it("reads a row with a figure past its header's last column from the left, the figure past it left out", async () => {
    const text = [
      "表2 近两年社会组织数量（单位：个）",
      "项目\t2022年\t2023年",
      "社会团体\t2210\t2350\t140",
      "基金会\t41\t45\t4",
    ];
    expect(await facts(text.join("\n"))).toEqual([
      "social_org.social_groups=2210@2022@null",
      "social_org.social_groups=2350@2023@null",
      "social_org.foundations=41@2022@null",
      "social_org.foundations=45@2023@null",
    ]);
    // A serial number before each place still lines the row up from the right.
    const serial = ["2023年各区社会组织", "区域\t社会团体\t基金会", "1\t思明区\t120\t5", "2\t湖里区\t80\t2"];
    expect(await facts(serial.join("\n"))).toEqual([
      "social_org.social_groups=120@2023@思明区",
      "social_org.foundations=5@2023@思明区",
      "social_org.social_groups=80@2023@湖里区",
      "social_org.foundations=2@2023@湖里区",
    ]);
  });

  it("counts no series in a table whose caption counts only some of them (新登记, 年检, 评估)", async () => {
    const rows = ["区域\t社会团体\t民办非企业单位", "思明区\t15\t22", "湖里区\t9\t14"];
    for (const caption of ["表2 2023年各区新登记社会组织情况（单位：家）", "2023年社会组织年检情况"]) {
      expect((await facts([caption, ...rows].join("\n"))).filter((f) => !f.startsWith("other"))).toEqual([]);
    }
    // 登记情况 is the register itself; a column of new registrations is a change beside it.
    const registered = ["表1 2023年各区社会组织登记情况", "区域\t社会团体\t本年新登记", "思明区\t150\t15"];
    expect((await facts(registered.join("\n"))).filter((f) => !f.startsWith("other"))).toEqual([
      "social_org.social_groups=150@2023@思明区",
    ]);
  });

  it.each([
    ["年份\t社会组织\t社会团体", "2021\t1830\t905", "2022\t1912\t948"],
    ["| 年份 | 社会组织 | 社会团体 |", "| 2021 | 1830 | 905 |", "| 2022 | 1912 | 948 |"],
    ["年份 社会组织 社会团体", "2021 1830 905", "2022 1912 948"],
    ["年份", "社会组织", "社会团体", "2021", "1830", "905", "2022", "1912", "948"],
  ])("reads a table of years down whose rows open with a bare year under 年份 (%s)", async (...lines) => {
    expect(await facts(["表3 历年社会组织数量（单位：个）", ...lines].join("\n"))).toEqual([
      "social_org.total=1830@2021@null",
      "social_org.social_groups=905@2021@null",
      "social_org.total=1912@2022@null",
      "social_org.social_groups=948@2022@null",
    ]);
  });

  it("reads the statistics' own annual report (（年报）, 统计年报) as the year's series, not organisations' reports", async () => {
    const rows = ["| 指标 | 2023年 | 2022年 | 增减 |", "| 社会组织（个） | 3120 | 3050 | 70 |"];
    for (const caption of ["2023年某县民政统计数据（年报）", "某县2023年民政统计年报表"]) {
      expect((await facts([caption, ...rows].join("\n"))).filter((f) => !f.startsWith("other"))).toEqual([
        "social_org.total=3120@2023@null",
        "social_org.total=3050@2022@null",
      ]);
    }
    // 社会组织年报 is the organisations' annual reports: a count of those who filed one.
    const filed = ["2023年社会组织年报情况", "区域\t社会团体\t基金会", "思明区\t140\t4", "湖里区\t76\t2"];
    expect((await facts(filed.join("\n"))).filter((f) => !f.startsWith("other"))).toEqual([]);
  });

  it("reads a header whose groups came out one a line, their units wrapped, over a line of years", async () => {
    const lines = [
      "表6 各区社会组织",
      "社会团体数",
      "(个)",
      "基金会数",
      "(个)",
      "2022 2023 2022 2023",
      "思明区      120      126      5      6",
      "湖里区      80       84       2      2",
    ];
    expect((await facts(lines.join("\n"))).slice(0, 4)).toEqual([
      "social_org.social_groups=120@2022@思明区",
      "social_org.social_groups=126@2023@思明区",
      "social_org.foundations=5@2022@思明区",
      "social_org.foundations=6@2023@思明区",
    ]);
    // Years that do not repeat under each name are no such header.
    const unrepeated = [...lines.slice(0, 5), "2020 2021 2022 2023", ...lines.slice(6)];
    expect((await facts(unrepeated.join("\n"))).filter((f) => !f.startsWith("other"))).toEqual([]);
  });

  it("reads a row that lacks its last, empty cell from the left under a corner (年份)", async () => {
    const text = [
      "近两年全区社会组织情况（单位：家）",
      "年份\t社会组织总数\t社会团体\t备注",
      "2022年\t730\t310\t含备案",
      "2023年\t751\t306",
    ];
    expect(await facts(text.join("\n"))).toEqual([
      "social_org.total=730@2022@null",
      "social_org.social_groups=310@2022@null",
      "social_org.total=751@2023@null",
      "social_org.social_groups=306@2023@null",
    ]);
  });

  it("takes two header lines for groups over columns only where the columns repeat under each group", () => {
    expect(groupedHeader(["单位数", "职工人数"], ["2022", "2023", "2022", "2023"], 5)?.groups).toEqual([
      null,
      "单位数",
      "单位数",
      "职工人数",
      "职工人数",
    ]);
    // Not repeated, one cell short in the rows, or as many groups as columns: no groups.
    expect(groupedHeader(["单位数", "职工人数"], ["2021", "2022", "2023", "2024"], 5)).toBeNull();
    expect(groupedHeader(["单位数", "职工人数"], ["2022", "2023", "2022", "2023"], 4)).toBeNull();
    expect(groupedHeader(["区域", "社会团体", "基金会"], ["思明区", "120", "5"], 3)).toBeNull();
  });

  it("reads a row's unit in 万 from its label, and a column of growth in percent", async () => {
    const text = [
      "近两年全市社会组织情况",
      "项目\t2022年\t2023年\t增长（%）",
      "社会组织（万个）\t1.3\t1.4\t7.7",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "social_org.total=13000@2022@null",
      "social_org.total=14000@2023@null",
      "other=7.7%@null@null",
    ]);
  });
});
