import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/tables.js";
import { VIEWS } from "../schemas/views.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

interface Line {
  relation: string;
  kind: string;
  column: string;
  type: string;
  not_null: boolean;
  description: string;
}

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
});
afterAll(() => corpus?.remove());

const jsonLines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

describe("civstat schema", () => {
  it("lists every table and view with its row count, and every column with its type and meaning", async () => {
    const result = await run(["schema", "--db", corpus.path]);
    expect(result.code).toBe(0);
    for (const t of TABLES) expect(result.stdout).toContain(`${t.name} (table, `);
    for (const v of VIEWS) expect(result.stdout).toContain(`${v.name} (view, `);
    expect(result.stdout).toContain("documents (table, 5 rows): one row per ingested document");
    expect(result.stdout).toMatch(
      /\n {2}doc_number +VARCHAR +the document's own number: 福民函〔2024〕25号\n/,
    );
    expect(result.stdout).toMatch(/\n {2}value +DOUBLE! +normalised value/);
    expect(result.stdout).toMatch(/\n {2}period_end +DATE +last day of the period as_of names/);
    expect(result.stdout).toContain(
      "civstat query and notebooks also find, for their session only: the views series_points",
    );
  });

  it("describes every column of civstat's tables and views (jsonl)", async () => {
    const lines = jsonLines((await run(["schema", "--db", corpus.path, "--format", "jsonl"])).stdout);
    const relations = new Set(lines.map((l) => l.relation));
    for (const t of TABLES) {
      expect(relations).toContain(t.name);
      for (const c of t.columns) {
        expect(lines.find((l) => l.relation === t.name && l.column === c.name)).toMatchObject({
          type: c.type,
          not_null: c.notNull === true,
          description: c.description,
        });
      }
    }
    const undocumented = lines.filter((l) => l.description === "").map((l) => `${l.relation}.${l.column}`);
    expect(undocumented).toEqual([]);
  });

  it("lists what else is in the database, and what an older database lacks", async () => {
    const copy = join(corpus.dir, "other.duckdb");
    copyFileSync(corpus.path, copy);
    const instance = await DuckDBInstance.create(copy);
    const connection = await instance.connect();
    await connection.run("CREATE TABLE my_notes (doc_number VARCHAR, remark VARCHAR, score DECIMAL(5, 2))");
    await connection.run("ALTER TABLE documents DROP COLUMN warnings");
    connection.closeSync();
    instance.closeSync();
    const result = await run(["schema", "--db", copy]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /my_notes \(table, 0 rows\)\n {2}doc_number +VARCHAR\n {2}remark +VARCHAR\n {2}score +DECIMAL\(5,2\)\n/,
    );
    expect(result.stdout).toContain("(missing here, made by an older civstat: warnings;");
  });

  it("lists the schema civstat creates when there is no database", async () => {
    const none = join(corpus.dir, "none.duckdb");
    const result = await run(["schema", "--db", none]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("no database at");
    expect(result.stdout).toContain("sentence_lengths (table): search index");
    expect(result.stdout).toContain("fact_points (view): catalogue facts");
  });
});
