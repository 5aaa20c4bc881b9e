import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "../report/markdown.js";
import { renderReport, reportLinks, runNotebook } from "../report/report.js";
import type { CorpusDb } from "./helpers/corpusDb.js";
import { checkGolden } from "./helpers/golden.js";
import { run } from "./helpers/io.js";
import { reportDatabase } from "./helpers/reportDb.js";

const ROOT = join(import.meta.dirname, "..");
const BUILT_IN: [string, string[]][] = [
  ["trends", []],
  ["annual", ["year=2024"]],
  ["corpus", []],
];

let db: CorpusDb;
beforeAll(async () => {
  db = await reportDatabase();
});
afterAll(() => db?.remove());

const flags = (params: string[]) => new Map(params.map((p) => p.split("=") as [string, string]));

// A notebook run on the same database gives the same Markdown: each is run once for the file's tests.
const rendered = new Map<string, Promise<string>>();
function markdownOf(notebook: string, params: string[] = []): Promise<string> {
  const key = [notebook, ...params].join("\0");
  const cached = rendered.get(key);
  if (cached) return cached;
  const markdown = runNotebook(notebook, db.path, flags(params), ROOT).then((report) =>
    renderMarkdown(report, reportLinks(notebook.replace(/^.*\/|\.md$/g, ""), "png")),
  );
  rendered.set(key, markdown);
  return markdown;
}

