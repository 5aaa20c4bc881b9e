import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textMd5 } from "../pipeline/run/textParts.js";
import { asciiWords, sentenceLength } from "../pipeline/segment/textTokens.js";
import { queryTokens } from "../pipeline/segment/tokens.js";
import { sentenceLengths } from "../schemas/searchTables.js";
import { appendRows } from "../store/append.js";
import { BM25_DEFAULTS, bm25Query } from "../store/bm25.js";
import { queryRows } from "../store/bound.js";
import { type Database, openDatabase } from "../store/database.js";

interface Doc {
  id: string;
  number: string | null;
  format: string;
  issued: string;
  kind: string;
  issuer: string;
  title?: string;
  sentences: string[];
}

const DOCS: Doc[] = [
  {
    id: "a-pdf",
    number: "福民函〔2024〕25号",
    format: "pdf",
    issued: "2024-06-07",
    kind: "npc_suggestion_reply",
    issuer: "深圳市福田区民政局",
    sentences: [
      "福民函〔2024〕25号",
      "以等级评估为抓手，推动社会组织发展。",
      "优秀社工代表参政议政。",
      "社工",
    ],
  },
  // The same document as text: neither in the results nor in the statistics.
  {
    id: "a-txt",
    number: "福民函〔2024〕25号",
    format: "txt",
    issued: "2024-06-07",
    kind: "npc_suggestion_reply",
    issuer: "深圳市福田区民政局",
    sentences: ["以等级评估为抓手，推动社会组织发展。", "优秀社工代表参政议政。", "社工社工社工"],
  },
  {
    id: "b-pdf",
    number: "福民函〔2023〕32号",
    format: "pdf",
    issued: "2023-08-01",
    kind: "cppcc_proposal_reply",
    issuer: "深圳市福田区民政局",
    sentences: ["提升社工的专业技能，优秀社工的经验。", "加强社会组织党建引领。", "加强社会组织党建引领。"],
  },
  {
    id: "c-docx",
    number: null,
    format: "docx",
    issued: "2021-01-28",
    kind: "policy",
    issuer: "福建省民政厅",
    sentences: [
      "建立“党建+社会工作”服务模式。",
      "社会工作专业人才总量达到7万人。",
      "HR研修班经费16.3万元，hr课程2门。",
    ],
  },
];

const quote = (s: string | null) => (s === null ? "NULL" : `'${s.replaceAll("'", "''")}'`);

async function load(connection: DuckDBConnection, docs: Doc[]): Promise<void> {
  for (const d of docs) {
    await connection.run(`INSERT INTO documents (doc_id, path, file, format, bytes, page_count, doc_number,
      issuer, issued, kind, title, text_md5, pipeline_version)
      VALUES (${quote(d.id)}, ${quote(`/x/${d.id}`)}, ${quote(`${d.id}.${d.format}`)}, ${quote(d.format)}, 1, 1,
        ${quote(d.number)}, ${quote(d.issuer)}, ${quote(d.issued)}, ${quote(d.kind)}, ${quote(d.title ?? null)},
        ${quote(textMd5(""))}, 0)`);
    const sentences = d.sentences.map((text, id) => ({
      id,
      section: null,
      page: d.format === "pdf" ? 1 : null,
      start: 0,
      end: text.length,
      kind: "paragraph" as const,
      text,
    }));
    for (const s of sentences) {
      await connection.run(`INSERT INTO sentences (doc_id, sentence_id, page, start_offset, end_offset, kind, text)
        VALUES (${quote(d.id)}, ${s.id}, ${s.page ?? "NULL"}, 0, ${s.end}, 'paragraph', ${quote(s.text)})`);
    }
    await appendRows(
      connection,
      sentenceLengths,
      sentences.map((s) => ({ doc_id: d.id, sentence_id: s.id, tokens: sentenceLength(s.text) })),
    );
  }
}

/** A token's occurrences in a sentence: an ASCII word among its ASCII words, Han text as a substring. */
function occurrences(text: string, token: string): number {
  if (/^[0-9a-z.]+$/.test(token)) return asciiWords(text).filter((w) => w === token).length;
  return text.split(token).length - 1;
}

/** BM25 by the book, over the preferred copies' sentences, for comparison with the SQL. */
function reference(docs: Doc[], query: string, { k1, b } = BM25_DEFAULTS): Map<string, number> {
  const corpus = docs
    .filter((d) => d.id !== "a-txt")
    .flatMap((d) =>
      d.sentences.map((text, id) => ({ key: `${d.id}#${id}`, length: sentenceLength(text), text })),
    );
  const n = corpus.length;
  const avgdl = corpus.reduce((sum, s) => sum + s.length, 0) / n;
  const scores = new Map<string, number>();
  for (const token of queryTokens(query)) {
    const df = corpus.filter((s) => occurrences(s.text, token) > 0).length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (const s of corpus) {
      const tf = occurrences(s.text, token);
      if (tf === 0) continue;
      const part = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * s.length) / avgdl));
      scores.set(s.key, (scores.get(s.key) ?? 0) + part);
    }
  }
  return scores;
}

