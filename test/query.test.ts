import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { readsSeries } from "../store/session.js";
import { plainValue, uniqueNames } from "../store/userSql.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
});
afterAll(() => corpus?.remove());

const query = (...args: string[]) => run(["query", ...args, "--db", corpus.path]);

describe("civstat query", () => {
  it("prints a result as an aligned table with its row count", async () => {
    const result = await query(
      "SELECT doc_number, count(*) AS facts FROM facts JOIN documents USING (doc_id) GROUP BY 1 ORDER BY 1",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^doc_number +facts\n/);
    expect(result.stdout).toContain("福民函〔2024〕25号");
    expect(result.stdout.endsWith("(5 rows)\n")).toBe(true);
  });

  it("gives plain numbers, dates and lists in jsonl: BIGINT and DECIMAL as numbers", async () => {
    const result = await query(
      "SELECT count(*) AS n, 751.0 AS d, DATE '2024-05-31' AS day, [1, 2] AS list, 12345678901234567890::HUGEINT AS big FROM documents",
      "--format",
      "jsonl",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      n: 5,
      d: 751,
      day: "2024-05-31",
      list: [1, 2],
      big: "12345678901234567890",
    });
  });

  it("refuses to change the database without --write, and exits 1", async () => {
    const result = await query("CREATE TABLE notes AS SELECT 1 AS n");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("read-only mode");
    expect(result.stderr).toContain("pass --write to change it");
    const tables = await query(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'notes'",
      "--format",
      "csv",
    );
    expect(tables.stdout).toBe("n\n0\n");
  });

  it("changes it with --write; several statements show the last one's result", async () => {
    const result = await query(
      "CREATE TABLE notes AS SELECT 1 AS n; INSERT INTO notes VALUES (2); SELECT sum(n) AS total FROM notes",
      "--write",
      "--format",
      "csv",
    );
    expect(result).toMatchObject({ code: 0, stdout: "total\n3\n" });
  });

  it("prints DuckDB's message for bad SQL, without a stack, and exits 1", async () => {
    const syntax = await query("SELEC 1");
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toBe(
      'civstat query: Parser Error: syntax error at or near "SELEC"\nLINE 1: SELEC 1\n        ^\n',
    );
    const missing = await query("SELECT * FROM nosuch");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^civstat query: Catalog Error: Table with name nosuch does not exist!/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes Parquet that DuckDB reads back, DECIMAL as DOUBLE", async () => {
    const out = join(corpus.dir, "q.parquet");
    const result = await query(
      "SELECT doc_number, 751.0 AS d, count(*) AS n FROM documents GROUP BY 1;",
      "--format",
      "parquet",
      "--out",
      out,
    );
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const back = await withDatabase(":memory:", {}, async ({ connection }) => {
      const reader = await connection.runAndReadAll(
        `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${out}')`,
      );
      const rows = await connection.runAndReadAll(`SELECT count(*) FROM '${out}'`);
      return { types: reader.getRows().map((r) => `${r[0]} ${r[1]}`), count: rows.getRows()[0]?.[0] };
    });
    expect(back).toEqual({ types: ["doc_number VARCHAR", "d DOUBLE", "n BIGINT"], count: 5n });
  });

  it("shows a figure in the source's words, and what it is per beside its unit", async () => {
    const result = await query(
      "SELECT DISTINCT civ_figure(f.value, f.qualifier, f.doc_id, f.fact_id) AS figure, civ_unit(f.unit) || coalesce(civ_per(f.doc_id, f.fact_id), '') AS unit FROM facts f WHERE f.metric IN ('standard.package_fee_special', 'target.service_orgs_per_county') ORDER BY 1",
      "--format",
      "csv",
    );
    expect(result.code).toBe(0);
    // 不低于16.9万元/人/年 and 不少于5家.
    expect(result.stdout).toBe("figure,unit\n不低于16.9万,元/人/年\n不少于5,家\n");
  });

  it("has the views, label tables and macros notebooks have, read-only and with --write", async () => {
    const result = await query(
      "SELECT civ_label(metric) AS label, civ_period(as_of) AS period, civ_num(value) AS n FROM series_points WHERE metric = 'social_org.total' AND as_of = '2024-05-31'",
      "--format",
      "jsonl",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ label: "社会组织", period: "2024年5月31日", n: "751" });
    const written = await query(
      "SELECT count(*) AS n FROM catalogue WHERE key = 'social_org.total'",
      "--write",
      "--format",
      "csv",
    );
    expect(written.stdout).toBe("n\n1\n");
    // They are the session's own: none is left in the database.
    const tables = await query(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE NOT temporary",
      "--format",
      "csv",
    );
    const views = await query(
      "SELECT count(*) AS n FROM duckdb_views() WHERE NOT temporary AND view_name LIKE 'series%'",
      "--format",
      "csv",
    );
    expect(views.stdout).toBe("n\n0\n");
    expect(tables.stdout).not.toContain("catalogue");
  });

  it("works out the series tables only for SQL that reads them", async () => {
    expect(readsSeries("SELECT * FROM Series_Points p JOIN facts USING (fact_id)")).toBe(true);
    expect(readsSeries("SELECT count(*) FROM series_flags")).toBe(true);
    expect(readsSeries("SELECT count(*) FROM facts WHERE metric LIKE 'series%'")).toBe(false);
    const temporary = await query(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE temporary AND table_name LIKE 'series%'",
      "--format",
      "csv",
    );
    expect(temporary.stdout).toBe("n\n0\n");
  });

  it("reads SQL from standard input with -", async () => {
    const result = await run(["query", "-", "--db", corpus.path, "--format", "csv"], {
      stdin: "SELECT 40 + 2 AS answer;\n",
    });
    expect(result).toMatchObject({ code: 0, stdout: "answer\n42\n" });
  });

  it("needs --out for parquet (exit 2) and an existing database (exit 1)", async () => {
    expect((await query("SELECT 1", "--format", "parquet")).code).toBe(2);
    const none = await run(["query", "SELECT 1", "--db", join(corpus.dir, "none.duckdb")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no database at");
    expect(existsSync(join(corpus.dir, "none.duckdb"))).toBe(false);
  });
});

describe("query values", () => {
  it("keeps numbers and makes big integers strings", () => {
    expect(plainValue(5n, "5")).toBe(5);
    expect(plainValue(2n ** 60n, "1152921504606846976")).toBe("1152921504606846976");
    expect(plainValue(Number.POSITIVE_INFINITY, "Infinity")).toBe("Infinity");
    expect(plainValue(new Date(0), "1970-01-01")).toBe("1970-01-01");
  });

  it("keeps a DECIMAL a number when a double holds it, else its exact digits", () => {
    expect(plainValue(751, "751.0")).toBe(751);
    expect(plainValue(-0.5, "-0.50")).toBe(-0.5);
    expect(plainValue(0, "0.00")).toBe(0);
    expect(plainValue(0.1234567891234568, "0.1234567891234567891")).toBe("0.1234567891234567891");
    expect(plainValue(123456789012345.67, "123456789012345.678")).toBe("123456789012345.678");
    expect(plainValue(0.1234567891, 0.1234567891)).toBe(0.1234567891);
  });

  it("makes column names unique", () => {
    expect(uniqueNames(["a", "b", "a", "a"])).toEqual(["a", "b", "a_2", "a_3"]);
  });
});
