import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-documents-"));
let corpus: CorpusDb;
let db: string;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt", "docx", "pdf"]);
  db = corpus.path;
}, 180_000);
afterAll(() => {
  corpus?.remove();
  rmSync(tmp, { recursive: true, force: true });
});

const jsonLines = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/**
 * 200 more copies of the sample documents, as the database holds them: different bytes, the same
 * clean text; the second hundred have lost their number, and are then known by their text alone.
 */
async function addCopies(path: string, count: number): Promise<void> {
  await withDatabase(path, {}, async ({ connection }) => {
    await connection.run(`
      CREATE TEMP TABLE picked AS
      WITH numbered AS (SELECT doc_id, row_number() OVER (ORDER BY doc_id) - 1 AS n, count(*) OVER () AS total FROM documents)
      SELECT i, doc_id FROM range(1, ${count + 1}) r(i) JOIN numbered ON n = i % total;
      INSERT INTO documents SELECT d.* REPLACE (d.doc_id || '-' || p.i AS doc_id, 'copy-' || p.i || '-' || d.file AS file,
        CASE WHEN p.i > 100 THEN NULL ELSE d.doc_number END AS doc_number)
        FROM documents d JOIN picked p USING (doc_id);
      INSERT INTO files SELECT '/copies/' || p.i || '/' || d.file, d.doc_id || '-' || p.i, d.bytes
        FROM documents d JOIN picked p USING (doc_id);
      INSERT INTO facts SELECT f.* REPLACE (f.doc_id || '-' || p.i AS doc_id) FROM facts f JOIN picked p USING (doc_id);`);
  });
}