describe("BM25 in SQL", () => {
  // One database for the tests that only read it; a test that adds documents makes its own.
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(":memory:");
    await load(db.connection, DOCS);
  });
  afterAll(() => db?.close());

  async function ranked(query: string, options: Parameters<typeof bm25Query>[1] = {}, on = db) {
    const rows = await queryRows(on.connection, bm25Query(queryTokens(query), options));
    return rows.map((r) => ({
      key: `${r.doc_id}#${r.sentence_id}`,
      score: Number(r.score),
      text: String(r.text),
    }));
  }

  it.each(["社工", "等级评估", "党建", "社会组织党建", "党", "HR 16.3", "研修班"])(
    "scores %s as the formula does",
    async (query) => {
      const expected = reference(DOCS, query);
      const rows = await ranked(query, { limit: 100 });
      // The doc-number line and the repeated sentence are left out; every other scored sentence is there.
      const shown = new Map(rows.map((r) => [r.key, r.score]));
      for (const [key, score] of shown) expect(score).toBeCloseTo(expected.get(key) ?? Number.NaN, 9);
      const left = [...expected.keys()].filter((k) => !shown.has(k));
      expect(left.every((k) => k === "a-pdf#0" || k === "b-pdf#2")).toBe(true);
      // Best first.
      expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    },
  );

  it("ranks more occurrences first, then, for as many, the shorter sentence", async () => {
    const rows = await ranked("社工");
    // 社工 twice; then once in a sentence of one word; then once in a longer one.
    expect(rows.map((r) => r.key)).toEqual(["b-pdf#0", "a-pdf#3", "a-pdf#2"]);
  });

  it("counts a document once, from its PDF, and a sentence repeated in a document once", async () => {
    const rows = await ranked("社工 党建 等级评估", { limit: 100 });
    expect(rows.some((r) => r.key.startsWith("a-txt"))).toBe(false);
    expect(rows.filter((r) => r.text === "加强社会组织党建引领。")).toHaveLength(1);
  });

  it("shows a sentence once from copies of a document without a number, told by its title", async () => {
    const table = (id: string, format: string, title: string): Doc => ({
      id,
      number: null,
      format,
      issued: "2020-07-15",
      kind: "statistics",
      issuer: "某市民政局",
      title,
      sentences: ["养老机构床位数 张 9634"],
    });
    const own = await openDatabase(":memory:");
    try {
      await load(own.connection, [
        ...DOCS,
        table("q2-xls", "xls", "2020年2季度民政统计季报"),
        table("q2-xlsx", "xlsx", "2020年2季度民政统计季报"),
        table("q3-xlsx", "xlsx", "2020年3季度民政统计季报"),
      ]);
      const keys = (await ranked("养老机构", {}, own)).map((r) => r.key).sort();
      expect(keys).toEqual(["q2-xls#0", "q3-xlsx#0"]);
    } finally {
      own.close();
    }
  });

  it("leaves a document's number printed alone out", async () => {
    const rows = await ranked("福民函", { limit: 100 });
    expect(rows.map((r) => r.key)).not.toContain("a-pdf#0");
  });

  it("filters by year, kind and issuer, and limits", async () => {
    expect((await ranked("党建", { filters: { year: 2021 } })).map((r) => r.key)).toEqual(["c-docx#0"]);
    expect((await ranked("党建", { filters: { kind: "cppcc_proposal_reply" } })).map((r) => r.key)).toEqual([
      "b-pdf#1",
    ]);
    expect((await ranked("社工", { filters: { issuer: "福田区" }, limit: 1 })).map((r) => r.key)).toEqual([
      "b-pdf#0",
    ]);
    expect(await ranked("社工", { filters: { issuer: "福建" } })).toEqual([]);
  });

  it("finds an ASCII word whole, in any case, and not inside a longer word or a decimal", async () => {
    expect((await ranked("16.3")).map((r) => r.key)).toEqual(["c-docx#2"]);
    expect(await ranked("16")).toEqual([]);
    expect(await ranked("h")).toEqual([]);
    const [hr] = await ranked("hr");
    expect(hr?.key).toBe("c-docx#2");
    expect(hr?.score).toBeCloseTo(reference(DOCS, "hr").get("c-docx#2") ?? Number.NaN, 9);
  });

  it("finds nothing for a token no sentence holds", async () => {
    expect(await ranked("殡葬")).toEqual([]);
  });
});
