import { describe, expect, it } from "vitest";
import {
  fusedRowStarts,
  runOnStarts,
  sectionStarts,
  spacedRowStarts,
  wrappedCellJoins,
  wrappedPipeJoins,
} from "../pipeline/normalize/fusedRows.js";
import { readDocument } from "../pipeline/read/read.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";

/** The social-organisation facts of a text, as metric=value@as_of, sorted. */
const facts = async (text: string) =>
  processDocument(await readDocument("q.txt", new TextEncoder().encode(text)))
    .facts.filter((f) => f.metric.startsWith("social_org"))
    .map((f) => `${f.metric}=${f.value}@${f.asOf}`)
    .sort();

describe("table rows a document's paragraphs ran together", () => {
  const cut = (line: string) => {
    const starts = fusedRowStarts(line);
    return [0, ...starts].map((at, i) => line.slice(at, starts[i]));
  };

  it("starts a row where a run of spaced figures meets a label", () => {
    expect(
      cut("社会团体 Groups 41.2 43.5 5.6民办非企业单位 Units 38.0 40.1 5.5基金会(个) 612 655 7.0"),
    ).toEqual([
      "社会团体 Groups 41.2 43.5 5.6",
      "民办非企业单位 Units 38.0 40.1 5.5",
      "基金会(个) 612 655 7.0",
    ]);
    expect(cut("社会团体 个 1,208 1,190民办非企业单位 个 2,311 2,250")).toEqual([
      "社会团体 个 1,208 1,190",
      "民办非企业单位 个 2,311 2,250",
    ]);
  });

  it("leaves figures before their unit or a date, a single figure and prose alone", () => {
    for (const line of [
      "项目 2021 2022年比上年增减",
      "全区共有社会组织 612 家,比上年增加 17 家",
      "分别为 12 15个",
      "街道165区公所",
      "2023 年 6 月 30 日",
      "共有 3 个街道、41 个社区",
    ]) {
      expect(fusedRowStarts(line)).toEqual([]);
    }
  });

  it("reads the same rows from a paragraph that ran them together as from their lines", async () => {
    const lines = [
      "某市民政事业统计 2023年",
      "指标 单位 2022 2023",
      "社会团体 个 1,208 1,190",
      "民办非企业单位 个 2,311 2,250",
      "基金会 个 35 38",
    ];
    const asLines = await facts(lines.join("\n"));
    expect(asLines.length).toBeGreaterThan(0);
    expect(await facts([lines[0], lines[1], lines.slice(2).join("")].join("\n"))).toEqual(asLines);
  });
});

/**
 * A paragraph printed at a fixed width, as a PDF does: a line breaks between any two Chinese
 * characters or at a space, never inside a figure or a word, and the space a line breaks at is gone.
 */
function wrapAt(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of paragraph.match(/[\u4e00-\u9fa5]|[^\s\u4e00-\u9fa5]+|\s+/gu) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line !== "") line += " ";
    } else if ([...line].length + [...token].length > width && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = token;
    } else {
      line += token;
    }
  }
  return [...lines, line.trimEnd()];
}

