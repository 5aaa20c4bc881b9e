import { describe, expect, it } from "vitest";
import { glossRows } from "../pipeline/normalize/glossRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import type { RawDocument } from "../schemas/document.js";

const YEARBOOK = [
  "社会服务发展主要指标",
  "    项 目    Item 2022 2023 2023年比",
  "2022年",
  "增减%",
  "Change in",
  "2023 over",
  "2022",
  "一、社会组织    Social Organizations",
  "  社会组织总数(个)    Number of Social Organizations (unit) 5320 5610 5.5",
  "    社会团体(个)    Social Groups (unit) 2210 2350 6.3",
  "二、社会工作    Social Work",
  "  持证社会工作者人数    Number of Certified Social Workers with 3.1 3.8 22.6",
  "    (万人)      Qualification (10000 persons)",
  "  社区综合服务设施数    Number of Comprehensive Community Service",
  "    (个)      Facilities (unit) 120 135 12.5",
  "   Urban Area",
  "  城市低保人数(人)    Urban Recipients of Subsistence Allowance (person) 15000 14200 -5.3",
  "全年民政工作取得新进展。",
];

const factsOf = async (lines: readonly string[]) =>
  processDocument(await readDocument("yearbook.txt", new TextEncoder().encode(lines.join("\n")))).facts;

/** A bilingual table of indicators copied one cell a line, its cells keeping their pipes. */
const ONE_CELL = [
  "社会服务发展主要指标 | ||||",
  "项 目 |",
  "Item |",
  "2022 | ||||",
  "2023 |",
  "2023年比 |",
  "|",
  "2022年 | ||||",
  "增减% |",
  "Change in |",
  "2023 over |",
  "2022 |",
  "一、社会组织 |",
  "Social Organizations |",
  "社会团体(个) |",
  "Social Groups (unit) |",
  "2210 |",
  "2350 |",
  "6.3 |",
  "基金会(个) |",
  "Foundations (unit) |",
  "41 | ||||",
  "45 |",
  "9.8 |",
  "全年各项事业稳步发展。",
];

