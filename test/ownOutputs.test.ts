// Ingest passes over the reports and drafts civstat wrote, told by the mark inside them, not by
// their names; its progress shows rate, time taken and time left; its summary names the database
// as given and the documents without a number.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockText, lastColumns, pace, progressReporter } from "../bin/progress.js";
import { civstatOutput } from "../pipeline/read/ownOutput.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
});
afterAll(() => corpus?.remove());

const NOTEBOOK = `---
title: 社会组织
---

\`\`\`sql totals
SELECT civ_period(as_of) AS 时期, value AS 数量 FROM series_points WHERE metric = 'social_org.total'
\`\`\`
`;

describe("files civstat wrote", () => {
  it("are told by their mark and skipped, whatever their names, and the summary says so", async () => {
    const folder = join(corpus.dir, "mixed");
    mkdirSync(folder);
    const draft = (out: string) =>
      run([
        "draft",
        "--db",
        corpus.path,
        "--region",
        "福田区",
        "--topic",
        "social_org",
        "--out",
        join(folder, out),
      ]);
    expect((await draft("基本情况.docx")).code).toBe(0);
    expect((await draft("基本情况.txt")).code).toBe(0);
    writeFileSync(join(corpus.dir, "totals.md"), NOTEBOOK);
    const report = await run(["report", "totals.md", "--db", corpus.path, "--out", join(folder, "reports")], {
      cwd: corpus.dir,
    });
    expect(report.code).toBe(0);
    // A document's copy under another name, and a document with no number.
    copyFileSync(join(CORPUS, "txt", "fumin-2024-25.txt"), join(folder, "答复.txt"));
    writeFileSync(
      join(folder, "情况说明.txt"),
      "情况说明\n\n截至2024年3月31日，罗湖区共有社区工作站10个。\n",
    );
    const result = await run(["ingest", "mixed", "--db", "corpus.duckdb"], { cwd: corpus.dir });
    expect(result.code).toBe(0);
    for (const file of [
      "基本情况.docx",
      "基本情况.txt",
      "reports/totals.html",
      "reports/totals/totals.csv",
    ]) {
      expect(result.stderr).toContain(`${file}: written by civstat`);
    }
    expect(result.stderr).toMatch(
      /1 ingested, 1 unchanged, 5 skipped \(4 written by civstat: reports, drafts\)/,
    );
    expect(result.stderr).toContain("→ corpus.duckdb\n");
    expect(result.stderr).toContain(
      "6 documents in the database, 1 without a document number (cited by file name; civstat docs lists them)",
    );
  });

  it("are the ones holding civstat's mark, not documents that mention civstat", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(civstatOutput(bytes("# civstat report: trends.md\n序列,时期\n"))).toBe("report");
    expect(civstatOutput(bytes("\uFEFF<!-- civstat draft: --region 福田区 -->\n# 标题\n"))).toBe("draft");
    expect(civstatOutput(bytes('<html><head><meta content="civstat report" name="generator">'))).toBe(null);
    expect(civstatOutput(bytes('<html><head><meta name="generator" content="civstat report">'))).toBe(
      "report",
    );
    expect(civstatOutput(bytes('<html><head><meta name="generator" content="WPS Office">'))).toBe(null);
    expect(civstatOutput(bytes("关于civstat report的说明\n# civstat report\n"))).toBe(null);
  });
});

describe("ingest progress", () => {
  it("shows files a second, the time taken and the time left", () => {
    expect(clockText(7_400)).toBe("0:07");
    expect(clockText(3_723_000)).toBe("1:02:03");
    expect(pace(0, 10, 500)).toBe("0:01, ETA …");
    expect(pace(5, 25, 2_000)).toBe("2.5 files/s, 0:02, ETA 0:08");
    expect(pace(120, 200, 10_000)).toBe("12 files/s, 0:10, ETA 0:07");
  });

  it("draws one line that fits the terminal, cutting the file name from the left", () => {
    expect(lastColumns("data/corpus/txt/fumin-2022-27.txt", 12)).toBe("…2022-27.txt");
    expect(lastColumns("语料/答复.txt", 8)).toBe("…复.txt");
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let text = "";
    stderr.on("data", (chunk) => {
      text += String(chunk);
    });
    let clock = 1_000;
    const io = { stdout: new PassThrough(), stderr, stdin: new PassThrough(), cwd: "/", env: {} };
    const progress = progressReporter(io, "ingest", () => clock);
    progress.start(4);
    clock += 2_000;
    const outcome = {
      status: "ingested",
      code: null,
      message: null,
      docId: "a",
      docNumber: null,
      facts: 3,
      ms: 5,
    };
    progress.file({ ...outcome, path: "/a/very/long/folder/name/of/documents/答复-2024.txt" } as never, 1, 4);
    const [first, ...redrawn] = text.split("\r\x1b[2K");
    expect(first).toMatch(/^\[ +\] 0\/4 0:00, ETA … $/);
    const line = redrawn.pop() ?? "";
    expect(line).toMatch(/^\[######\s+\] 1\/4 0\.5 files\/s, 0:02, ETA 0:06 …/);
    expect(line.endsWith("答复-2024.txt")).toBe(true);
  });
});
