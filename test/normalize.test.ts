import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { normalize } from "../pipeline/normalize/normalize.js";
import type { CleanDocument, Format, RawDocument } from "../schemas/document.js";
import { anyCharacter } from "./helpers/anyCharacter.js";
import { checkGolden } from "./helpers/golden.js";
import { alignParagraphs, bodyParagraphs } from "./helpers/paragraphs.js";
import { readFile } from "./helpers/pipeline.js";

const corpus = join(import.meta.dirname, "..", "data", "corpus");

function rawOf(text: string | (string | null)[], format: Format = "txt"): RawDocument {
  const pages =
    typeof text === "string"
      ? [{ number: null, text }]
      : text.map((page, i) => ({ number: i + 1, text: page ?? "" }));
  return { path: "t", file: "t", format, sha256: "", bytes: 0, encoding: null, pages, warnings: [] };
}

const clean = (text: string | string[], format: Format = "txt"): string =>
  normalize(rawOf(text, format)).text;

// ---------------------------------------------------------------------------------------------
// Golden clean text for every sample document in every form.

const FORMS = ["txt", "docx", "pdf", "odd"] as const;
const cases = FORMS.flatMap((form) =>
  readdirSync(join(corpus, form))
    .sort()
    .map((file) => ({ form, file, name: `${form}-${basename(file, extname(file))}` })),
);

const cleaned = new Map<string, CleanDocument>();

async function cleanCorpusFile(form: string, file: string): Promise<CleanDocument> {
  const key = `${form}/${file}`;
  const known = cleaned.get(key);
  if (known) return known;
  const doc = normalize(await readFile(join(corpus, form, file)));
  cleaned.set(key, doc);
  return doc;
}

/** One line per clean line: its kind, the page of its first character, and its text. */
function linesReport(doc: CleanDocument): string {
  return doc.lines
    .map(
      (line) => `${line.kind}\tp${doc.map.page[line.start] ?? "-"}\t${doc.text.slice(line.start, line.end)}`,
    )
    .join("\n")
    .concat("\n");
}

const furnitureReport = (doc: CleanDocument): string =>
  doc.furniture
    .map((f) => `${f.kind}\t${f.page ?? "-"}\t${f.text}`)
    .join("\n")
    .concat("\n");

describe("golden clean text per sample document", () => {
  it.each(cases)("$name", async ({ form, file, name }) => {
    const doc = await cleanCorpusFile(form, file);
    const problems = [
      checkGolden(name, "clean.txt", `${doc.text}\n`),
      checkGolden(name, "lines.txt", linesReport(doc)),
      checkGolden(name, "furniture.txt", furnitureReport(doc)),
    ].filter((p) => p !== null);
    expect(problems).toEqual([]);
  });
});