describe("a paragraph of run-together rows that a page's width then cut", () => {
  const rows = [
    "社会团体 412 436 455",
    "民办非企业单位 1208 1317 1402",
    "基金会 28 31 35",
    "社会工作服务机构 96 118 141",
  ];
  const paragraph = rows.join(" ");

  it("joins the lines again where a row was cut in its figures or in its label", () => {
    const lines = wrapAt(paragraph, 22);
    // The width cuts rows in their figures and in a label.
    expect(lines).toEqual([
      "社会团体 412 436 455 民办非企业",
      "单位 1208 1317 1402 基金会",
      "28 31 35 社会工作服务机构 96",
      "118 141",
    ]);
    expect(wrappedCellJoins(lines)).toEqual(["", " ", " ", null]);
    expect(wrappedCellJoins(wrapAt(paragraph, 14))).toEqual([" ", " ", null, "", " ", null]);
  });

  it("starts a row where a label follows a run of spaced figures after a space", () => {
    const line = paragraph;
    const starts = spacedRowStarts(line);
    expect([0, ...starts].map((at, i) => line.slice(at, starts[i]).trim())).toEqual(rows);
  });

  it("leaves lines that end as they should, and prose, alone", () => {
    // Each row on a line of its own; a table of years; a sentence with figures.
    expect(wrappedCellJoins(rows)).toEqual([null, null, null, null]);
    expect(wrappedCellJoins(["2021 412 1208", "2022 436 1317", "2023 455 1402"])).toEqual([null, null, null]);
    expect(wrappedCellJoins(["全区共有社会组织 612 家,比上年增加 17", "家,其中社会团体 300 家。"])).toEqual([
      null,
      null,
    ]);
    for (const line of ["分别为 12 15 个", "2022 2023 年两年共 12 家", "共有 3 个街道、41 个社区"]) {
      expect(spacedRowStarts(line)).toEqual([]);
    }
  });

  it("reads the same facts from the wrapped lines as from the table's own lines", async () => {
    const head = ["某市民政事业统计", "指标 2021 2022 2023"];
    const asLines = await facts([...head, ...rows].join("\n"));
    expect(asLines.length).toBeGreaterThanOrEqual(9);
    for (const width of [14, 18, 22, 27]) {
      expect(await facts([...head, ...wrapAt(paragraph, width)].join("\n"))).toEqual(asLines);
    }
  });
});

describe("a bilingual table's section heading run in between its header and first row", () => {
  const cut = (line: string) => {
    const starts = sectionStarts(line);
    return [0, ...starts].map((at, i) => line.slice(at, starts[i]));
  };

  it("begins a line at the heading and at the row after its English", () => {
    expect(
      cut("Item 2021 2022 2022年比Change over一、社会组织 Social Organizations社会团体 Groups 41.2 43.5 5.6"),
    ).toEqual([
      "Item 2021 2022 2022年比Change over",
      "一、社会组织 Social Organizations",
      "社会团体 Groups 41.2 43.5 5.6",
    ]);
  });

  it("leaves a heading on a line of its own, and prose, alone", () => {
    for (const line of [
      "一、社会组织 Social Organizations",
      "二、养老服务",
      "一、全市NGO组织发展情况",
      "三、工作成效",
    ]) {
      expect(sectionStarts(line)).toEqual([]);
    }
  });

  it("reads the same facts as from the table's own lines", async () => {
    const lines = [
      "Item 2021 2022 2022年比",
      "Change over",
      "一、社会组织 Social Organizations",
      "社会团体(万个) Groups 41.2 43.5 5.6",
      "民办非企业单位(万个) Private Units 38.0 40.1 5.5",
    ];
    const asLines = await facts(lines.join("\n"));
    expect(asLines.length).toBeGreaterThanOrEqual(4);
    expect(await facts([lines.slice(0, 4).join(""), lines[4]].join("\n"))).toEqual(asLines);
  });
});