describe("a document and its files", () => {
  it("lists each figure once per document, citing its best file", async () => {
    const rows = jsonLines(
      (await run(["facts", "--db", db, "--metric", "social_org", "--region", "福田区", "--format", "jsonl"]))
        .stdout,
    );
    const keys = rows.map((r) => `${r.doc_number}|${r.metric}|${r.value}|${r.as_of}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.filter((r) => r.value === 765)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set(["fumin-2022-27.pdf", "fumin-2024-25.pdf"]));
    expect(rows.find((r) => r.value === 765)).toMatchObject({ doc_number: "福民函〔2022〕27号", page: 1 });
  });

  it("keeps one row per file with --all-files", async () => {
    const rows = jsonLines(
      (
        await run([
          "facts",
          "--db",
          db,
          "--metric",
          "social_org.total",
          "--region",
          "福田区",
          "--all-files",
          "--format",
          "jsonl",
        ])
      ).stdout,
    );
    expect(rows.filter((r) => r.value === 765).map((r) => r.file)).toEqual([
      "fumin-2022-27.docx",
      "fumin-2022-27.docx",
      "fumin-2022-27.pdf",
      "fumin-2022-27.pdf",
      "fumin-2022-27.txt",
      "fumin-2022-27.txt",
    ]);
  });

  it("lists each document once with its files and forms", async () => {
    const docs = jsonLines((await run(["docs", "--db", db, "--format", "jsonl"])).stdout);
    expect(docs).toHaveLength(5);
    expect(docs.find((d) => d.doc_number === "福民函〔2022〕27号")).toMatchObject({
      file: "fumin-2022-27.pdf",
      files: ["fumin-2022-27.docx", "fumin-2022-27.pdf", "fumin-2022-27.txt"],
      forms: ["docx", "pdf", "txt"],
    });
  });

  it("lists each conflict once, every source named, however many copies there are", async () => {
    const copies = join(tmp, "copies.duckdb");
    copyFileSync(db, copies);
    const before = jsonLines((await run(["checks", "--db", copies, "--format", "jsonl"])).stdout);
    await addCopies(copies, 200);
    const after = jsonLines((await run(["checks", "--db", copies, "--format", "jsonl"])).stdout);
    const conflicts = after.filter((r) => r.check === "conflicting_sources");
    expect(conflicts).toHaveLength(before.filter((r) => r.check === "conflicting_sources").length);
    expect(conflicts).toHaveLength(1);
    const [row] = conflicts;
    expect(row).toMatchObject({ metric: "social_org.total", as_of: "2022", value: 766 });
    expect(row.other).not.toContain("?");
    // The copies that lost their number are one more document, named by its best file.
    expect(row.sources).toMatch(/^copy-\d+-fumin-2022-27\.pdf p4; 福民函〔2022〕27号 p4$/);
    expect(row.other).toMatch(
      /^765 in copy-\d+-fumin-2022-27\.pdf p1; 福民函〔2022〕27号 p1 \(2022-06-30\)$/,
    );
    const docs = jsonLines((await run(["docs", "--db", copies, "--format", "jsonl"])).stdout);
    expect(docs).toHaveLength(10);
  });

  it("lists each conflict once, every source named, after ingesting 200 copies under other names", async () => {
    const folder = join(tmp, "copies");
    mkdirSync(folder);
    const forms = [
      "txt/fumin-2022-27.txt",
      "docx/fumin-2022-27.docx",
      "pdf/fumin-2022-27.pdf",
      "pdf/fumin-2024-25.pdf",
    ];
    for (let i = 0; i < 196; i++) {
      const form = forms[i % forms.length] as string;
      copyFileSync(join(CORPUS, form), join(folder, `${i}-副本-${basename(form)}`));
    }
    // Copies whose bytes differ but whose text is the same: other line ends, blank lines at the end.
    const text = readFileSync(join(CORPUS, "txt", "fumin-2022-27.txt"), "utf8");
    for (let k = 1; k <= 4; k++) {
      writeFileSync(
        join(folder, `另存-${k}.txt`),
        `${k % 2 ? text.replaceAll("\n", "\r\n") : text}${"\n".repeat(k)}`,
      );
    }
    const copies = join(tmp, "ingested-copies.duckdb");
    copyFileSync(db, copies);
    const before = jsonLines((await run(["checks", "--db", copies, "--format", "jsonl"])).stdout);
    const ingested = await run(["ingest", folder, "--db", copies]);
    expect(ingested.code).toBe(0);
    expect(ingested.stderr).toContain("4 ingested, 196 unchanged");
    expect(ingested.stderr).toContain("5 documents in the database, every one with a document number");
    const after = jsonLines((await run(["checks", "--db", copies, "--format", "jsonl"])).stdout);
    expect(after).toEqual(before);
    for (const row of after) expect(`${row.sources} ${row.other}`).not.toMatch(/\?|null|undefined/);
    const facts = jsonLines(
      (
        await run([
          "facts",
          "--db",
          copies,
          "--metric",
          "social_org.total",
          "--region",
          "福田区",
          "--format",
          "jsonl",
        ])
      ).stdout,
    );
    expect(facts.filter((r) => r.value === 765)).toHaveLength(1);
    // Reports flag the figure set aside once; a draft cites the documents by number.
    const flags = await run([
      "query",
      "SELECT count(*) AS n FROM series_flags",
      "--db",
      copies,
      "--format",
      "csv",
    ]);
    expect(flags.stdout).toBe("n\n1\n");
    const draft = await run(["draft", "--db", copies, "--region", "福田区", "--topic", "social_org"]);
    const footnotes = draft.stdout.split("\n").filter((l) => l.startsWith("[^"));
    expect(footnotes.length).toBeGreaterThan(0);
    for (const note of footnotes) expect(note).toMatch(/（福民函〔20\d\d〕\d+号）/);
  }, 120_000);

  it("removes a document by number, a file by name, and files gone from disk with ingest --prune", async () => {
    const folder = join(tmp, "in");
    mkdirSync(folder);
    for (const stem of ["fumin-2022-27", "fumin-2024-25"]) {
      copyFileSync(join(CORPUS, "txt", `${stem}.txt`), join(folder, `${stem}.txt`));
      copyFileSync(join(CORPUS, "docx", `${stem}.docx`), join(folder, `${stem}.docx`));
    }
    const small = join(tmp, "small.duckdb");
    await run(["ingest", folder, "--db", small]);
    const numbers = async () =>
      jsonLines((await run(["docs", "--db", small, "--format", "jsonl"])).stdout).map((d) => d.forms);
    expect(await numbers()).toEqual([
      ["docx", "txt"],
      ["docx", "txt"],
    ]);
    const removed = await run(["remove", "福民函〔2022〕27号", "--db", small]);
    expect(removed.code).toBe(0);
    expect(removed.stderr).toContain("2 files removed");
    expect(await numbers()).toEqual([["docx", "txt"]]);
    expect((await run(["remove", "fumin-2024-25.docx", "--db", small])).code).toBe(0);
    expect(await numbers()).toEqual([["txt"]]);
    const unknown = await run(["remove", "福民函〔2024〕52号", "--db", small]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("did you mean 福民函〔2024〕25号");
    rmSync(join(folder, "fumin-2024-25.txt"));
    const pruned = await run(["ingest", folder, "--db", small, "--prune"]);
    // The removed files are on disk still, so they come back; the deleted one goes.
    expect(pruned.stderr).toContain("1 pruned");
    expect(await numbers()).toEqual([["docx", "txt"], ["docx"]]);
  });
});

describe("checks of one metric, region or document", () => {
  it("keeps the checks the filters name and refuses names the database lacks", async () => {
    const checks = async (...args: string[]) =>
      jsonLines((await run(["checks", "--db", db, "--format", "jsonl", ...args])).stdout);
    const all = await checks();
    expect(all.length).toBeGreaterThan(1);
    expect((await checks("--metric", "social_org.total")).map((r) => r.metric)).toEqual(["social_org.total"]);
    expect(await checks("--metric", "social_org", "--region", "福田区")).toHaveLength(
      all.filter((r) => r.metric.startsWith("social_org.") && r.region === "福田区").length,
    );
    // A document named by any of its files.
    const byFile = await checks("--doc", "fumin-2022-27.txt");
    expect(byFile.length).toBeGreaterThan(0);
    expect(byFile.every((r) => `${r.sources} ${r.other}`.includes("福民函〔2022〕27号"))).toBe(true);
    expect(await checks("--doc", "福民函〔2024〕25号")).toEqual(
      all.filter((r) => `${r.sources} ${r.other}`.includes("福民函〔2024〕25号")),
    );
    const wrong = await run(["checks", "--db", db, "--metric", "social_org.totl"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("unknown metric: social_org.totl; did you mean social_org.total");
    const region = await run(["checks", "--db", db, "--region", "福田"]);
    expect(region.code).toBe(1);
    expect(region.stderr).toContain("did you mean 福田区");
  });
});

describe("filters that match nothing", () => {
  it("name the closest metric, region or document and exit non-zero", async () => {
    const metric = await run(["facts", "--db", db, "--metric", "social_org.totl"]);
    expect(metric.code).toBe(1);
    expect(metric.stderr).toContain("unknown metric: social_org.totl; did you mean social_org.total");
    const region = await run(["facts", "--db", db, "--region", "福田"]);
    expect(region.code).toBe(1);
    expect(region.stderr).toContain("did you mean 福田区");
    const doc = await run(["facts", "--db", db, "--doc", "福民函〔2022〕28号"]);
    expect(doc.stderr).toContain("unknown document: 福民函〔2022〕28号; did you mean 福民函〔2022〕27号");
  });
});
