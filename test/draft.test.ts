import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chineseDate, figureText, measureWord, periodEnd, tidyTitle } from "../research/chineseText.js";
import { mergeCitations, type Segment, type Source, sourceText } from "../research/draft.js";
import { covers, series } from "../research/draftFigures.js";
import type { Point } from "../schemas/point.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { checkGolden } from "./helpers/golden.js";
import { run } from "./helpers/io.js";
import { unzip } from "./helpers/zip.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt", "docx", "pdf"]);
});
afterAll(() => corpus?.remove());

const draft = (...args: string[]) => run(["draft", "--region", "福田区", ...args, "--db", corpus.path]);

/** The paragraph without its footnote references. */
const prose = (markdown: string) => (markdown.split("\n")[2] ?? "").replace(/\[\^\d+\]/g, "");

describe("civstat draft on the sample corpus", () => {
  it.each(["social_org", "social_work", "community"])(
    "writes the %s paragraph (golden Markdown)",
    async (topic) => {
      const result = await draft("--topic", topic);
      expect(result.code).toBe(0);
      expect(checkGolden("draft", `${topic}.md`, result.stdout)).toBeNull();
    },
  );

  it("gives the social organisations' latest figures, breakdown and change since 2022-06-30", async () => {
    const { stdout } = await draft("--topic", "social_org");
    expect(prose(stdout)).toMatch(
      /^截至2024年5月31日，福田区登记的社会组织共751家，其中社会团体306家（含行业协会商会32家）、民办非企业单位445家；较2022年6月30日的765家减少14家。/,
    );
  });

  it("footnotes each figure with its document number and page", async () => {
    const { stdout } = await draft("--topic", "social_org");
    const [paragraph] = stdout.split("\n").slice(2);
    expect(paragraph).toContain("民办非企业单位445家[^1]；较2022年6月30日的765家[^2]减少14家。");
    const notes = Object.fromEntries(
      stdout
        .split("\n")
        .filter((l) => l.startsWith("[^"))
        .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]),
    );
    expect(notes["[^1]"]).toBe(
      "深圳市福田区民政局《关于建立社会组织人才保障体系的建议第20240061号的答复》（福民函〔2024〕25号），2024年6月7日，第1页。",
    );
    expect(notes["[^2]"]).toMatch(/（福民函〔2022〕27号），2022年7月28日，第1页。$/);
    // Every reference has its note and every note is referred to.
    const refs = new Set(paragraph?.match(/\[\^\d+\]/g));
    expect([...refs].sort()).toEqual(Object.keys(notes).sort());
  });

  it("takes the figures up to --as-of: 765 on 2022-06-30 against 811 for 2021", async () => {
    const { stdout, code } = await draft("--topic", "social_org", "--as-of", "2023-12-31");
    expect(code).toBe(0);
    expect(prose(stdout)).toMatch(
      /^截至2022年6月30日，福田区登记的社会组织共765家，其中社会团体292家（含行业协会商会22家）、民办非企业单位473家；/,
    );
    expect(prose(stdout)).toContain("社会组织较2021年的811家减少46家");
    expect(stdout).not.toContain("751");
  });

  it("says which regions have figures when the asked one has none, and exits 1", async () => {
    const result = await draft("--topic", "social_org", "--as-of", "2020");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "civstat draft: no social_org figures for 福田区 up to 2020-12-31; regions with social_org figures: 福田区\n",
    );
    expect((await draft("--topic", "pensions")).code).toBe(2);
    expect((await draft("--topic", "social_org", "--format", "docx")).code).toBe(2);
  });

  it("writes a .docx with the title, a serif CJK body and real footnotes", async () => {
    const out = join(corpus.dir, "基本情况.docx");
    const result = await draft("--topic", "social_org", "--out", out);
    expect(result.code).toBe(0);
    const bytes = readFileSync(out);
    const entries = unzip(bytes);
    const document = entries.get("word/document.xml")?.toString("utf8") ?? "";
    const footnotes = entries.get("word/footnotes.xml")?.toString("utf8") ?? "";
    const styles = entries.get("word/styles.xml")?.toString("utf8") ?? "";
    expect(document).toContain("福田区社会组织基本情况");
    expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(5);
    expect(footnotes).toContain("（福民函〔2024〕25号），2024年6月7日，第1页。");
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    // Another reader opens it: mammoth turns the footnotes into a list at the end.
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain("截至2024年5月31日，福田区登记的社会组织共751家");
    expect(html).toMatch(/<li id="footnote-1">/);
  });

  it("has in its parts the footnotes citing its sources, a PAGE field in its footer and the CJK fonts", async () => {
    const out = join(corpus.dir, "structure.docx");
    expect((await draft("--topic", "social_org", "--out", out)).code).toBe(0);
    const parts = unzip(readFileSync(out));
    const part = (name: string) => parts.get(name)?.toString("utf8") ?? "";
    const document = part("word/document.xml");
    const types = part("[Content_Types].xml");
    const rels = new Map(
      [...part("word/_rels/document.xml.rels").matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => {
        const at = (name: string) => m[1]?.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? "";
        return [at("Id"), { type: at("Type").replace(/.*\//, ""), target: at("Target") }];
      }),
    );
    const related = (type: string) => [...rels.values()].filter((r) => r.type === type).map((r) => r.target);

    // Footnotes: a part the document names, one note a reference, each the source the Markdown cites.
    expect(related("footnotes")).toEqual(["footnotes.xml"]);
    expect(types).toContain('PartName="/word/footnotes.xml"');
    const notes = [
      ...part("word/footnotes.xml").matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g),
    ]
      .filter((m) => Number(m[1]) > 0)
      .map((m) => [m[1], [...(m[2] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")]);
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(notes.map(([id]) => id));
    const markdown = (await draft("--topic", "social_org")).stdout;
    const cited = markdown
      .split("\n")
      .filter((l) => /^\[\^\d+\]: /.test(l))
      .map((l) => l.replace(/^\[\^\d+\]: /, ""));
    expect(new Set(notes.map(([, text]) => text))).toEqual(new Set(cited));
    expect(cited.length).toBeGreaterThanOrEqual(2);

    // Page numbers: the section's default footer holds a PAGE field (begin, instruction, end).
    const footerId =
      document.match(/<w:sectPr>.*<w:footerReference w:type="default" r:id="(\w+)"\/>/)?.[1] ?? "";
    const footerPart = rels.get(footerId);
    expect(footerPart?.type).toBe("footer");
    expect(types).toContain(`PartName="/word/${footerPart?.target}"`);
    const footer = part(`word/${footerPart?.target}`);
    const field = footer.match(
      /<w:fldChar w:fldCharType="begin"\/>.*?<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>.*?<w:fldChar w:fldCharType="end"\/>/,
    );
    expect(field).not.toBeNull();
    expect(footer).toMatch(/<w:t[^>]*>— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/);

    // Fonts: 仿宋_GB2312 for the body and the notes, 方正小标宋简体 for the title, 宋体 for page numbers;
    // Latin letters and digits in Times New Roman.
    const styles = part("word/styles.xml");
    const eastAsia = (xml: string) =>
      [...xml.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]*)"/g)].map((m) => m[1]);
    const styleXml = (id: string) =>
      styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? "";
    expect(eastAsia(styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? "")).toEqual([
      "仿宋_GB2312",
    ]);
    expect(eastAsia(styleXml("FootnoteText"))).toEqual(["仿宋_GB2312"]);
    expect(new Set(eastAsia(document))).toEqual(new Set(["方正小标宋简体"]));
    expect(new Set(eastAsia(footer))).toEqual(new Set(["宋体"]));
    for (const xml of [styles, document, footer])
      for (const fonts of xml.matchAll(/<w:rFonts [^>]*\/>/g))
        expect(fonts[0]).toContain('w:ascii="Times New Roman"');
  });

  // The visual check needs LibreOffice; the structure above is checked everywhere.
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
  const visual = soffice
    ? "opens in LibreOffice and converts to PDF"
    : "opens in LibreOffice (skipped: no soffice in /usr/bin or /usr/local/bin)";
  it.skipIf(!soffice)(
    visual,
    async () => {
      const out = join(corpus.dir, "lo.docx");
      expect((await draft("--topic", "social_work", "--out", out)).code).toBe(0);
      execFileSync(soffice as string, ["--headless", "--convert-to", "pdf", "--outdir", corpus.dir, out], {
        stdio: "ignore",
        timeout: 120_000,
      });
      expect(readFileSync(join(corpus.dir, "lo.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    },
    150_000,
  );
});

const point = (as_of: string, value: number, issued = "2024-06-07"): Point => {
  const precision = as_of.length === 4 ? "year" : as_of.length === 7 ? "month" : "day";
  return {
    metric: "social_org.total",
    region: "福田区",
    as_of,
    precision,
    period_end: periodEnd(as_of) as string,
    value,
    unit: "org",
    qualifier: "exact",
    subject: "社会组织",
    quantity_text: `${value}家`,
    doc_number: `doc-${issued}`,
    issued,
    issuer: null,
    title: null,
    file: "x.pdf",
    format: "pdf",
    page: 1,
    snippet: "",
    doc_id: `id-${issued}`,
    fact_id: value,
    as_of_source: "sentence",
    counted: "社会组织",
  };
};

describe("a series' figures", () => {
  it("lets a dated figure stand for its year: 765 (2022-06-30) is the figure before 751, not 766 (2022)", () => {
    const points = [
      point("2021", 811),
      point("2022-06-30", 765),
      point("2022", 766),
      point("2024-05-31", 751),
    ];
    expect(series(points, "social_org.total").map((p) => p.value)).toEqual([811, 765, 751]);
    expect(covers(point("2022", 766), point("2022-06-30", 765))).toBe(true);
    expect(covers(point("2022-06", 1), point("2022-06-30", 2))).toBe(true);
    expect(covers(point("2022", 766), point("2023-06-30", 765))).toBe(false);
  });

  it("stops at --as-of and takes the later document when two disagree on a date", () => {
    const points = [
      point("2022-06-30", 765, "2022-07-28"),
      point("2022-06-30", 764, "2023-01-01"),
      point("2024-05-31", 751),
    ];
    expect(series(points, "social_org.total", "2023-12-31").map((p) => p.value)).toEqual([764]);
  });
});

describe("Chinese text", () => {
  it("writes dates, figures and titles as replies do", () => {
    expect(chineseDate("2024-05-31")).toBe("2024年5月31日");
    expect(chineseDate("2023-06")).toBe("2023年6月");
    expect(chineseDate("2022")).toBe("2022年");
    expect(figureText(30000, "more_than", measureWord("3万余名", "person"))).toBe("3万余名");
    expect(figureText(751, "exact", measureWord("751", "org"))).toBe("751家");
    expect(figureText(2000, "nearly", "家")).toBe("近2000家");
    expect(tidyTitle("关于进一步促进社会组织创新发展的建议 的办理情况报告")).toBe(
      "关于进一步促进社会组织创新发展的建议的办理情况报告",
    );
  });

  it("reads --as-of dates", () => {
    expect(periodEnd("2023-12-31")).toBe("2023-12-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2023")).toBe("2023-12-31");
    expect(periodEnd("2023年6月底")).toBe("2023-06-30");
    expect(periodEnd("2023-13-01")).toBeNull();
    expect(periodEnd("soon")).toBeNull();
  });

  it("cites a document without page or number plainly", () => {
    const source: Source = {
      key: "k",
      docNumber: null,
      title: null,
      issuer: null,
      issued: "2024-01-02",
      page: null,
      file: "notes.txt",
    };
    expect(sourceText(source)).toBe("notes.txt，2024年1月2日。");
  });

  it("keeps one reference where figures of one source follow each other within a clause", () => {
    const a: Source = {
      key: "a",
      docNumber: "A",
      title: null,
      issuer: null,
      issued: null,
      page: 1,
      file: "a",
    };
    const b: Source = { ...a, key: "b", docNumber: "B" };
    const segments: Segment[] = [
      { text: "共751家" },
      { cite: a },
      { text: "，其中306家" },
      { cite: a },
      { text: "；较765家" },
      { cite: b },
      { text: "减少14家。" },
      { text: "另" },
      { cite: a },
    ];
    expect(mergeCitations(segments)).toEqual([
      { text: "共751家，其中306家" },
      { cite: a },
      { text: "；较765家" },
      { cite: b },
      { text: "减少14家。另" },
      { cite: a },
    ]);
  });
});