describe("built-in notebooks on the sample corpus", () => {
  it.each(BUILT_IN)("%s matches its golden Markdown", async (name, params) => {
    const markdown = await markdownOf(`notebooks/${name}.md`, params);
    expect(checkGolden("reports", `${name}.md`, markdown)).toBeNull();
  });

  it("trends shows 福田区 社会组织 811, 765 with 766 flagged, and 751, with the changes", async () => {
    const markdown = await markdownOf("notebooks/trends.md");
    const section = markdown.split("### 福田区 · 社会组织（家）")[1]?.split("\n### ")[0] ?? "";
    const rows = section.split("\n").filter((l) => /^\| \d{4}年/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| 2021年 \| 811 \| — \| — \| 福民函〔2022〕27号 第4页\[\^\d+\] \| — \|$/);
    expect(rows[1]).toMatch(
      /^\| 2022年6月30日 \| 765 \| -46 \| -5\.7% \| 福民函〔2022〕27号 第1页\[\^\d+\] \| ⚠ 2022年另报766\[\^\d+\] \|$/,
    );
    expect(rows[2]).toMatch(
      /^\| 2024年5月31日 \| 751 \| -14 \| -1\.8% \| 福民函〔2024〕25号 第1页\[\^\d+\] \| — \|$/,
    );
    expect(section).toContain("![折线图：福田区 · 社会组织（家）（3个数据点，另报1个）]");
    const conflictNote = /⚠ 2022年另报766\[\^(\d+)\]/.exec(rows[1] ?? "")?.[1];
    expect(markdown).toContain(
      `[^${conflictNote}]: 福民函〔2022〕27号《关于进一步促进社会组织创新发展的建议的办理情况报告》（2022年7月28日），第4页：“2021年、2022年分别对区属811、766家社会组织`,
    );
  });

  it("trends lists the series of one period in their own section, approximate figures as written", async () => {
    const markdown = await markdownOf("notebooks/trends.md");
    const single = markdown.split("## 只有一个时期数值的指标")[1] ?? "";
    expect(single).toMatch(
      /^\| 志愿者 \| 福田区 \| 2023年6月 \| 3万余 \| 名 \| 福民函〔2023〕32号 第1页\[\^\d+\] \|$/m,
    );
    expect(single).toMatch(/^\| 社会工作专业人才总量目标 \| 福建省 \| .* \| 7万 \| 名 \|/m);
    expect(single).not.toContain("30000");
    // A series of two periods is not listed again.
    expect(single).not.toMatch(/^\| 社会组织 \| 福田区/m);
  });

  it("trends takes a region as the command line does: 福田 is 福田区", async () => {
    const all = await markdownOf("notebooks/trends.md");
    expect(all).toContain("| 社会工作专业人才总量目标 | 福建省 |");
    const out = join(db.dir, "region");
    const result = await run(
      ["report", "notebooks/trends.md", "--param", "region=福田", "--db", db.path, "--out", out],
      { cwd: ROOT },
    );
    expect(result.stderr).toMatch(/trends\.html/);
    const markdown = readFileSync(join(out, "trends.md"), "utf8");
    expect(markdown).toContain("参数：region = 福田区");
    expect(markdown).toContain("### 福田区 · 社会组织（家）");
    expect(markdown).not.toContain("福建省");
    const unknown = await run(
      ["report", "notebooks/trends.md", "--param", "region=福由区", "--db", db.path, "--out", out],
      { cwd: ROOT },
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("did you mean 福田区");
  });

  it("annual compares a year's latest values with the year before", async () => {
    const markdown = await markdownOf("notebooks/annual.md", ["year=2024"]);
    expect(markdown).toMatch(
      /\| 政府购买社会工作服务项目 \| 福田区 \| 2024年6月7日（发文日期） \| 61个 \| .*\| 2023年8月1日（发文日期） \| 53个 \| .*\| \+8 \| \+15\.1% \|/,
    );
    const earlier = await markdownOf("notebooks/annual.md", ["year=2022"]);
    expect(earlier).toMatch(
      /\| 社会组织 \| 福田区 \| 2022年6月30日 \| 765家 \| .*\| 2021年 \| 811家 \| .*\| -46 \| -5\.7% \|/,
    );
    expect(earlier).toMatch(
      /\| 社会组织 \| 福田区 \| 2022年6月30日：765\[\^\d+\] \| 2022年：766\[\^\d+\] \|/,
    );
  });

  it("corpus lists the files that could not be read, with their reasons", async () => {
    const markdown = await markdownOf("notebooks/corpus.md");
    expect(markdown).toContain("| bad/scanned-fumin-2023-32.pdf | 失败 | E_NO_TEXT_LAYER | no text layer");
    expect(markdown).toContain(
      "| 福民函〔2024〕25号 | 2024年6月7日 | 人大代表建议答复 | 深圳市福田区民政局 |",
    );
  });
});

describe("civstat report", () => {
  it("writes the HTML, the Markdown, PNG charts with a CJK font, and a CSV per query", async () => {
    const out = join(db.dir, "reports");
    const result = await run(["report", "notebooks/trends.md", "--db", db.path, "--out", out], { cwd: ROOT });
    expect(result.stderr).toMatch(/→ .*trends\.html \(\d+ kB\), .*trends\.md; 7 charts as (PNG|SVG), 2 CSV/);
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, "trends.html"), "utf8");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(7);
    expect(html).toContain(
      'title="福民函〔2022〕27号《关于进一步促进社会组织创新发展的建议的办理情况报告》（2022年7月28日），第4页：“2021年、2022年分别对区属811、766家社会组织',
    );
    const files = readdirSync(join(out, "trends")).sort();
    const ext = result.stderr.includes("as PNG") ? "png" : "svg";
    expect(files).toEqual(
      [...Array.from({ length: 7 }, (_, i) => `chart-${i + 1}.${ext}`), "series.csv", "single.csv"].sort(),
    );
    if (ext === "png") {
      const png = readFileSync(join(out, "trends", "chart-1.png"));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
    }
    const csv = readFileSync(join(out, "trends", "series.csv"), "utf8");
    // The first line marks it as civstat's own, so that ingest passes over it.
    expect(csv.split("\n").slice(0, 2)).toEqual([
      "# civstat report: trends.md",
      "序列,时期,数值,变化,变化率,来源,冲突,_metric,_region,_as_of,_period_end,_value,_label,_unit,_set_aside,_counted",
    ]);
    expect(csv).toContain("福田区 · 社会组织（家）,2022年6月30日,765,-46,-5.7%,");
    expect(csv).toContain(",2022-06-30,765,");
  });

  it("without a CJK font still writes the reports, links SVG charts and says what it looked for", async () => {
    const out = join(db.dir, "no-font");
    const warnings: string[] = [];
    const outcome = await renderReport(
      {
        notebook: "notebooks/corpus.md",
        db: db.path,
        out,
        params: new Map(),
        cwd: ROOT,
        findFont: () => ({ found: null, lookedFor: ["$CIVSTAT_FONT (unset)", "fonts under /nowhere"] }),
      },
      { warn: (m) => warnings.push(m) },
    );
    expect(outcome.png).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^no CJK font found for the PNG charts \(looked for \$CIVSTAT_FONT \(unset\); fonts under \/nowhere\)\. Install one \(Debian: apt-get install fonts-noto-cjk\)/,
      ),
    ]);
    const markdown = readFileSync(join(out, "corpus.md"), "utf8");
    expect(markdown).toContain("](corpus/chart-1.svg)");
    const svg = readFileSync(join(out, "corpus", "chart-1.svg"), "utf8");
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(existsSync(join(out, "corpus.html"))).toBe(true);
  });

  it("binds parameters as values: a quote in --param is data, not SQL", async () => {
    const dir = join(db.dir, "params");
    mkdirSync(dir, { recursive: true });
    const notebook = join(dir, "p.md");
    writeFileSync(
      notebook,
      "---\nparams:\n  region: 福田区\n---\n\n```sql n\nSELECT count(*) AS n FROM fact_points WHERE region = $region\n```\n",
    );
    const injected = await runNotebook(notebook, db.path, flags(["region=x' OR '1'='1"]), ROOT);
    expect(injected.results[0]?.rows).toEqual([{ n: 0 }]);
    const plain = await runNotebook(notebook, db.path, new Map(), ROOT);
    expect(plain.results[0]?.rows[0]?.n).toBeGreaterThan(10);
  });

  it.each([
    ["CREATE TABLE t (a INTEGER)", /only queries run in a notebook .*got a CREATE statement/],
    ["COPY (SELECT 1) TO 'out.csv'", /sql cell q: Permission Error: Cannot access file "out.csv"/],
    ["SET threads = 1", /only queries run in a notebook .*got a SET statement/],
    ["SELECT * FROM read_csv('/etc/hostname')", /sql cell q: Permission Error/],
    ["SELECT $region", /sql cell q: \$region is not a parameter of this notebook \(declared: none\)/],
    ["SELECT nope FROM documents", /x\.md:4: sql cell q: Binder Error: Referenced column "nope" not found/],
  ])("refuses %s with the notebook, line and cell", async (sql, message) => {
    const dir = join(db.dir, "bad-cells");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "x.md"), `# x\n\n\`\`\`sql q\n${sql}\n\`\`\`\n`);
    const result = await run(["report", "x.md", "--db", db.path, "--out", dir], { cwd: dir });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^civstat report: x\.md:\d+: sql cell q: /);
    expect(result.code).toBe(1);
  });

  it("reports a chart naming a missing column with the notebook, line and cell", async () => {
    const dir = join(db.dir, "bad-chart");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "c.md"),
      "```sql q\nSELECT 1 AS a\n```\n\n```chart q\nmark: dot\nx: a\ny: b\n```\n",
    );
    const result = await run(["report", "c.md", "--db", db.path, "--out", dir], { cwd: dir });
    expect(result.stderr).toBe(
      "civstat report: c.md:5: chart of q: y: no column b in the result (columns: a)\n",
    );
    expect(result.code).toBe(1);
  });

  it.each([
    [
      ["report", "notebooks/annual.md"],
      /notebooks\/annual\.md needs --param year=INTEGER \(统计年份，如 2024\)/,
      2,
    ],
    [["report", "notebooks/annual.md", "--param", "year"], /--param must be key=value; got year/, 2],
    [["report", "notebooks/nope.md"], /no notebook at notebooks\/nope\.md/, 1],
  ])("%j is refused clearly", async (argv, message, code) => {
    const result = await run([...argv, "--db", db.path, "--out", join(db.dir, "refused")], { cwd: ROOT });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(code);
  });

  it("renders the README's example notebook without touching code", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /<!-- report-example[^>]*-->\n````markdown\n([\s\S]*?)\n````/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const dir = join(db.dir, "readme");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "my-report.md"), example ?? "");
    const result = await run(
      ["report", "my-report.md", "--param", "region=福田区", "--db", db.path, "--out", join(dir, "out")],
      { cwd: dir },
    );
    expect(result.stderr).toMatch(/1 chart as (PNG|SVG), 1 CSV/);
    expect(result.code).toBe(0);
    const markdown = readFileSync(join(dir, "out", "my-report.md"), "utf8");
    expect(markdown).toMatch(/\| 2024年5月31日 \| 社会团体 \| 306 \| 福民函〔2024〕25号 第1页\[\^\d+\] \|/);
    expect(markdown).toContain("![柱状图：");
    expect(relative(dir, join(dir, "out", "my-report", "kinds.csv"))).toBe("out/my-report/kinds.csv");
    expect(existsSync(join(dir, "out", "my-report", "kinds.csv"))).toBe(true);
  });
});
