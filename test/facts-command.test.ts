import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
let db: string;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
  db = corpus.path;
}, 120_000);
afterAll(() => corpus?.remove());

describe("civstat facts", () => {
  it("prints one JSON object a line in the contract's shape", async () => {
    const result = await run([
      "facts",
      "--db",
      db,
      "--format",
      "jsonl",
      "--doc",
      "福民函〔2024〕25号",
      "--metric",
      "social_org.total",
    ]);
    const facts = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(facts).toEqual([
      expect.objectContaining({
        doc_number: "福民函〔2024〕25号",
        file: "fumin-2024-25.txt",
        metric: "social_org.total",
        subject: "福田区登记的社会组织",
        value: 751,
        unit: "org",
        qualifier: "exact",
        as_of: "2024-05-31",
        region: "福田区",
        page: null,
        snippet: expect.stringContaining("社会组织共751家"),
      }),
    ]);
  });

  it("filters by family and region", async () => {
    const result = await run([
      "facts",
      "--db",
      db,
      "--format",
      "jsonl",
      "--metric",
      "social_work",
      "--region",
      "福田区",
    ]);
    const metrics = new Set(
      result.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).metric),
    );
    expect([...metrics].every((m) => m.startsWith("social_work."))).toBe(true);
    expect(metrics.has("social_work.workers")).toBe(true);
  });

  it("writes Parquet that DuckDB reads back and Arrow IPC that Arrow reads back", async () => {
    const all = await run(["facts", "--db", db, "--format", "jsonl"]);
    const count = all.stdout.trim().split("\n").length;
    const parquet = join(corpus.dir, "facts.parquet");
    expect((await run(["facts", "--db", db, "--format", "parquet", "--out", parquet])).code).toBe(0);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = (
      await connection.runAndReadAll(
        `SELECT count(*), sum(value), typeof(any_value(value)) FROM read_parquet('${parquet}')`,
      )
    ).getRows();
    expect(Number(rows[0]?.[0])).toBe(count);
    expect(rows[0]?.[2]).toBe("DOUBLE");
    connection.closeSync();
    instance.closeSync();

    const arrow = join(corpus.dir, "facts.arrow");
    expect((await run(["facts", "--db", db, "--format", "arrow", "--out", arrow])).code).toBe(0);
    const table = tableFromIPC(readFileSync(arrow));
    expect(table.numRows).toBe(count);
    expect(table.schema.fields.map((f) => f.name).slice(0, 11)).toEqual([
      "doc_number",
      "file",
      "metric",
      "subject",
      "value",
      "unit",
      "qualifier",
      "as_of",
      "region",
      "page",
      "snippet",
    ]);
  });

  it("needs --out for binary formats and says so", async () => {
    const result = await run(["facts", "--db", db, "--format", "parquet"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out/);
  });

  it("takes a filter holding quotes and SQL as a value, never as SQL", async () => {
    const sneaky = "福田区' OR '1'='1";
    for (const option of ["--region", "--metric", "--doc"]) {
      const result = await run(["facts", "--db", db, "--format", "jsonl", option, sneaky]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(
        `unknown ${option === "--doc" ? "document" : option.slice(2)}: ${sneaky}`,
      );
    }
    const parquet = join(corpus.dir, "it's here.parquet");
    const written = await run([
      "facts",
      "--db",
      db,
      "--format",
      "parquet",
      "--out",
      parquet,
      "--region",
      "福田区",
    ]);
    expect(written.code).toBe(0);
    expect(readFileSync(parquet).subarray(0, 4).toString()).toBe("PAR1");
  });
});