describe("a bilingual yearbook table", () => {
  it("finds the header with the pieces of its last column, the rows and the lines that go on", () => {
    const { rows, taken } = glossRows(YEARBOOK);
    expect([...rows.keys()]).toEqual([1, 7, 8, 9, 10, 11, 13, 16]);
    expect([...taken]).toEqual([2, 3, 4, 5, 6, 12, 14, 15]);
    // The header's last column: 2023年比 with 2022年 and 增减% from the lines below.
    expect(
      rows
        .get(1)
        ?.at(-1)
        ?.pieces.map((p) => p.line),
    ).toEqual([1, 2, 3]);
  });

  it("reads each row's figures under the header's years, the gloss left aside", async () => {
    const facts = await factsOf(YEARBOOK);
    expect(
      facts
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.metric}=${f.value}@${f.asOf}${f.unit === "percent" ? "%" : ""}`),
    ).toEqual([
      "social_org.total=5320@2022",
      "social_org.total=5610@2023",
      "social_org.social_groups=2210@2022",
      "social_org.social_groups=2350@2023",
      "social_work.certified_workers=31000@2022",
      "social_work.certified_workers=38000@2023",
    ]);
    // The change column counts nothing, whatever year its header begins with.
    expect(facts.filter((f) => f.value === 5.5).map((f) => `${f.metric} ${f.unit}`)).toEqual([
      "other percent",
    ]);
  });

  it("takes nothing without a header and two rows of figures", () => {
    expect(glossRows(YEARBOOK.slice(7, 10)).rows.size).toBe(0);
    expect(glossRows(YEARBOOK.slice(0, 9)).rows.size).toBe(0);
    expect(
      glossRows(["项目 Item 2022 2023", "全市共有社会组织 5320 家，其中 WHO 认证 12 家。"]).rows.size,
    ).toBe(0);
  });

  it("gives a row of fractions the unit in 万 of the label above it, and no row after a section", async () => {
    const facts = await factsOf([
      "项目 Item 2022 2023",
      "社会组织总数(万个) Number of Social Organizations (10000 units) 1.2 1.3",
      "社会团体 Social Groups 0.5 0.6",
      "二、社会工作 Social Work",
      "社会工作服务机构 Social Work Service Organisations 0.5 0.6",
    ]);
    expect(facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}`)).toEqual([
      "social_org.total=12000",
      "social_org.total=13000",
      "social_org.social_groups=5000",
      "social_org.social_groups=6000",
    ]);
  });

  it("reads the table copied one cell a line, its title kept out of it", async () => {
    const oneCell = ONE_CELL;
    expect(
      (await factsOf(oneCell)).map(
        (f) => `${f.metric}=${f.value}@${f.asOf}${f.unit === "percent" ? "%" : ""}`,
      ),
    ).toEqual([
      "social_org.social_groups=2210@2022",
      "social_org.social_groups=2350@2023",
      "other=6.3@null%",
      "social_org.foundations=41@2022",
      "social_org.foundations=45@2023",
      "other=9.8@null%",
    ]);
  });

  it("reads a header whose last column's English a Word copy ran on after it", async () => {
    const read = async (lines: readonly string[]) =>
      (await factsOf(lines))
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.metric}=${f.value}@${f.asOf}`);
    // 项目 Item 2022 2023 2023年比 / 2022年 / 增减% / Change in / 2023 over / 2022, as one line.
    const joined = [
      YEARBOOK[0] ?? "",
      `${YEARBOOK.slice(1, 3).join("")}增减%Change in2023 over2022`,
      ...YEARBOOK.slice(7),
    ];
    expect(joined[1]).toBe("    项 目    Item 2022 2023 2023年比2022年增减%Change in2023 over2022");
    const whole = await read(YEARBOOK);
    expect(whole).toContain("social_org.social_groups=2350@2023");
    expect(await read(joined)).toEqual(whole);
  });

  it("reads the header's years the same with the space a PDF sets before 年 (2023 年比, 2022 年)", async () => {
    const oneCell = ONE_CELL;
    const spaced = oneCell.map((line) => line.replace(/(\d) ?年/, "$1 年"));
    expect(spaced[5]).toBe("2023 年比 |");
    const read = async (lines: readonly string[]) =>
      (await factsOf(lines))
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.metric}=${f.value}@${f.asOf}`);
    expect(await read(spaced)).toEqual(await read(oneCell));
    expect(await read(spaced)).toContain("social_org.foundations=45@2023");
  });

  it("reads a row copied one cell a line whose gloss or unit went on without its Chinese cell", async () => {
    // A gloss cut (…Workers and / Volunteers) and a label's unit wrapped ((万人) / …(10000 persons)):
    // each the rest of the row above, and the rows after them still of the table.
    const oneCell = [
      "项 目 |",
      "Item |",
      "2022 |",
      "2023 |",
      "2023年比 |",
      "|",
      "2022年增减% |",
      "一、社会工作 |",
      "Social Work |",
      "持证社会工作者人数(万人) |",
      "Number of Certified Social Workers and |",
      "3.1 |",
      "3.8 |",
      "22.6 |",
      "|",
      "Assistants (10000 persons) |",
      "注册志愿者人数 |",
      "Number of Registered |",
      "620 |",
      "710 |",
      "14.5 |",
      "(万人) |",
      "Volunteers (10000 persons) |",
      "低保户数 |",
      "Number of Households Receiving |",
      "1.2 |",
      "1.1 |",
      "-8.3 |",
      "(万户) |",
      "Allowance (10000 households) |",
      "基金会(个) |",
      "Foundations (unit) |",
      "41 |",
      "45 |",
      "9.8 |",
    ];
    expect(
      (await factsOf(oneCell)).map(
        (f) => `${f.metric}=${f.value}${f.unit === "percent" ? "%" : ` ${f.unit}`}@${f.asOf}`,
      ),
    ).toEqual([
      "social_work.certified_workers=31000 person@2022",
      "social_work.certified_workers=38000 person@2023",
      "other=22.6%@null",
      "social_work.volunteers=6200000 person@2022",
      "social_work.volunteers=7100000 person@2023",
      "other=14.5%@null",
      "other=12000 household@2022",
      "other=11000 household@2023",
      "other=-8.3%@null",
      "social_org.foundations=41 item@2022",
      "social_org.foundations=45 item@2023",
      "other=9.8%@null",
    ]);
  });

  it("reads no count of whole things from a fraction under a count's unit", async () => {
    // The change column's header cut short (2023年比) is the rate its whole header (…增减%) names.
    const facts = await factsOf(["项目\t2022\t2023\t2023年比", "社会团体（个）\t2210\t2350\t6.3"]);
    expect(facts.map((f) => `${f.metric}=${f.value}${f.unit === "percent" ? "%" : ""}`)).toEqual([
      "social_org.social_groups=2210",
      "social_org.social_groups=2350",
      "other=6.3%",
    ]);
  });

  it("reads a change column cut short after 比 as a rate, never in the 万 of its row", async () => {
    const lines = [
      "    Item 2021 2022 2022年比",
      "Increase of",
      "2022 over",
      "  社會組織總數(萬個)    Number of Social Organizations (10000 units) 2.4 2.6 8.3",
      "  接收人員數(萬人)    Number of Persons Received (10000 persons) 1.5 1.2 -20.0",
    ];
    expect(
      (await factsOf(lines)).map((f) => `${f.metric}=${f.value}${f.unit === "percent" ? "%" : ""}@${f.asOf}`),
    ).toEqual([
      "social_org.total=24000@2021",
      "social_org.total=26000@2022",
      "other=8.3%@2022",
      "other=15000@2021",
      "other=12000@2022",
      "other=-20%@2022",
    ]);
  });

  it("reads a header in traditional characters (項 目)", async () => {
    const lines = [
      "    項 目    Item 2022 2023",
      "  社會團體(個)    Social Groups (unit) 2210 2350",
      "  基金會(個)    Foundations (unit) 41 45",
    ];
    expect((await factsOf(lines)).map((f) => `${f.metric}=${f.value}@${f.asOf}`)).toEqual([
      "social_org.social_groups=2210@2022",
      "social_org.social_groups=2350@2023",
      "social_org.foundations=41@2022",
      "social_org.foundations=45@2023",
    ]);
  });

  it("reads on past a row whose figure is missing (-)", async () => {
    const lines = [
      "项目 Item 2022 2023",
      "社会团体(个) Social Groups (unit) - 2350",
      "基金会(个) Foundations (unit) 41 45",
      "民办非企业单位(个) Private Non-enterprise Units (unit) 3020 3150",
    ];
    expect((await factsOf(lines)).map((f) => `${f.metric}=${f.value}@${f.asOf}`)).toEqual([
      "social_org.social_groups=2350@2023",
      "social_org.foundations=41@2022",
      "social_org.foundations=45@2023",
      "social_org.private_non_enterprise=3020@2022",
      "social_org.private_non_enterprise=3150@2023",
    ]);
  });
  it("reads a header whose Chinese corner was not kept (Item 2022 2023 2023年比), its change column counting nothing", async () => {
    const lines = [
      "    Item 2022 2023 2023年比",
      "Increase of",
      "2023 over",
      "一、社會組織  Social Organizations",
      "  社會組織總數(萬個)    Number of Social Organizations (10000 units) 2.4 2.6 8.3",
      "    社會團體        Social Groups 1.1 1.2 9.1",
      "    基金會(個)    Foundations (unit) 310 342 10.3",
    ];
    expect(
      (await factsOf(lines))
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.metric}=${f.value}@${f.asOf}`),
    ).toEqual([
      "social_org.total=24000@2022",
      "social_org.total=26000@2023",
      "social_org.social_groups=11000@2022",
      "social_org.social_groups=12000@2023",
      "social_org.foundations=310@2022",
      "social_org.foundations=342@2023",
    ]);
  });
});

/** A PDF's pages as its reader gives them, the table's rows wrapped by the printed width. */
const pdfOfPages = (pages: readonly string[][]): RawDocument => ({
  path: "yearbook.pdf",
  file: "yearbook.pdf",
  format: "pdf",
  sha256: "0".repeat(64),
  bytes: 1,
  encoding: null,
  pages: pages.map((lines, i) => ({ number: i + 1, text: lines.join("\n") })),
  warnings: [],
});

describe("a bilingual table whose rows the printed width wrapped", () => {
  const PAGES = [
    [
      "Item 2022 2023 2023年比",
      "Increase of",
      "一、社會組織 Social Organizations",
      "社會組織總數(萬個) Number of Social Organizations (10000 units) 2.4",
      " 2.6 8.3",
      "民辦非企業單位 Private Non-enterprise Units of All Sorts and Kind",
      "3040 3185 4.8",
      "社會團體(個) Social Groups Registered at Every Level (unit) 118",
      "6 1247 5.1",
      "基金會(個) Foundations Registered at Every Level (unit) 310 34",
      "—1—",
    ],
    [
      "2 10.3",
      "持證社會工作者人數 Number of Social Workers Holding a Certifica",
      "te 812 906 11.6",
      "全年工作穩步推進。",
      "—2—",
    ],
  ];

  it("puts each row's figures back under its header, a figure cut by the line's end made whole", () => {
    const { rows } = glossRows(PAGES.flat().filter((l) => !l.startsWith("—")));
    const texts = PAGES.flat().filter((l) => !l.startsWith("—"));
    const cells = (i: number) =>
      rows
        .get(i)
        ?.slice(2)
        .map((c) => c.pieces.map((p) => texts[p.line]?.slice(p.start, p.end)).join(""));
    expect(cells(3)).toEqual(["2.4", "2.6", "8.3"]);
    expect(cells(5)).toEqual(["3040", "3185", "4.8"]);
    expect(cells(7)).toEqual(["1186", "1247", "5.1"]);
    expect(cells(9)).toEqual(["310", "342", "10.3"]);
    expect(cells(11)).toEqual(["812", "906", "11.6"]);
  });

  it("reads them as the unwrapped table, over the page break", async () => {
    const facts = processDocument(pdfOfPages(PAGES)).facts;
    expect(facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}`)).toEqual([
      "social_org.total=24000@2022",
      "social_org.total=26000@2023",
      "social_org.private_non_enterprise=3040@2022",
      "social_org.private_non_enterprise=3185@2023",
      "social_org.social_groups=1186@2022",
      "social_org.social_groups=1247@2023",
      "social_org.foundations=310@2022",
      "social_org.foundations=342@2023",
      "social_work.certified_workers=812@2022",
      "social_work.certified_workers=906@2023",
    ]);
  });

  it("glues no figure the count does not call cut, and takes no line of figures the row has no room for", () => {
    const lines = [
      "Item 2022 2023 2023年比",
      "社會團體(個) Social Groups (unit) 1186 1247 5.1",
      "基金會(個) Foundations Registered at Every Level (unit) 310",
      "342 10.3",
      "民辦非企業單位(個) Private Non-enterprise Units (unit) 3040 3185",
      "4.8 12 7",
    ];
    const { rows, taken } = glossRows(lines);
    const cells = (i: number) =>
      rows
        .get(i)
        ?.slice(2)
        .map((c) => c.pieces.map((p) => lines[p.line]?.slice(p.start, p.end)).join(""));
    // The line broke at the space after 310: with 310 and 342 glued the row would lack a figure.
    expect(cells(2)).toEqual(["310", "342", "10.3"]);
    expect(cells(4)).toEqual(["3040", "3185"]);
    expect(taken.has(5)).toBe(false);
  });
});