describe("a page's furniture run into the line after it", () => {
  const cut = (line: string) => {
    const starts = runOnStarts(line);
    return [0, ...starts].map((at, i) => line.slice(at, starts[i]));
  };

  it("starts the title again after where the page sits, and the time it was put up after the title", () => {
    expect(cut("您的位置:某市民政网 > 工作动态 > 正文某区新增三家社工站")).toEqual([
      "您的位置:某市民政网 > 工作动态 > 正文",
      "某区新增三家社工站",
    ]);
    expect(cut("某区社工站建设走在全市前列2024年05月06日10:08:49来源:")).toEqual([
      "某区社工站建设走在全市前列",
      "2024年05月06日10:08:49来源:",
    ]);
    expect(cut("某区社工站建设走在全市前列 2024 年 05 月 06 日 10:08:49")).toEqual([
      "某区社工站建设走在全市前列 ",
      "2024 年 05 月 06 日 10:08:49",
    ]);
  });

  it("starts the text again after a note's time, and around a page's date between a title and a caption", () => {
    expect(cut("来源:某某网 时间:2023/06/01 09:12:30某区召开社会组织工作会议")).toEqual([
      "来源:某某网 时间:2023/06/01 09:12:30",
      "某区召开社会组织工作会议",
    ]);
    expect(cut("某市注册志愿者超120万2023-06-01志愿者在社区开展服务(资料图片)")).toEqual([
      "某市注册志愿者超120万",
      "2023-06-01",
      "志愿者在社区开展服务(资料图片)",
    ]);
    // A note's time followed by further notes is one line of notes.
    expect(runOnStarts("时间:2023-06-01 09:12 浏览量:35 次")).toEqual([]);
    expect(runOnStarts("发布日期:2023-06-01来源:某区民政局")).toEqual([]);
  });

  it("starts a table's period again after the twelve digits of its 地区编码", () => {
    expect(cut("地区编码:4399000000002023年6月")).toEqual(["地区编码:439900000000", "2023年6月"]);
    // A code a space apart from its period, or a shorter number, is left as it is.
    expect(runOnStarts("地区编码:439900000000 2023年6月")).toEqual([]);
    expect(runOnStarts("地区编码:43990020236")).toEqual([]);
  });

  it("leaves a crumb alone, a note of a time alone and a sentence that ends with a time", () => {
    for (const line of [
      "当前位置:首页 > 新闻中心 > 正文",
      "发布时间:2024-05-06 10:08",
      "截至2023年底，全市共有 2024-05-06 10:00",
      "正文内容如下，请查阅",
    ]) {
      expect(runOnStarts(line)).toEqual([]);
    }
  });

  it("dates a news report by its page's date run in between its title and a caption", async () => {
    const lead = "【某某网讯】记者18日从市民政局获悉，全市实名注册志愿者已超过120万人。";
    const asOf = async (text: string) =>
      processDocument(await readDocument("n.txt", new TextEncoder().encode(text))).facts.find(
        (f) => f.metric === "social_work.volunteers",
      )?.asOf;
    const own = await asOf(
      ["某市注册志愿者超120万", "2023-06-18", "志愿者在社区开展服务(资料图片)", lead].join("\n"),
    );
    expect(own).toBe("2023-06-18");
    expect(
      await asOf(["某市注册志愿者超120万2023-06-18志愿者在社区开展服务(资料图片)", lead].join("\n")),
    ).toBe(own);
  });

  it("takes the document's date from a time run into the title, as from its own line", async () => {
    const body = "目前，全区共有社会组织512家，其中社会团体230家。";
    const asOf = async (text: string) =>
      processDocument(await readDocument("n.txt", new TextEncoder().encode(text))).facts.find(
        (f) => f.metric === "social_org.total",
      )?.asOf;
    const own = await asOf(["某区社会组织稳步发展", "2024 年 01 月 15 日 09:30:12", body].join("\n"));
    expect(own).toBe("2024-01-15");
    expect(await asOf(["某区社会组织稳步发展 2024 年 01 月 15 日 09:30:12", body].join("\n"))).toBe(own);
  });
});

describe("an indicator table a page gave on one line, its cells a space apart", () => {
  const line =
    "2023年9月某县社会服务统计月报 指标名称 单位 本月 上年同期 社会组织 个 642 615 社会团体 个 301 296 民办非企业单位 个 336 314 基金会 个 5 5";

  it("starts a line at the header, at its first row, and at each row with its unit cell", () => {
    const starts = spacedRowStarts(line);
    expect([0, ...starts].map((at, i) => line.slice(at, starts[i]).trim())).toEqual([
      "2023年9月某县社会服务统计月报",
      "指标名称 单位 本月 上年同期",
      "社会组织 个 642 615",
      "社会团体 个 301 296",
      "民办非企业单位 个 336 314",
      "基金会 个 5 5",
    ]);
  });

  it("reads the month's column of each row, dated by the title", async () => {
    expect(await facts(line)).toEqual([
      "social_org.foundations=5@2023-09-30",
      "social_org.private_non_enterprise=336@2023-09-30",
      "social_org.social_groups=301@2023-09-30",
      "social_org.total=642@2023-09-30",
    ]);
  });

  it("leaves a sentence that names the words of a header alone", () => {
    expect(spacedRowStarts("该项目 单位 2 家 共 3 个")).toEqual([]);
  });
});