describe("golden files", () => {
  it("writes a missing golden locally, refuses to under CI=true, and writes -changed on a mismatch", () => {
    const root = mkdtempSync(join(tmpdir(), "civstat-golden-"));
    const ci = process.env.CI;
    try {
      process.env.CI = "true";
      expect(checkGolden("case", "clean.txt", "甲", root)).toMatch(/missing golden/);
      expect(existsSync(join(root, "case", "clean.txt"))).toBe(false);
      delete process.env.CI;
      expect(checkGolden("case", "clean.txt", "甲", root)).toBeNull();
      expect(readFileSync(join(root, "case", "clean.txt"), "utf8")).toBe("甲");
      expect(checkGolden("case", "clean.txt", "乙", root)).toMatch(/differs/);
      expect(readFileSync(join(root, "case", "clean-changed.txt"), "utf8")).toBe("乙");
      expect(checkGolden("case", "clean.txt", "甲", root)).toBeNull();
      expect(existsSync(join(root, "case", "clean-changed.txt"))).toBe(false);
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// PDF and DOCX forms against the text form, paragraph for paragraph.

interface Allowance {
  /** Paragraphs of the text form that may find no equal in the other form. */
  paragraphs: number;
  /** Stretches where the other form's text itself differs (not only its cuts into paragraphs). */
  differing: number;
  why: string;
}

/**
 * What may differ between the text form and the PDF or Word form of each document: the forms
 * were laid out separately, and set some headings in the paragraph they head (run-in), or cut
 * paragraphs elsewhere. Such stretches must still hold the same text; only the PDF tables may not.
 */
const ALLOWANCE: Record<string, Partial<Record<"pdf" | "docx", Allowance>>> = {
  "fumin-2023-32": {
    pdf: {
      paragraphs: 7,
      differing: 0,
      why: "2 run-in headings; 4 paragraphs cut elsewhere; 1 sentence after a full line ending in ！",
    },
    docx: { paragraphs: 6, differing: 0, why: "2 run-in headings; 4 paragraphs cut elsewhere" },
  },
  "fumin-2024-25": {
    pdf: { paragraphs: 3, differing: 0, why: "1 run-in heading; 1 paragraph cut elsewhere" },
    docx: { paragraphs: 3, differing: 0, why: "1 run-in heading; 1 paragraph cut elsewhere" },
  },
  "minminshegong-2021-8": {
    pdf: { paragraphs: 2, differing: 0, why: "1 run-in heading" },
    docx: { paragraphs: 2, differing: 0, why: "1 run-in heading" },
  },
  "shenfubangui-2020-11": {
    pdf: {
      paragraphs: 3,
      differing: 2,
      why: "annex list on one line; 1 sentence after a full line ending in 。; the 2 annex tables come out of the PDF as lines of text, not cells",
    },
    docx: { paragraphs: 2, differing: 0, why: "annex list on one line" },
  },
};

const stems = readdirSync(join(corpus, "txt"))
  .map((file) => basename(file, ".txt"))
  .sort();

const preview = (paragraphs: string[]): string =>
  paragraphs.map((p) => `      ${p.slice(0, 50)}${p.length > 50 ? "…" : ""}`).join("\n");

describe("PDF and DOCX match the text form paragraph for paragraph", () => {
  const figures: string[] = [];
  beforeAll(
    () => () => console.log(`paragraphs of the text form matched in the other form:\n${figures.join("\n")}`),
  );

  it.each(stems.flatMap((stem) => (["pdf", "docx"] as const).map((form) => ({ stem, form }))))(
    "$form/$stem",
    async ({ stem, form }) => {
      const txt = bodyParagraphs(await cleanCorpusFile("txt", `${stem}.txt`));
      const other = bodyParagraphs(await cleanCorpusFile(form, `${stem}.${form}`));
      const { matched, gaps } = alignParagraphs(txt, other);
      const unmatched = gaps.reduce((n, gap) => n + gap.first.length, 0);
      const regrouped = gaps.filter((gap) => gap.regrouped).reduce((n, gap) => n + gap.first.length, 0);
      const differing = gaps.filter((gap) => !gap.regrouped);
      figures.push(
        `  ${form.padEnd(4)} ${stem.padEnd(22)} ${matched}/${txt.length} equal, ${regrouped} more with the same text cut differently, ${differing.length} stretches differing`,
      );
      const allowed = ALLOWANCE[stem]?.[form] ?? { paragraphs: 0, differing: 0, why: "" };
      if (unmatched > allowed.paragraphs || differing.length > allowed.differing) {
        const shown = gaps.map(
          (gap) =>
            `    ${gap.regrouped ? "same text, cut differently" : "DIFFERENT TEXT"}:\n      txt:\n${preview(gap.first)}\n      ${form}:\n${preview(gap.second)}`,
        );
        console.log(
          `${form}/${stem}: ${unmatched} paragraphs unmatched (${allowed.paragraphs} allowed), ${differing.length} differing stretches (${allowed.differing} allowed)\n${shown.join("\n")}`,
        );
      }
      expect(unmatched).toBeLessThanOrEqual(allowed.paragraphs);
      expect(differing.length).toBeLessThanOrEqual(allowed.differing);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Spacing.

describe("spaces", () => {
  it.each([
    ["深 圳 市 福 田 区 民 政 局", "深圳市福田区民政局"],
    ["福民函〔2024〕25 号", "福民函〔2024〕25号"],
    [
      "截至 2024 年 5 月底，福田区登记的社会组织共 751 家，",
      "截至2024年5月底，福田区登记的社会组织共751家，",
    ],
    ["全区社会组织获得 5A 级 16 家、4A 级 18 家", "全区社会组织获得5A级16家、4A级18家"],
    ["区福田区人力资源协会每年举办 HR 研修班", "区福田区人力资源协会每年举办HR研修班"],
    ["认定为 III 类福田英才", "认定为III类福田英才"],
    ["“福田英才荟 3.0”继续实施", "“福田英才荟3.0”继续实施"],
    [
      "助力福田区荣获表彰“2017-2020 年度平安中国建设示范县”",
      "助力福田区荣获表彰“2017-2020年度平安中国建设示范县”",
    ],
    [
      "1.1 为孤弃儿童提供救助服务。 1.2 为老年人提供精神慰藉",
      "1.1为孤弃儿童提供救助服务。1.2为老年人提供精神慰藉",
    ],
    ["服务对象 / 服务单位", "服务对象/服务单位"],
    ["社区党群服务中心 1: (5-8) A", "社区党群服务中心1: (5-8) A"],
    ["70: 1 200: 1", "70: 1 200: 1"],
    ["Social Work Week 社工宣传周", "Social Work Week社工宣传周"],
    ["关于印发　《福田区社会工作扶持激励措施》的通知", "关于印发《福田区社会工作扶持激励措施》的通知"],
    ["（联系人：曾佳雯，  联系电话：82918202）", "（联系人：曾佳雯，联系电话：82918202）"],
    ["孙 月、刘玉英代表", "孙月、刘玉英代表"],
    ["社会救助服务对 象", "社会救助服务对象"],
  ])("%s → %s", (input, expected) => expect(clean(input)).toBe(expected));

  it("closes up a form's letter-spaced key or value a wide gap apart, and leaves cells of lone characters be", () => {
    expect(clean("制表机关:某    某    部")).toBe("制表机关:某某部");
    expect(clean("表    号:XYZ0001 表")).toBe("表号:XYZ0001表");
    // No colon: lone characters in cells (a label and its unit) stay cells.
    expect(clean("乡    个    30")).toBe("乡\t个\t30");
  });

  it("keeps a space between two Han words: a separator chosen by the author", () => {
    expect(clean("根据《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》")).toBe(
      "根据《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》",
    );
    expect(clean("关于进一步加强社会工作专业队伍建设 提升基层服务能力的若干措施")).toBe(
      "关于进一步加强社会工作专业队伍建设 提升基层服务能力的若干措施",
    );
  });

  it("keeps a space after a count closed by its measure word before a Han word: two parts of a headline", () => {
    expect(clean("湖南登记社会组织21060家 社会组织从业人员25.1万人")).toBe(
      "湖南登记社会组织21060家 社会组织从业人员25.1万人",
    );
    // A lone character or a letter-spaced line is still spacing.
    expect(clean("全市共有 2 4 6 9 家 社 会 组 织")).toBe("全市共有2469家社会组织");
  });

  it("closes up a number's digits grouped by thousands with a space or a thin space", () => {
    expect(clean("全省持证社工1 234人，志愿者1 691.47万人，社会组织12\u2009079家。")).toBe(
      "全省持证社工1234人，志愿者1691.47万人，社会组织12079家。",
    );
    expect(clean("全省注册志愿者超过1 600\n万人。")).toBe("全省注册志愿者超过1600万人。");
  });

  it("closes up a space left after a decimal point when the fraction runs on into 万 or %", () => {
    expect(clean("全县志愿者人数4. 6万人，占常住人口的9. 8%。")).toBe(
      "全县志愿者人数4.6万人，占常住人口的9.8%。",
    );
    // A full stop and a new sentence that opens with a year stay apart.
    expect(clean("全年增长8. 2021年以来持续增长。")).toBe("全年增长8. 2021年以来持续增长。");
  });

  it("reads a full stop typed for a decimal point as the point when the fraction runs on into 万 or %", () => {
    expect(clean("全市共有社会组织32。4万个，其中社会团体14。1万个，增长2。6%。")).toBe(
      "全市共有社会组织32.4万个，其中社会团体14.1万个，增长2.6%。",
    );
    // As a PDF's lines give it: a space before the 万, or the line's end between the fraction and it.
    expect(clean("全市共有社会组织 32。4\n万个，其中社会团体 14。1 万个。")).toBe(
      "全市共有社会组织32.4万个，其中社会团体14.1万个。",
    );
    // A sentence that ends on a figure before one that opens with a date or a bare figure stays apart.
    expect(clean("全年共登记12。2023年以来持续增长。共38。6个街道已覆盖。")).toBe(
      "全年共登记12。2023年以来持续增长。共38。6个街道已覆盖。",
    );
  });

  it("keeps numbers apart that stand between spaces, as the cells of a row do", () => {
    expect(clean("社会团体 306 310 1.3")).toBe("社会团体\t306\t310\t1.3");
    expect(clean("社会团体\n306 310")).toBe("社会团体\n306 310");
    expect(clean("据统计，全年 1 234 家社会组织参加年检，较上年有所增加。")).toBe(
      "据统计，全年1 234家社会组织参加年检，较上年有所增加。",
    );
  });

  it("closes up the digits of a line spaced character by character", () => {
    expect(clean("截 至 2 0 2 3 年 底 ， 全 县 社 会 组 织 1 0 5 6 家 ， 增 长 4 . 5 % 。")).toBe(
      "截至2023年底，全县社会组织1056家，增长4.5%。",
    );
    expect(clean("福 民 函 〔 2 0 2 4 〕 2 5 号")).toBe("福民函〔2024〕25号");
    expect(clean("社 会 组 织 共 751 家")).toBe("社会组织共751家");
    expect(clean("2 0 2 3 - 0 5 - 1 8   0 9 : 3 0")).toBe("2023-05-18 09:30");
    expect(clean("1 2 3 4 5 6")).toBe("1 2 3 4 5 6");
    // Only a figure's digits spaced inside a sentence that is not: closed up between its words.
    expect(clean("截至2022年底，某县建成社工站 1 8 个，持证社工 ４ ０ ６ 人。")).toBe(
      "截至2022年底，某县建成社工站18个，持证社工406人。",
    );
    // A row's single-digit figures stay apart.
    expect(clean("社会团体 家 4 6")).toBe("社会团体\t家\t4\t6");
  });

  it("closes up a title spaced character by character, however wide the gaps", () => {
    expect(clean("通\t知")).toBe("通知");
    expect(clean("深    圳    市    民    政    局")).toBe("深圳市民政局");
  });

  it("turns runs of spaces between cells into tabs, keeping empty cells", () => {
    expect(clean("序号    服务领域    服务内容\n高级社会工作师三级    3    14549        13650", "docx")).toBe(
      "序号\t服务领域\t服务内容\n高级社会工作师三级\t3\t14549\t\t13650",
    );
  });

  it("keeps tab-separated cells and a leading empty cell, drops a lone leading tab", () => {
    const doc = normalize(
      rawOf("职级\t档次\t薪级\n\t高级社会工作师二级\t2\t16183\t\n\t福民函〔2023〕32号\n"),
    );
    expect(doc.text).toBe("职级\t档次\t薪级\n\t高级社会工作师二级\t2\t16183\n福民函〔2023〕32号");
    expect(doc.lines.map((l) => l.kind)).toEqual(["table_row", "table_row", "paragraph"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Folding and markup.

describe("full width and brackets", () => {
  it.each([
    ["社会组织共１２３家", "社会组织共123家"],
    ["ＡＢＣ级社会组织", "ABC级社会组织"],
    ["覆盖率达到２１．５％", "覆盖率达到21.5%"],
    ["每人每月３５０元／人", "每人每月350元/人"],
    ["“党建＋社会工作”服务模式", "“党建+社会工作”服务模式"],
    ["福民函[2024]25号", "福民函〔2024〕25号"],
    ["福民函【2024】25号", "福民函〔2024〕25号"],
    ["福民函﹝2024﹞25号", "福民函〔2024〕25号"],
    ["福民函［２０２４］２５号", "福民函〔2024〕25号"],
    ["根据（民发〔2016〕186号）和深府办规(2020)11号", "根据（民发〔2016〕186号）和深府办规〔2020〕11号"],
    ["【重要】社会组织名录［附表］", "【重要】社会组织名录[附表]"],
  ])("%s → %s", (input, expected) => expect(clean(input)).toBe(expected));

  it("keeps Chinese punctuation as it is", () => {
    const text = "一、基本情况：社会团体（含商会）、民办非企业单位；《通知》“两代表”！？";
    expect(clean(text)).toBe(text);
  });

  it("reads radicals a PDF font gave for whole characters as those characters", () => {
    expect(clean("全县从业⼈员1.2万⼈，⺠政部门⻓期⽀持⻔户⽹站建设。")).toBe(
      "全县从业人员1.2万人，民政部门长期支持门户网站建设。",
    );
  });

  it("drops invisible characters and folds odd spaces", () => {
    expect(clean("社会\u200b组织\ufeff共\u00a0751\u2002家")).toBe("社会组织共751家");
  });
});

describe("years in Chinese numerals", () => {
  it.each([
    ["截至二〇二二年底，全县共有社会组织732家。", "截至2022年底，全县共有社会组织732家。"],
    ["二○一九年以来，新增社工站十二个。", "2019年以来，新增社工站十二个。"],
    ["一九九八 年成立", "1998年成立"],
    ["二零二四年五月十日", "2024年五月十日"],
  ])("%s → %s", (input, expected) => expect(clean(input)).toBe(expected));

  it("leaves numerals that are no year: a longer number, a serial number", () => {
    expect(clean("共计三千一九九八年")).toBe("共计三千一九九八年");
    expect(clean("第二〇二三号")).toBe("第二〇二三号");
  });

  it("maps each digit to the numeral it was read from", () => {
    const doc = normalize(rawOf("截至二○二二年底"));
    expect([...doc.map.offset]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("markup and web debris", () => {
  it("removes bold marks, tags and entities", () => {
    expect(clean("一是**聚焦机制完善，提升党建核心组织力**。全市率先开展")).toBe(
      "一是聚焦机制完善，提升党建核心组织力。全市率先开展",
    );
    expect(clean("<p>社会组织共<b>751</b>家&nbsp;（含商会&amp;协会）</p>", "html")).toBe(
      "社会组织共751家（含商会&协会）",
    );
    expect(
      clean("实施&ldquo;十四五&rdquo;规划&hellip;&#x4E00;&frac12;&CounterClockwiseContourIntegral;", "html"),
    ).toBe("实施“十四五”规划…一½∳");
    expect(clean("__重点__工作")).toBe("重点工作");
  });

  it("keeps the stars a template leaves for a year's digits, which are no bold", () => {
    expect(clean("20**年，全区共有社会组织**386**家。")).toBe("20**年，全区共有社会组织386家。");
    expect(clean("截至**2023**年底，共**386**家。")).toBe("截至2023年底，共386家。");
  });

  it("decodes no markup entities in a text file: they are what was typed", () => {
    expect(clean("代码 &lt;script&gt;alert(1)&lt;/script&gt; 与 &amp;nbsp; 原样保留")).toBe(
      "代码&lt;script&gt;alert(1)&lt;/script&gt;与&amp;nbsp;原样保留",
    );
    expect(clean("&#60;b&#62;加粗&#60;/b&#62;")).toBe("&#60;b&#62;加粗&#60;/b&#62;");
  });

  it("decodes in a text file the spaces and quotes a page it was saved from left", () => {
    expect(
      clean(
        "&nbsp;&nbsp;&nbsp;&nbsp;全县共有社会组织&nbsp;518&nbsp;家，&ldquo;五社联动&rdquo;项目&#20845;个。",
      ),
    ).toBe("全县共有社会组织518家，“五社联动”项目六个。");
  });

  it("keeps ASCII angle brackets used as inner title marks", () => {
    expect(clean("出台《福田区落实<深圳市关于提升社会工作服务水平若干措施>的实施方案》")).toBe(
      "出台《福田区落实<深圳市关于提升社会工作服务水平若干措施>的实施方案》",
    );
  });

  it("reads a markdown heading as a heading and a markdown table as cells", () => {
    const doc = normalize(rawOf("# 一、基本情况\n| 类别 | 数量 |\n|---|---|\n| 社会团体 | 306 |\n"));
    expect(doc.text).toBe("一、基本情况\n类别\t数量\n社会团体\t306");
    expect(doc.lines.map((l) => l.kind)).toEqual(["heading", "table_row", "table_row"]);
  });

  it("drops the random characters a forum hides in a post against copying, and keeps rows and codes", () => {
    const post = [
      "截至2023年底，某区登记社会组织412家。 k2 F* 9d Q; x- }, P",
      "7 Y% t& L! Z? c~ R 其中社会团体150家，民办非企业单位262家。",
      "' j4 N+ q8 ]# w3 B",
      "编号 A1 B2 C3 D4 E5 F6 的项目共6个。",
    ].join("\n");
    expect(clean(post).split("\n")).toEqual([
      "截至2023年底，某区登记社会组织412家。",
      "其中社会团体150家，民办非企业单位262家。",
      "编号A1 B2 C3 D4 E5 F6的项目共6个。",
    ]);
    expect(clean("2 4 6 9 1 3 5 7")).toBe("2 4 6 9 1 3 5 7");
    // A Word copy runs the lines together: a run right after a Chinese character goes, and so do the
    // spaces after a run inside a line, which would part the paragraph like a table's cells.
    expect(
      clean(
        "2023-03-02 10:15:20   来源:某某网7 Y% t& L! Z? c~ R    本报讯 截至2023年底，某区登记社会组织412家。 k2 F* 9d Q; x- }, P    其中社会团体150家。",
      ).split("\n"),
    ).toEqual([
      "2023-03-02 10:15:20来源:某某网本报讯 截至2023年底，某区登记社会组织412家。其中社会团体150家。",
    ]);
  });

  it("drops the bracketed words a spam page slips into a sentence, and keeps brackets with figures or marks", () => {
    expect(clean("截至2023年底，某县社会组织[代办营业执照]共386家，其中社会团体[注册海外公司]150家。")).toBe(
      "截至2023年底，某县社会组织共386家，其中社会团体150家。",
    );
    expect(clean("某县持证社工【代写论文】达到860人。")).toBe("某县持证社工达到860人。");
    expect(clean("[县域动态]某县注册志愿者达5.1万人。")).toBe("某县注册志愿者达5.1万人。");
    expect(clean("某县社会组织共386家[1]，[单位：家]")).toBe("某县社会组织共386家[1]，[单位：家]");
    expect(clean("【某县融媒讯】某县注册志愿者达5.1万人。")).toBe("【某县融媒讯】某县注册志愿者达5.1万人。");
  });

  it("drops the comma a mirror puts against each mark of a sentence, and keeps empty cells of a row", () => {
    expect(clean("某县历史悠久。目前,,某县注册志愿者达5.1万,,队伍门类齐全、层次分明,、覆盖广泛,。")).toBe(
      "某县历史悠久。目前,某县注册志愿者达5.1万,队伍门类齐全、层次分明、覆盖广泛。",
    );
    expect(clean("社会团体,306,,310")).toBe("社会团体,306,,310");
  });

  it("leaves out the readers' comments under an article, but not a menu above it that names them", () => {
    const page = [
      "全县注册志愿者达3.2万人。",
      "网友评论",
      "游客 2023-05-01 12:00",
      "我们村志愿者有300人，社区有20个。",
    ];
    expect(clean(page.join("\n"))).toBe("全县注册志愿者达3.2万人。");
    expect(clean(["首页 新闻", "最新评论", "全县注册志愿者达3.2万人。"].join("\n"))).toBe(
      "首页 新闻\n全县注册志愿者达3.2万人。",
    );
  });

  it("leaves out comments headed as a thread of replies (跟帖) or an invitation to write one", () => {
    const thread = ["全县持证社工达到410人。", "网友跟帖", "路人甲：我们街道志愿者有500人"];
    expect(clean(thread.join("\n"))).toBe("全县持证社工达到410人。");
    const invite = ["全县持证社工达到410人。", "我来说两句", "路人乙 2023-06-01：社区社会组织有80家"];
    expect(clean(invite.join("\n"))).toBe("全县持证社工达到410人。");
  });

  it("leaves out the titles a page lists under 推荐阅读 or 猜你喜欢, and keeps the article after a box of them", () => {
    const list = [
      "某区注册志愿者达2.6万人。",
      "推荐阅读",
      "- 邻县社会组织突破900家",
      "- 某省持证社工达到3万人",
    ];
    expect(clean(list.join("\n"))).toBe("某区注册志愿者达2.6万人。");
    const box = [
      "某区注册志愿者达2.6万人。",
      "猜你喜欢：",
      "邻县社会组织突破900家",
      "",
      "某省持证社工达到3万人",
      "同时，某区持证社工共有518人，比上年增加了一成多，在全市排名靠前。",
    ];
    expect(clean(box.join("\n"))).toBe(
      "某区注册志愿者达2.6万人。\n同时，某区持证社工共有518人，比上年增加了一成多，在全市排名靠前。",
    );
    // A menu at the top of a page is no list under an article.
    expect(clean(["相关新闻", "某区注册志愿者达2.6万人。"].join("\n"))).toBe("某区注册志愿者达2.6万人。");
  });

  it("joins a count the line's end cut inside its digits, and leaves a heading's number alone", () => {
    expect(clean("截至2022年底,某县登记社会组织共计13\n06家,其中社会团体4\n87家。")).toBe(
      "截至2022年底,某县登记社会组织共计1306家,其中社会团体487家。",
    );
    expect(clean("截至2022年底,某县共有社会组织1,3\n06家。")).toBe("截至2022年底,某县共有社会组织1,306家。");
    // With no clause before it, the count and the clause mark after it say the figure goes on.
    expect(clean("全县共有社会组织1,3\n06家,其中社会团体487家。")).toBe(
      "全县共有社会组织1,306家,其中社会团体487家。",
    );
    expect(clean("附件2\n2023年某县社会组织名单")).toBe("附件2\n2023年某县社会组织名单");
    // Cut after its decimal point: the fraction and what it counts open the next line.
    expect(clean("全省3.4万家非公有制企业、1.\n02万个社会组织建立了党组织，覆盖率为78.23%。")).toBe(
      "全省3.4万家非公有制企业、1.02万个社会组织建立了党组织，覆盖率为78.23%。",
    );
    expect(clean("第一部分 总体情况1.\n2023年全县社会组织发展情况")).toBe(
      "第一部分 总体情况1.\n2023年全县社会组织发展情况",
    );
  });

  it("joins a sentence a page broke every few words after its marks were made ASCII", () => {
    expect(clean("截至2022年底,某县共有\n社会组织1306家,其中\n社会团体487家。")).toBe(
      "截至2022年底,某县共有社会组织1306家,其中社会团体487家。",
    );
    const chart = [
      "2015-2021年某县社会组织数量统计图",
      "数据来源:某县民政局,某研究院整理",
      "截至2021年底,某县共有",
    ];
    expect(clean([...chart, "社会组织1306家。"].join("\n"))).toBe(
      [...chart.slice(0, 2), "截至2021年底,某县共有社会组织1306家。"].join("\n"),
    );
    expect(clean("某县共有社会组织1,306家。\n某县注册志愿者4.1万人。")).toBe(
      "某县共有社会组织1,306家。\n某县注册志愿者4.1万人。",
    );
  });

  it("joins a sentence a mirror broke with blank lines where blank lines part its paragraphs", () => {
    const page = [
      "某县召开社会组织工作会议。",
      "",
      "会议指出,截至2022年底,某县共有",
      "",
      "社会组织1306家,其中",
      "",
      "社会团体487家。",
      "会上还表彰了一批先进单位和个人。",
      "",
      "二、下步打算",
      "继续做好培育工作。",
    ];
    expect(clean(page.join("\n"))).toBe(
      [
        "某县召开社会组织工作会议。",
        "会议指出,截至2022年底,某县共有社会组织1306家,其中社会团体487家。",
        "会上还表彰了一批先进单位和个人。",
        "二、下步打算",
        "继续做好培育工作。",
      ].join("\n"),
    );
  });

  it("drops the links to the articles before and after this one, and keeps a rule that names the one before", () => {
    const page = [
      "某区注册志愿者达2.6万人。",
      "上一篇：邻县社会组织突破900家",
      "【下一篇】某省持证社工达到3万人",
    ];
    expect(clean(page.join("\n"))).toBe("某区注册志愿者达2.6万人。");
    expect(clean("上一條:鄰縣社會組織突破900家\n某区注册志愿者达2.6万人。")).toBe(
      "某区注册志愿者达2.6万人。",
    );
    expect(clean("上一条规定的社会组织，应当在三十日内报送年度报告。")).toBe(
      "上一条规定的社会组织，应当在三十日内报送年度报告。",
    );
  });

  it("drops a page's counters of readers and comments, in either script, and keeps a sentence with them", () => {
    const page = [
      "全县注册志愿者达3.2万人。",
      "12 人参与 3 条评论（查看）",
      "網友評論",
      "阅读：1024",
      "我要评论",
    ];
    expect(clean(page.join("\n"))).toBe("全县注册志愿者达3.2万人。");
    expect(clean("共有120人参与评论。")).toBe("共有120人参与评论。");
  });

  it("drops a line of keywords a spam site stuffed in, and keeps a list or a span of years", () => {
    const spam = "某某娱乐888-免费影视-热门小说-在线观看-高清视频-游戏下载-精品推荐-午夜影院-福利导航";
    expect(clean(`${spam}\n全市共有社区社会组织1200家。`)).toBe("全市共有社区社会组织1200家。");
    expect(clean("2019-2023年全市社会组织发展规划")).toBe("2019-2023年全市社会组织发展规划");
  });

  it("drops a gambling or adult site's line between the lines of a sentence, and keeps sentences about such things", () => {
    const ad = "澳门赌场 百家乐 皇冠体育 www.example-bet.com";
    expect(clean(`截至2021年底，某市共有社会组织\n${ad}\n2549家，其中社会团体945家。`)).toBe(
      "截至2021年底，某市共有社会组织2549家，其中社会团体945家。",
    );
    expect(clean("久久精品_午夜福利_在线观看|国产自拍\n某县注册志愿者达5.1万人。")).toBe(
      "某县注册志愿者达5.1万人。",
    );
    // A sentence that reports on gambling keeps its full stop; a line naming the lottery's welfare fund is the text's.
    expect(clean("今年共查处赌场3家，收缴彩票机12台。")).toBe("今年共查处赌场3家，收缴彩票机12台。");
    expect(clean("福利彩票公益金 投注站 彩票销售")).toBe("福利彩票公益金 投注站 彩票销售");
  });

  it("puts back a counted noun a spam mirror wrote partly in pinyin (社hui组织, 志yuan者)", () => {
    expect(clean("截至2023年6月底，某市共有社hui组织2210家，社会tuan体1032家，min办非企业单位1178家。")).toBe(
      "截至2023年6月底，某市共有社会组织2210家，社会团体1032家，民办非企业单位1178家。",
    );
    expect(clean("某市持证she工956人，注册志yuan者12.6万人，社會TUAN體88家。")).toBe(
      "某市持证社工956人，注册志愿者12.6万人，社会团体88家。",
    );
    expect(clean("某县社huì组织共412家，其中基jīn会3家。")).toBe("某县社会组织共412家，其中基金会3家。");
    // Latin words beside Chinese that are not a syllable of the noun, or run into other letters, stay.
    expect(clean("某市shequ服务网www.shequ.cn上线，APP社区版同步发布。")).toBe(
      "某市shequ服务网www.shequ.cn上线，APP社区版同步发布。",
    );
  });

  it("keeps a crumb of the paper's name apart from the title, which it says once", () => {
    const page = [
      "某某晚报 > 全区社会组织总数突破五百家",
      "",
      "全区社会组织总数突破五百家",
      "",
      "记者从区民政局获悉，全区社会组织已达512家。",
    ];
    expect(clean(page.join("\n")).split("\n")).toEqual([
      "某某晚报>",
      "全区社会组织总数突破五百家",
      "记者从区民政局获悉，全区社会组织已达512家。",
    ]);
  });

  it("keeps the notes under a title, a byline and an abstract apart from the lines around them", () => {
    const page = [
      "全省持证社会工作者人数稳步增长",
      "更新时间：2024-03-02 09:15",
      "来源：某某资讯网",
      "报名提醒 免费短信通知",
      "摘要 截至2023年底，全省持证社会工作者达4.1万人。",
    ];
    expect(clean(page.join("\n")).split("\n")).toEqual([
      "全省持证社会工作者人数稳步增长",
      "更新时间：2024-03-02 09:15",
      "来源：某某资讯网",
      "报名提醒 免费短信通知",
      "摘要 截至2023年底，全省持证社会工作者达4.1万人。",
    ]);
    // a paper's name set under the title as its byline
    expect(
      clean("全市持证社工超两千人\n某某晚报\n某某晚报讯 记者获悉，全市持证社工达2150人。").split("\n"),
    ).toEqual(["全市持证社工超两千人", "某某晚报", "某某晚报讯 记者获悉，全市持证社工达2150人。"]);
    // a reply's title over the fields of the page's disclosure table
    expect(
      clean(
        "区政协五届二次会议第0312号提案的答复情况 ( 2024-06-18 )\n索取号: 发布机构:\n文件编号: 公开类别: 主动公开",
      ).split("\n"),
    ).toEqual([
      "区政协五届二次会议第0312号提案的答复情况( 2024-06-18 )",
      "索取号:发布机构:",
      "文件编号:公开类别:主动公开",
    ]);
    expect(clean("社工站建设情况介绍\n某某网 2024-05-24 09:26:56 阅读 38").split("\n")).toEqual([
      "社工站建设情况介绍",
      "某某网2024-05-24 09:26:56阅读38",
    ]);
  });

  it("says once a caption a page shows twice, and keeps it out of the lead", () => {
    const page = [
      "志愿者在社区服务站参加培训（资料图片）",
      "",
      "志愿者在社区服务站参加培训（资料图片）",
      "",
      "【某某网讯】记者近日获悉，全市实名注册志愿者已超过85万人。",
    ];
    expect(clean(page.join("\n")).split("\n")).toEqual([
      "志愿者在社区服务站参加培训（资料图片）",
      "【某某网讯】记者近日获悉，全市实名注册志愿者已超过85万人。",
    ]);
  });

  it("gives an article a page copied twice once, and keeps short lines a text repeats", () => {
    const article = [
      "截至2023年底，全区共有社会组织468家，其中社会团体201家。",
      "全区社工站实现镇街全覆盖。",
    ];
    const page = ["全区社会组织发展情况", ...article, "手机版", "全区社会组织发展情况", ...article].join(
      "\n\n",
    );
    expect(clean(page).split("\n")).toEqual([
      "全区社会组织发展情况",
      ...article,
      "手机版",
      "全区社会组织发展情况",
    ]);
    expect(clean("合计\n合计")).toBe("合计\n合计");
    const traditional = "截至2023年底，全區共有社會組織468家，其中社會團體201家。";
    expect(clean([article[0], "繁體版", traditional].join("\n\n")).split("\n")).toEqual([
      article[0],
      "繁体版",
    ]);
  });

  it("drops the links a page sets inside an article, and puts back the paragraph they broke", () => {
    const page = [
      "截至2024年6月底，全县共有社会组织",
      "上一页 1 2 3 下一页",
      "392家，其中基金会4家。",
      "【纠错】【我要打印】【关闭】",
      "点击查看大图",
      "扫描二维码 关注我们",
      "全县社工站覆盖率达100%。",
      "共3页: 上一页 [1] [2] 3 下一页",
      "相关阅读：",
    ];
    expect(clean(page.join("\n")).split("\n")).toEqual([
      "截至2024年6月底，全县共有社会组织392家，其中基金会4家。",
      "全县社工站覆盖率达100%。",
    ]);
    expect(clean("第1页 共有社会组织12家。")).toBe("第1页共有社会组织12家。");
  });

  it("drops lines of web-page commands", () => {
    const page =
      "【字体：大 中 小】【打印】\n深圳市民政局关于印发社会组织等级评估办法的通知\n打印本页 关闭窗口\n";
    expect(clean(page)).toBe("深圳市民政局关于印发社会组织等级评估办法的通知");
    // a government site's switches, and its crumb said 您当前所在位置
    const site =
      "选择语言\n无障碍浏览 | 长者模式\n您当前所在位置: 首页 > 政务公开 > 建议提案\n某区民政局关于区人大三次会议第9号代表建议的答复";
    expect(clean(site).split("\n")).toEqual([
      "您当前所在位置:首页>政务公开>建议提案",
      "某区民政局关于区人大三次会议第9号代表建议的答复",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Joining lines into paragraphs.

/** Set `paragraph` as a printed page would: `width` em a line, the first line indented 2 em. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 2;
  for (const ch of paragraph) {
    const w = /[\x20-\x7e]/.test(ch) ? 0.55 : 1;
    if (used + w > width) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line];
}

describe("joining lines", () => {
  const body = [
    "截至2023年6月，全区共有846名在岗社会工作者（其中项目社工734人，“双百工程”整合和配置112人）、3万余名志愿者（义工）及19家注册社会工作服务组织，覆盖社会救助、社区建设、婚姻家庭、教育辅导、就业援助等多个领域。",
    "今年1月-6月，共为服务对象开启个案1687个，结案135个，建档563个，开展小组、社区活动592节次，提供家访、辅导、咨询服务9279小时。",
  ];

  it("joins hard-wrapped lines (blank line after each) and keeps headings apart", () => {
    const lines = ["一、基本情况", ...wrap(body[0] ?? "", 28), ...wrap(body[1] ?? "", 28), "二、相关做法"];
    const doc = normalize(rawOf(`${lines.join("\n\n")}\n`));
    expect(doc.text.split("\n")).toEqual(["一、基本情况", ...body, "二、相关做法"]);
    expect(doc.lines.map((l) => l.kind)).toEqual(["heading", "paragraph", "paragraph", "heading"]);
  });

  it("puts a number the line's end cut in two back together, at any width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 40 }), fc.constantFrom(...body), (width, paragraph) => {
        const doc = normalize(rawOf(`一、基本情况\n${wrap(paragraph, width).join("\n")}\n`));
        expect(doc.text.split("\n")).toEqual(["一、基本情况", paragraph]);
      }),
      { numRuns: 60 },
    );
  });

  it("still spaces a Latin word and the digits after it", () => {
    const lines = [
      "社会工作服务项目共计开展活动二十余场，其中Version",
      "2为试点版本，本年度在全区推广并已完成验收投入使用。",
    ];
    expect(normalize(rawOf(`${lines.join("\n")}\n`)).text).toContain("Version 2为试点");
  });

  it("joins a word broken between lines of a PDF page and across the page break", () => {
    const [first, ...rest] = wrap(body[0] ?? "", 27);
    const doc = normalize(
      rawOf([`${first}\n${rest.slice(0, 2).join("\n")}\n— 1 —`, `${rest.slice(2).join("\n")}\n— 2 —`], "pdf"),
    );
    expect(doc.text).toBe(body[0]);
    expect(doc.map.page[0]).toBe(1);
    expect(doc.map.page[doc.text.length - 1]).toBe(2);
  });

  it("keeps a title, dates, the signature and an annex heading as lines", () => {
    const text = [
      "关于进一步促进社会组织创新发展的建议",
      "的办理情况报告",
      "张冰、刘思宇、张勇代表：",
      ...wrap(body[1] ?? "", 28),
      "福田区民政局",
      "2022 年 7 月 28 日",
      "（联系人：张麟，联系电话：82918202）",
      "附件 1",
      "深圳市社会工作服务项目服务内容及专业岗位配备表",
      "序号\t服务领域\t服务内容",
    ].join("\n");
    const doc = normalize(rawOf(text));
    expect(doc.text.split("\n")).toEqual([
      "关于进一步促进社会组织创新发展的建议的办理情况报告",
      "张冰、刘思宇、张勇代表：",
      body[1],
      "福田区民政局",
      "2022年7月28日",
      "（联系人：张麟，联系电话：82918202）",
      "附件1",
      "深圳市社会工作服务项目服务内容及专业岗位配备表",
      "序号\t服务领域\t服务内容",
    ]);
    expect(doc.lines.map((l) => l.kind)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "heading",
      "heading",
      "table_row",
    ]);
  });

  it("joins lines of a text with one line a paragraph only where a sentence was cut", () => {
    const text = [
      "（一）加强党对社会工作专业队伍的领导。始终坚持",
      "党管人才的原则，推动社会工作服务机构党的组织和党的工作全覆盖。",
      "（二）明确社会工作的职业任务。社会工作职业任务主要包括帮困扶弱、情绪疏导。",
      "福建省民政厅",
      "中共福建省委组织部",
    ].join("\n\n");
    expect(clean(text).split("\n")).toEqual([
      "（一）加强党对社会工作专业队伍的领导。始终坚持党管人才的原则，推动社会工作服务机构党的组织和党的工作全覆盖。",
      "（二）明确社会工作的职业任务。社会工作职业任务主要包括帮困扶弱、情绪疏导。",
      "福建省民政厅",
      "中共福建省委组织部",
    ]);
  });

  it("keeps the line that says where a web page sits on its site apart from the title and the lead", () => {
    const text = [
      "某市社区志愿者队伍已超过十二万人 提前完成年度任务",
      "当前位置：某某资讯网>新闻>本地>正文  2022-05-06 08:30:00 来源：某某晚报",
      "记者昨日从市文明办获悉，全市在志愿服务平台注册的志愿者已超过12万人，提前完成年度任务。",
    ].join("\n\n");
    expect(clean(text).split("\n")).toEqual([
      "某市社区志愿者队伍已超过十二万人 提前完成年度任务",
      "当前位置：某某资讯网>新闻>本地>正文2022-05-06 08:30:00来源：某某晚报",
      "记者昨日从市文明办获悉，全市在志愿服务平台注册的志愿者已超过12万人，提前完成年度任务。",
    ]);
  });

  it("joins a page's time stamp the line's end cut at a hyphen, in its crumb or its note", () => {
    const text = [
      "某县注册志愿者突破五万人",
      "当前位置：某某资讯网>新闻>本地>正文2023-11-",
      "28 09:15:00来源：某某日报",
      "记者从县文明办获悉，全县注册志愿者已有5.1万人。",
    ].join("\n");
    expect(clean(text).split("\n")).toEqual([
      "某县注册志愿者突破五万人",
      "当前位置：某某资讯网>新闻>本地>正文2023-11-28 09:15:00来源：某某日报",
      "记者从县文明办获悉，全县注册志愿者已有5.1万人。",
    ]);
    // Cut after the year, the month and day go on the next line the same way.
    expect(clean("发布时间：2023-\n11-28\n全县共有社区42个。").split("\n")[0]).toBe("发布时间：2023-11-28");
  });

  it("uses indented first lines (　　) where the text has them", () => {
    const text = [
      "一、基本情况",
      "　　福田区共有十个街道、九十二个社区和一百",
      "零三个党群服务中心，社工站点共一百零二个。",
      "全区共有在岗社会工作者八百四十六名。",
      "　　区民政局连续十年委托第三方专业培训机构",
      "开展社会工作骨干人员能力提升培训项目，包括",
      "考前培训和能力提升培训。",
      "　　每年按要求委托第三方专业评估机构开展",
      "政府购买社会工作服务入库项目评估工作，规范",
      "社工服务项目开展。",
    ].join("\r\n");
    expect(clean(text).split("\n")).toEqual([
      "一、基本情况",
      "福田区共有十个街道、九十二个社区和一百零三个党群服务中心，社工站点共一百零二个。全区共有在岗社会工作者八百四十六名。",
      "区民政局连续十年委托第三方专业培训机构开展社会工作骨干人员能力提升培训项目，包括考前培训和能力提升培训。",
      "每年按要求委托第三方专业评估机构开展政府购买社会工作服务入库项目评估工作，规范社工服务项目开展。",
    ]);
  });

  it("ends paragraphs at blank lines where a text leaves them only between paragraphs", () => {
    const text = [
      "一、基本情况",
      "",
      "福田区共有十个街道、九十二个社区和一百零三个党群",
      "服务中心，社工站点共一百零二个，全区在岗社会工作",
      "者八百四十六名。",
      "",
      "区民政局连续十年委托第三方专业培训机构开展社会工",
      "作骨干人员能力提升培训项目，包括考前培训和能力提",
      "升培训，提升社工的专业技能和职业素质",
      "",
      "每年按要求委托第三方专业评估机构开展政府购买社会",
      "工作服务入库项目评估工作。",
    ].join("\n");
    expect(clean(text).split("\n")).toEqual([
      "一、基本情况",
      "福田区共有十个街道、九十二个社区和一百零三个党群服务中心，社工站点共一百零二个，全区在岗社会工作者八百四十六名。",
      "区民政局连续十年委托第三方专业培训机构开展社会工作骨干人员能力提升培训项目，包括考前培训和能力提升培训，提升社工的专业技能和职业素质",
      "每年按要求委托第三方专业评估机构开展政府购买社会工作服务入库项目评估工作。",
    ]);
  });

  it("ends a paragraph at an ASCII full stop after Chinese text, blank lines or not", () => {
    const text = [
      "某区民政局",
      "",
      "  一,基本情况",
      "",
      "  全区现有街道8个,社区96个.截至2023年6月底,全区登记社会组织共计410家,其中社会团体150家.",
      "",
      "  全区建成社工站(点)52个,持证社会工作者1,280人;注册志愿者6.1万人.",
      "",
      "  二,下一步工作",
      "",
      "  (一)推进社工站提质增效.",
    ].join("\n");
    expect(clean(text).split("\n")).toEqual([
      "某区民政局",
      "一,基本情况",
      "全区现有街道8个,社区96个.截至2023年6月底,全区登记社会组织共计410家,其中社会团体150家.",
      "全区建成社工站(点)52个,持证社会工作者1,280人;注册志愿者6.1万人.",
      "二,下一步工作",
      "(一)推进社工站提质增效.",
    ]);
  });

  it("splits a signature date from the contact note and a trailing document number", () => {
    expect(
      clean("2023年8月1日（联系人：曾佳雯，联系电话：83506952）福民函〔2023〕32号", "docx").split("\n"),
    ).toEqual(["2023年8月1日", "（联系人：曾佳雯，联系电话：83506952）", "福民函〔2023〕32号"]);
  });

  it("never joins Word paragraphs", () => {
    expect(clean("在政策支持方面，出台“人才服务联盟支持”\n“商协会人才奖励”专项政策", "docx")).toBe(
      "在政策支持方面，出台“人才服务联盟支持”\n“商协会人才奖励”专项政策",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Page furniture.

describe("page furniture", () => {
  const pages = (footers: string[]) =>
    footers.map((footer, i) => `深圳市福田区民政局文件\n第${i + 1}部分的正文内容。\n${footer}`);

  it.each([
    ["— n —", (n: number) => `— ${n} —`],
    ["-n-", (n: number) => `-${n}-`],
    ["- n -", (n: number) => `- ${n} -`],
    ["第 n 页", (n: number) => `第 ${n} 页`],
    ["第n页 共4页", (n: number) => `第${n}页 共4页`],
    ["n/4", (n: number) => `${n}/4`],
  ])("removes %s footers and a running header from the body", (_, footer) => {
    const doc = normalize(rawOf(pages([1, 2, 3, 4].map(footer)), "pdf"));
    expect(doc.text.split("\n")).toEqual([1, 2, 3, 4].map((n) => `第${n}部分的正文内容。`));
    expect(doc.furniture.filter((f) => f.kind === "footer").map((f) => f.page)).toEqual([1, 2, 3, 4]);
    expect(doc.furniture.filter((f) => f.kind === "header").map((f) => f.text)).toEqual(
      Array(4).fill("深圳市福田区民政局文件"),
    );
  });

  it("takes pdf-parse page markers and page numbers out of a text file too", () => {
    const doc = normalize(rawOf("社会组织共751家，\n-- 1 of 2 --\n\n分别为社会团体306家。\n第 2 页\n"));
    expect(doc.furniture).toEqual([
      { kind: "page_marker", page: null, text: "-- 1 of 2 --" },
      { kind: "page_marker", page: null, text: "第2页" },
    ]);
  });

  it("removes a bare page number at the foot of a page only when it is the page's number", () => {
    const doc = normalize(rawOf(["第一部分正文。\n1", "第二部分正文。\n2", "第三部分正文。\n306"], "pdf"));
    expect(doc.text).toBe("第一部分正文。\n第二部分正文。\n第三部分正文。\n306");
    expect(doc.furniture.map((f) => f.text)).toEqual(["1", "2"]);
  });

  it("does not take a repeated line in the body for a running header", () => {
    const doc = normalize(rawOf(["甲\n合计\n结束", "乙\n合计\n结束", "丙\n合计\n结束"], "pdf"));
    expect(doc.text).toContain("合计");
  });
});

// ---------------------------------------------------------------------------------------------
// Traditional to simplified.

describe("simplification", () => {
  it("simplifies the text and keeps the original, with one map for both", () => {
    const doc = normalize(rawOf("關於進一步加強社會組織建設的通知\n截至2024年，全區社會組織共751家。"));
    expect(doc.text).toBe("关于进一步加强社会组织建设的通知\n截至2024年，全区社会组织共751家。");
    expect(doc.original).toBe("關於進一步加強社會組織建設的通知\n截至2024年，全區社會組織共751家。");
    expect(doc.original.length).toBe(doc.text.length);
    expect(doc.map.offset.length).toBe(doc.text.length);
    expect(doc.lines[0]?.kind).toBe("heading");
  });

  it("converts phrases as phrases where that keeps the length", () => {
    expect(clean("頭髮")).toBe("头发");
    expect(clean("乾隆年間")).toBe("乾隆年间");
  });
});

// ---------------------------------------------------------------------------------------------
// The source map.

const pieces = [
  "深",
  "圳",
  "社会",
  "組織",
  "共",
  "751",
  "家",
  "２０２４",
  "年",
  "，",
  "。",
  "；",
  "：",
  "（",
  "）",
  "“",
  "”",
  "《",
  "》",
  "、",
  " ",
  "  ",
  "    ",
  "\t",
  "\u3000",
  "\n",
  "\n\n",
  "\r\n",
  "**",
  "__",
  "# ",
  "<b>",
  "</p>",
  "&nbsp;",
  "&amp;",
  "— 1 —",
  "第 2 页",
  "-- 3 of 4 --",
  "打印本页",
  "关闭窗口",
  "一、",
  "（一）",
  "附件1",
  "福民函[2024]25号",
  "HR",
  "III",
  "1.5",
  "%",
  "😀",
  "𠀋",
  "\u200b",
  "A",
  "z",
];

const rawDocument = fc
  .record({
    format: fc.constantFrom<Format>("txt", "docx", "pdf"),
    pages: fc.array(
      fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join("")),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  })
  .map(({ format, pages }) => (format === "pdf" ? rawOf(pages, "pdf") : rawOf(pages.join("\n"), format)));

describe("source map", () => {
  it("always has the text's length and points inside the raw pages", () => {
    fc.assert(
      fc.property(rawDocument, (raw) => {
        const doc = normalize(raw);
        expect(doc.original.length).toBe(doc.text.length);
        expect(doc.map.page.length).toBe(doc.text.length);
        expect(doc.map.offset.length).toBe(doc.text.length);
        // Checked character by character, the faults gathered and compared once.
        const faults: string[] = [];
        for (let i = 0; i < doc.text.length; i++) {
          const page = doc.map.page[i] ?? -1;
          const rawPage = raw.pages.find((p) => (p.number ?? 0) === page);
          const offset = doc.map.offset[i] ?? -1;
          if (!rawPage) faults.push(`${i}: page ${page} is not a raw page`);
          else if (offset < 0 || offset >= rawPage.text.length)
            faults.push(`${i}: offset ${offset} outside page ${page} (${rawPage.text.length})`);
          // A Han character is never made up: it is the raw character at its offset.
          const ch = doc.original[i] ?? "";
          if (/\p{Script=Han}/u.test(ch) && rawPage?.text[offset] !== ch)
            faults.push(`${i}: ${ch} is ${rawPage?.text[offset]} in the raw page`);
        }
        let end = 0;
        for (const line of doc.lines) {
          if (line.start < end || line.end <= line.start)
            faults.push(`line ${line.start}–${line.end} after ${end}`);
          end = line.end;
        }
        expect(faults).toEqual([]);
        expect(end).toBe(doc.text.length);
      }),
      { numRuns: 300 },
    );
  });

  it("holds for any string, surrogates and control characters included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: anyCharacter, maxLength: 80 }), { minLength: 1, maxLength: 3 }),
        (pages) => {
          const raw = rawOf(pages, "pdf");
          const doc = normalize(raw);
          expect(doc.map.offset.length).toBe(doc.text.length);
          const outside: number[] = [];
          for (let i = 0; i < doc.text.length; i++) {
            const page = raw.pages[(doc.map.page[i] ?? 0) - 1];
            if (!((doc.map.offset[i] ?? 0) < (page?.text.length ?? 0))) outside.push(i);
          }
          expect(outside).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("points each character of a real document at its source", async () => {
    const doc = await cleanCorpusFile("pdf", "fumin-2024-25.pdf");
    const at = doc.text.indexOf("共751家");
    const page = doc.map.page[at] ?? 0;
    const offset = doc.map.offset[at] ?? 0;
    expect(page).toBe(1);
    expect(doc.raw.pages[page - 1]?.text.slice(offset, offset + 7)).toBe("共 751 家");
  });
});

describe("a line cut inside a sentence", () => {
  it("goes on into the next line that ends the sentence, however short it is", () => {
    const text =
      "全区登记社会组织 618 家，其中社会团体 203 家、民办非企\n\n业单位 415 家。\n\n二、主要做法\n";
    const doc = normalize({
      path: "/t.txt",
      file: "t.txt",
      format: "txt",
      sha256: "t",
      bytes: text.length,
      encoding: "utf-8",
      pages: [{ number: null, text }],
      warnings: [],
    });
    expect(doc.text).toBe("全区登记社会组织618家，其中社会团体203家、民办非企业单位415家。\n二、主要做法");
  });

  it("puts a figure back with the measure word or year the line broke it from", () => {
    expect(clean("截至2022\n年末，全县共有社会组织732\n家，持证社工1.5万\n人，志愿者3万余\n名。")).toBe(
      "截至2022年末，全县共有社会组织732家，持证社工1.5万人，志愿者3万余名。",
    );
    expect(clean("全市社会组织总数为1204\n个,比上年增长6.5\n%。")).toBe(
      "全市社会组织总数为1204个,比上年增长6.5%。",
    );
    expect(clean("一、基本情况\n2019\n年以来，全区新增社区社会组织86\n家。")).toBe(
      "一、基本情况\n2019年以来，全区新增社区社会组织86家。",
    );
  });

  it("puts back a figure a web page set apart from the words before it, or on a line of its own", () => {
    expect(
      clean("截至2023年底，全县登记社会组织\n1056家，其中社会团体\n412家、民办非企业单位\n630家。"),
    ).toBe("截至2023年底，全县登记社会组织1056家，其中社会团体412家、民办非企业单位630家。");
    expect(clean("截至2023年底，全县登记社会组织\n1056\n家，持证社工\n2.3\n万人。\n二、主要做法")).toBe(
      "截至2023年底，全县登记社会组织1056家，持证社工2.3万人。\n二、主要做法",
    );
  });

  it("joins a sentence a web page broke every few words, each piece cut after a clause mark", () => {
    const lines = [
      "截至2024年6月底，全县共有",
      "社会组织386家，其中",
      "社会团体150家、",
      "基金会3家。",
      "二、主要做法",
    ];
    expect(clean(lines.join("\n")).split("\n")).toEqual([
      "截至2024年6月底，全县共有社会组织386家，其中社会团体150家、基金会3家。",
      "二、主要做法",
    ]);
  });

  it("puts back a count a page set on the next line after a noun with no clause mark before it", () => {
    expect(clean("全县共有社会组织\n386家，其中基金会3家。")).toBe("全县共有社会组织386家，其中基金会3家。");
    expect(clean("全县建成社工站（点）\n42个。")).toBe("全县建成社工站（点）42个。");
    expect(clean("全县持证社会工作者\n1.2万人；")).toBe("全县持证社会工作者1.2万人；");
    // A title, a date or a photo's caption ends its line all the same.
    expect(clean("关于全县社会组织发展情况的报告\n386家，其中基金会3家。").split("\n")).toHaveLength(2);
    expect(clean("2024年3月1日\n386家，其中基金会3家。").split("\n")).toHaveLength(2);
    expect(clean("志愿者在社区服务（资料图片）\n386家，其中基金会3家。").split("\n")).toHaveLength(2);
    expect(clean("全县共有社会组织\n386\n家\n，其中基金会3家。")).toBe(
      "全县共有社会组织386家，其中基金会3家。",
    );
    expect(clean("第三章 发展情况\n2\n年来，全县…").split("\n")).toHaveLength(3);
    // A count with no clause mark after it may open a sentence: 120家社会组织参加…
    expect(clean("全县社会组织发展情况\n120家社会组织参加了年检。").split("\n")).toHaveLength(2);
  });

  it("keeps a photo's caption apart from the paragraph under it", () => {
    const page = ["社区志愿者为老人义务理发（资料图片）", "记者从县民政局获悉，全县注册志愿者已超过6万人。"];
    expect(clean(page.join("\n")).split("\n")).toEqual(page);
    const credited = ["志愿者在社区开展服务。新华社记者 王某 摄", "全县注册志愿者已超过6万人。"];
    expect(clean(credited.join("\n")).split("\n")).toEqual([
      "志愿者在社区开展服务。新华社记者 王某摄",
      credited[1],
    ]);
  });

  it("keeps a heading or title apart from a paragraph that opens with a count or a year", () => {
    expect(clean("一、社会组织发展情况\n1056家社会组织参加年检。")).toBe(
      "一、社会组织发展情况\n1056家社会组织参加年检。",
    );
    expect(clean("全县社会组织健康发展\n1056家社会组织参加年检。")).toBe(
      "全县社会组织健康发展\n1056家社会组织参加年检。",
    );
    expect(clean("一、基本情况，主要做法\n2023年，全县新增社会组织56家。")).toBe(
      "一、基本情况，主要做法\n2023年，全县新增社会组织56家。",
    );
  });

  it("keeps apart a line that only ends in a number: a code, a page number, a row of cells", () => {
    expect(clean("咨询电话：0571-8765432\n人社部门负责解释。")).toBe(
      "咨询电话：0571-8765432\n人社部门负责解释。",
    );
    expect(clean("社会团体 | 个 | 306\n人员 | 名 | 85")).not.toContain("306人员");
    expect(clean("二、工作成效\n12\n个人养老金账户开通工作推进顺利。")).not.toContain("12个人");
  });
});

describe("a PDF's lines wrapped by the printed width", () => {
  const line = "全区持证社工逐年增加:二〇二〇年不到二百人,二〇二一年达到三百人;";
  it("puts back a year cut after a clause mark (…;2 / 023年), with no space inside it", () => {
    const text = clean([[`${line}2`, "023年已有412人，其中中级持证者58人。", "—1—"].join("\n")], "pdf");
    expect(text).toContain(";2023年已有412人");
  });
  it("goes on after a full line that ends a clause of a list with a semicolon", () => {
    const lines = [
      "据区民政局统计，本区社会工作服务机构数量逐年增加，服务",
      "领域不断拓展：2018年只有12家;2019年达到18家;2020年超过",
      "25家;2021年达到31家;2022年超过40家;2023年达到46家;",
      "2024年超过53家。",
      "区社会工作协会现有会员单位五十余家，覆盖养老助残儿童等",
      "服务与社区矫正等多个领域，每年服务居民两万余人次，受到",
      "好评。",
      "—1—",
    ];
    const text = clean([lines.join("\n")], "pdf");
    expect(text).toContain("2023年达到46家;2024年超过53家。");
    // A full line ending with a full stop still ends its paragraph where the next line is short.
    lines[2] = "25家;2021年达到31家;2022年超过40家;2023年达到46家。";
    expect(clean([lines.join("\n")], "pdf")).toContain("2023年达到46家。\n2024年超过53家。");
  });

  it("joins a web address the line's end cut, with no space inside it", () => {
    const lines = [
      "某市社工宣传周启动，全市共有社工服务机构86家，持证社工3120人，遍布各街道社区。",
      "本文来源:http://news.example.org/soc",
      "ial/2015/0412/2231.shtml",
      "—1—",
    ];
    const text = clean([lines.join("\n")], "pdf");
    expect(text).toContain("本文来源:http://news.example.org/social/2015/0412/2231.shtml");
    // A whole address before a date or a sentence is not run into them.
    const whole = clean(
      [["网址:www.example.gov.cn", "2015.4.12", "全市共有社工服务机构86家。", "—1—"].join("\n")],
      "pdf",
    );
    expect(whole).not.toContain("cn2015");
  });

  it("drops a pinyin gloss the line's end cut (聯(li / án)絡), as one on a single line", () => {
    const text = clean(
      [
        [
          "街道社工站負責與居民保持聯(li",
          "án)絡，本年共走訪困難家庭三百二十戶，建立檔案二百一十份，轉介服務四十五次。",
          "—1—",
        ].join("\n"),
      ],
      "pdf",
    );
    expect(text).toContain("保持联络");
  });

  it("keeps a page's dateline with its notes run on (2020-09-18来源：…) off the lead under it", () => {
    expect(
      clean(
        "2020-09-18 来源：某某日报 作者：记者 某某某 责任编辑：某某\n全县城乡社区达到150个，其中城市社区40个。",
      ),
    ).toBe(
      "2020-09-18来源：某某日报 作者：记者 某某某 责任编辑：某某\n全县城乡社区达到150个，其中城市社区40个。",
    );
  });

  it("joins a grade the line's end cut from its 级 (…4A / 级85家)", () => {
    const text = clean(
      [
        [
          "全县累计评出5A级社会组织3家、4A",
          "级85家、3A级140家，共计228家，其余社会组织将在明年参加评估工作。",
          "—1—",
        ].join("\n"),
      ],
      "pdf",
    );
    expect(text).toContain("4A级85家");
  });

  it("takes out a gloss the line's end pushed to the next line, and one the join split with a space", () => {
    const pushed = clean([["持證社工一千三百人，社會", "(huì)組織二千一百家。"].join("\n")], "pdf");
    expect(pushed).toBe("持证社工一千三百人，社会组织二千一百家。");
    const split = clean(
      [["全縣持證社工一千三百人，社會(h", "uì)組織二千一百家，社工站五十二個。"].join("\n")],
      "pdf",
    );
    expect(split).toBe("全县持证社工一千三百人，社会组织二千一百家，社工站五十二个。");
  });
});
