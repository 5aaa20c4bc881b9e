import { existsSync, linkSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
let dir: string;
let other: string;
let linked: string;
let secret: string;

async function withDb<T>(
  path: string,
  work: (c: Awaited<ReturnType<DuckDBInstance["connect"]>>) => Promise<T>,
) {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const rowsOf = (path: string, table: string) =>
  withDb(path, async (c) =>
    Number((await c.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]?.[0]),
  );

beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
  dir = mkdtempSync(join(tmpdir(), "civstat-lockdown-"));
  other = join(dir, "other.duckdb");
  await withDb(other, (c) => c.run("CREATE TABLE facts AS SELECT range AS n FROM range(5)"));
  linked = join(corpus.dir, "linked.duckdb");
  linkSync(corpus.path, linked);
  secret = join(dir, "secret.txt");
  writeFileSync(secret, "a secret\n");
});
afterAll(() => {
  corpus?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const query = (sql: string, ...args: string[]) =>
  run(["query", sql, "--db", corpus.path, ...args], { cwd: dir });

describe("civstat query without --write reads the database and nothing else", () => {
  const out = () => join(dir, "evil.sh");
  const attempts: Array<[string, () => string]> = [
    ["COPY … TO writes no file", () => `COPY (SELECT 'rm -rf ~' AS x) TO '${out()}'`],
    ["EXPORT DATABASE writes nothing", () => `EXPORT DATABASE '${join(dir, "export")}'`],
    [
      "ATTACH … READ_WRITE changes no other database",
      () => `ATTACH '${other}' AS o (READ_WRITE); DELETE FROM o.facts`,
    ],
    [
      "ATTACH through a hard link changes not the database itself",
      () => `ATTACH '${linked}' AS o (READ_WRITE); DELETE FROM o.facts`,
    ],
    [
      "ATTACH read-only reads no other database",
      () => `ATTACH '${other}' AS o (READ_ONLY); SELECT * FROM o.facts`,
    ],
    ["read_text reads no local file", () => "SELECT * FROM read_text('/etc/passwd')"],
    ["read_blob reads no local file", () => "SELECT * FROM read_blob('/etc/passwd')"],
    ["read_csv reads no local file", () => `SELECT * FROM read_csv('${secret}')`],
    ["glob lists no folder", () => "SELECT * FROM glob('/root/*')"],
    ["INSTALL reaches no network", () => "INSTALL httpfs"],
    ["LOAD loads no extension", () => "LOAD httpfs"],
    [
      "the lock cannot be lifted",
      () => "SET enable_external_access = true; SELECT * FROM read_text('/etc/passwd')",
    ],
    ["nor the limits", () => "SET memory_limit = '100GB'"],
    ["PREPARE … EXECUTE runs no COPY", () => `PREPARE p AS COPY (SELECT 1) TO '${out()}'; EXECUTE p`],
  ];
  for (const [title, sql] of attempts) {
    it(title, async () => {
      const started = Date.now();
      const result = await query(sql());
      expect(result.code, result.stdout).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).not.toContain("root:");
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(readdirSync(dir).sort()).toEqual(["other.duckdb", "secret.txt"]);
      expect(await rowsOf(other, "facts")).toBe(5);
    });
  }

  it("leaves the database itself whole", async () => {
    const result = await query("SELECT count(*) AS n FROM facts", "--format", "csv");
    expect(result.code).toBe(0);
    expect(Number(result.stdout.split("\n")[1])).toBeGreaterThan(0);
  });

  it("says how to allow what it refuses", async () => {
    const result = await query(`COPY (SELECT 1) TO '${out()}'`);
    expect(result.stderr).toContain("--write");
    expect(result.stderr).toContain("--read-files");
  });

  it("reads files in a folder given with --read-files, and writes none there", async () => {
    const read = await query(
      `SELECT content FROM read_text('${secret}')`,
      "--read-files",
      dir,
      "--format",
      "csv",
    );
    expect(read.code).toBe(0);
    expect(read.stdout).toContain("a secret");
    const write = await query(`COPY (SELECT 1) TO '${join(dir, "x.csv")}'`, "--read-files", dir);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain("COPY reads or writes files");
    const outside = await query("SELECT * FROM read_text('/etc/passwd')", "--read-files", dir);
    expect(outside.code).toBe(1);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
  });

  it("still writes its own Parquet file with --out", async () => {
    const file = join(dir, "facts.parquet");
    const result = await query("SELECT 1 AS n", "--format", "parquet", "--out", file);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    rmSync(file);
  });

  it("runs all of it with --write", async () => {
    const file = join(dir, "allowed.csv");
    const result = await query(`COPY (SELECT 1 AS n) TO '${file}'`, "--write");
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    rmSync(file);
  });
});