describe("an indicator table of one column run onto one line", () => {
  const line = "指标名称 单位 数量 社会团体 个 2,417 民办非企业单位 个 3,108 基金会 个 26 街道 个 17";
  const rows = [
    "指标名称 单位 数量",
    "社会团体 个 2,417",
    "民办非企业单位 个 3,108",
    "基金会 个 26",
    "街道 个 17",
  ];

  it("starts a row at each label with its unit cell after a row's one figure", () => {
    const starts = spacedRowStarts(line);
    expect([0, ...starts].map((at, i) => line.slice(at, starts[i]).trim())).toEqual(rows);
    // Without the header, a line of one figure after another is left alone.
    expect(spacedRowStarts("社会团体 个 2,417 民办非企业单位 个 3,108")).toEqual([]);
  });

  it("joins the line again where a PDF's width cut it between a row's unit cell and its figure", () => {
    const wrapped = [
      "指标名称 单位 数量 社会团体 个 2,417 民办非企业单位 个",
      "3,108 基金会 个 26 街道 个 17",
    ];
    expect(wrappedCellJoins(wrapped)).toEqual([" ", null]);
  });

  it("reads the same facts from the line, the cut line and the table's own lines", async () => {
    const title = "2023年某县第二季度民政统计数据";
    const expected = [
      "social_org.foundations=26@2023-06-30",
      "social_org.private_non_enterprise=3108@2023-06-30",
      "social_org.social_groups=2417@2023-06-30",
    ];
    expect(await facts([title, line].join("\n"))).toEqual(expected);
    expect(
      await facts(
        [
          title,
          "指标名称 单位 数量 社会团体 个 2,417 民办非企业单位 个",
          "3,108 基金会 个 26 街道 个 17",
        ].join("\n"),
      ),
    ).toEqual(expected);
    expect(await facts([title, ...rows].join("\n"))).toEqual(expected);
  });
});

describe("a row between pipes that a page's width cut before its closing pipe", () => {
  const lines = [
    "| 指标名称 | 单位 | 本期 | 上年同期 | 增减% |",
    "| 社会团体 | 个 | 1,802 | 1,790 | 0.",
    "7 |",
    "| 社会工作者 | 人 | 2,915 | 2,604 | 11.9",
    " |",
    "| 注册志愿者 | 万人 | 40.6 | 38.2 | 6.3 |",
  ];

  it("ends the row with the rest of its last cell", () => {
    expect(wrappedPipeJoins(lines)).toEqual([null, "", null, "", null, null]);
    // A closed row, or a next line that opens a row of its own, is left as it is.
    expect(wrappedPipeJoins(["| 基金会 | 个 | 31 |", "7 |"])).toEqual([null, null]);
    expect(wrappedPipeJoins(["| 基金会 | 个 | 31", "| 街道 | 个 | 12 |"])).toEqual([null, null]);
  });

  it("reads each row as it is when whole", async () => {
    const all = (text: string) =>
      processDocument(textDocument(text))
        .facts.filter((f) => f.metric !== "other")
        .map((f) => `${f.metric}=${f.value}`);
    const title = "某县2024年1-3月民政统计数据";
    expect(all([title, ...lines].join("\n"))).toEqual([
      "social_org.social_groups=1802",
      "social_work.workers=2915",
      "social_work.volunteers=406000",
    ]);
  });
});
