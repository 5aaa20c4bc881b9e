import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/tables.js";
import { VIEWS } from "../schemas/views.js";
import { withDatabase } from "../store/database.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
  const made = await run([
    "query",
    "CREATE TABLE my_scores AS SELECT doc_number, 751.0 AS score, 12345678901234567890::HUGEINT AS big FROM documents",
    "--write",
    "--db",
    corpus.path,
  ]);
  if (made.code !== 0) throw new Error(made.stderr);
});
afterAll(() => corpus?.remove());

/** Runs `sql` on an in-memory DuckDB, reading the exported files, and returns its rows. */
const readBack = (sql: string) =>
  withDatabase(":memory:", {}, async ({ connection }) => (await connection.runAndReadAll(sql)).getRows());

describe("civstat export", () => {
  it("writes every table and view as Parquet that DuckDB reads back whole", async () => {
    const out = join(corpus.dir, "parquet");
    const result = await run(["export", "--out", out, "--db", corpus.path]);
    expect(result.code).toBe(0);
    const names = [...TABLES.map((t) => t.name), ...VIEWS.map((v) => v.name), "civstat_meta", "my_scores"];
    expect(readdirSync(out).sort()).toEqual(names.map((n) => `${n}.parquet`).sort());
    const countsOf = (from: (name: string) => string) =>
      names.map((name) => `SELECT '${name}' || ' ' || count(*) FROM ${from(name)}`).join(" UNION ALL ");
    const inDb = await withDatabase(corpus.path, { readOnly: true }, async ({ connection }) =>
      (await connection.runAndReadAll(countsOf((name) => name))).getRows(),
    );
    const inFiles = await readBack(countsOf((name) => `'${join(out, `${name}.parquet`)}'`));
    expect(inFiles.flat().sort()).toEqual(inDb.flat().sort());
    expect(result.stdout).toMatch(/fact_points\.parquet +view +\d+/);
  });

  it("keeps the column types, with DECIMAL and HUGEINT as DOUBLE", async () => {
    const out = join(corpus.dir, "parquet");
    const types = async (name: string) =>
      Object.fromEntries(
        (
          await readBack(
            `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${join(out, `${name}.parquet`)}')`,
          )
        ).map((r) => [String(r[0]), String(r[1])]),
      );
    expect(await types("my_scores")).toEqual({ doc_number: "VARCHAR", score: "DOUBLE", big: "DOUBLE" });
    expect(await types("fact_points")).toMatchObject({
      value: "DOUBLE",
      period_end: "DATE",
      flags: "VARCHAR[]",
      page: "INTEGER",
    });
    expect(await types("documents")).toMatchObject({
      bytes: "BIGINT",
      issued: "DATE",
      cited_numbers: "VARCHAR[]",
    });
    const [[score, docs]] = (await readBack(
      `SELECT sum(score), count(DISTINCT doc_number) FROM '${join(out, "my_scores.parquet")}'`,
    )) as [[number, bigint]];
    expect([score, Number(docs)]).toEqual([751 * 5, 5]);
  });

  it("names each file after its table, / and \\ made _: no table's file lands outside --out", async () => {
    const db = await corpusDatabase(["txt"]);
    try {
      const sql = 'CREATE TABLE "../escape" AS SELECT 1 AS n; CREATE TABLE "a\\b" AS SELECT 2 AS n';
      expect((await run(["query", sql, "--write", "--db", db.path])).code).toBe(0);
      const out = join(db.dir, "deep", "parquet");
      expect((await run(["export", "--out", out, "--db", db.path])).code).toBe(0);
      expect(readdirSync(out)).toEqual(expect.arrayContaining([".._escape.parquet", "a_b.parquet"]));
      expect(existsSync(join(db.dir, "deep", "escape.parquet"))).toBe(false);
      expect(await readBack(`SELECT n FROM '${join(out, "a_b.parquet")}'`)).toEqual([[2]]);
    } finally {
      db.remove();
    }
  });

  it("needs --out", async () => {
    const result = await run(["export", "--db", corpus.path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give --out DIR");
  });
});
