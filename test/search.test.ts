import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightSpans, mark, PLAIN_MARKS, snippet } from "../research/highlight.js";
import { withDatabase } from "../store/database.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

interface Hit {
  rank: number;
  doc_number: string;
  issued: string;
  page: number | null;
  format: string;
  kind: string;
  text: string;
  highlights: [number, number][];
  marked: string;
}

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt", "docx", "pdf"]);
});
afterAll(() => corpus?.remove());

async function hits(...args: string[]): Promise<Hit[]> {
  const result = await run(["search", ...args, "--db", corpus.path, "--format", "jsonl"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Hit);
}

/** Sentences of the PDF copies that contain `words`, not counting a document's number printed alone. */
async function containing(words: string): Promise<string[]> {
  return withDatabase(corpus.path, { readOnly: true }, async ({ connection }) => {
    const reader = await connection.runAndReadAll(`
      SELECT DISTINCT d.doc_number || ' ' || s.text FROM sentences s JOIN documents d USING (doc_id)
      WHERE d.format = 'pdf' AND contains(s.text, '${words}') AND replace(s.text, ' ', '') <> d.doc_number`);
    return reader
      .getRows()
      .map((r) => String(r[0]))
      .sort();
  });
}

describe("civstat search on the sample corpus", () => {
  it.each(["社工", "党建"])("finds every passage holding %s, once each, from the PDF", async (words) => {
    const found = await hits(words, "--limit", "1000");
    expect(found.map((h) => `${h.doc_number} ${h.text}`).sort()).toEqual(await containing(words));
    expect(found.every((h) => h.format === "pdf" && h.page !== null)).toBe(true);
    for (const h of found) expect(h.marked).toContain(`**${words}**`);
  });

  it("ranks every passage holding the whole of 等级评估 above those holding a part of it", async () => {
    const whole = await containing("等级评估");
    const found = await hits("等级评估", "--limit", "1000");
    expect(found.length).toBeGreaterThan(whole.length);
    expect(
      found
        .slice(0, whole.length)
        .map((h) => `${h.doc_number} ${h.text}`)
        .sort(),
    ).toEqual(whole);
  });

  it("puts passages about social workers first for 社工", async () => {
    const top = await hits("社工", "--limit", "5");
    expect(top).toHaveLength(5);
    for (const h of top) expect(h.text.split("社工").length - 1).toBeGreaterThanOrEqual(2);
    expect(top.map((h) => h.doc_number)).toContain("福民函〔2023〕32号");
    expect(top[0]).toMatchObject({ doc_number: "深府办规〔2020〕11号", page: 3 });
    expect(top[0]?.text).toContain("“社工引领志愿者，志愿者协助社工”");
  });

  it("puts the rating-assessment paragraph of the 2024 reply first for 等级评估", async () => {
    const [first, second] = await hits("等级评估", "--limit", "3");
    expect(first).toMatchObject({ doc_number: "福民函〔2024〕25号", issued: "2024-06-07", page: 2 });
    expect(first?.text).toMatch(/^以等级评估为抓手，每年制定《福田区社会组织等级评估工作方案》/);
    expect(second).toMatchObject({ doc_number: "福民函〔2024〕25号", page: 4 });
    expect(second?.text).toBe("（一）进一步加强区级社会组织等级评估工作。");
  });

  it("filters by year, kind and issuer", async () => {
    expect((await hits("社工", "--year", "2023")).every((h) => h.issued.startsWith("2023"))).toBe(true);
    expect((await hits("社工", "--kind", "policy")).every((h) => h.kind === "policy")).toBe(true);
    const fujian = await hits("党建", "--issuer", "福建");
    expect(fujian.map((h) => h.doc_number)).toEqual(["闽民社工〔2021〕8号"]);
  });

  it("prints the source and marks the hit: ** when piped, colour when forced", async () => {
    const plain = await run(["search", "双百工程", "--db", corpus.path, "--limit", "1"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^ 1\. 福民函〔2023〕32号 {2}2023-08-01 {2}第1页 {2}score \d+\.\d\d/);
    expect(plain.stdout).toContain("“**双百工程**”社工站（点）");
    const previous = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = "1";
    try {
      const coloured = await run(["search", "双百工程", "--db", corpus.path, "--limit", "1"]);
      expect(coloured.stdout).toContain("\x1b[1;31m双百工程\x1b[0m");
    } finally {
      if (previous === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = previous;
    }
  });

  it("says so when nothing matches, and refuses an empty query", async () => {
    const none = await run(["search", "殡葬", "--db", corpus.path]);
    expect(none).toMatchObject({ code: 0, stdout: "no sentences match 殡葬\n" });
    const empty = await run(["search", "，。", "--db", corpus.path]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("nothing to search for");
  });

  it("asks for a new ingest when the database has no index", async () => {
    const old = join(corpus.dir, "old.duckdb");
    copyFileSync(corpus.path, old);
    const instance = await DuckDBInstance.create(old);
    const connection = await instance.connect();
    await connection.run("DROP TABLE sentence_lengths;");
    connection.closeSync();
    instance.closeSync();
    const result = await run(["search", "社工", "--db", old]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no search index yet: run civstat ingest again");
  });
});

describe("highlighting", () => {
  it("merges touching and overlapping matches", () => {
    const text = "加强社会组织党建与单位党建";
    const spans = highlightSpans(text, ["社会", "会组", "组织", "党建"]);
    expect(mark(text, spans, PLAIN_MARKS)).toBe("加强**社会组织党建**与单位**党建**");
  });

  it("cuts a long sentence around the first match and keeps the marks in place", () => {
    const text = `${"甲".repeat(100)}社工${"乙".repeat(100)}`;
    const cut = snippet(text, highlightSpans(text, ["社工"]), 40);
    expect(cut.text.startsWith("…")).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(mark(cut.text, cut.spans, PLAIN_MARKS)).toContain("甲**社工**乙");
    expect([...cut.text].length).toBe(42);
  });
});
