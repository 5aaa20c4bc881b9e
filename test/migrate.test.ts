import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { textMd5 } from "../pipeline/run/textParts.js";
import { type Column, createTableSql, documents, pages, sentences } from "../schemas/tables.js";
import { documentCopies, VIEWS } from "../schemas/views.js";
import { withDatabase } from "../store/database.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-migrate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs SQL on the database as an older civstat left it: straight through DuckDB, no migration. */
async function asOlderCivstat(db: string, ...statements: string[]): Promise<void> {
  const instance = await DuckDBInstance.create(db);
  const connection = await instance.connect();
  try {
    for (const sql of statements) await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("a database made by an older civstat", () => {
  it("is brought to the current tables, keeping its rows, and re-ingests its documents", async () => {
    const db = join(tmp, "old.duckdb");
    const text = `第一段 社会组织\n${"养老服务".repeat(700)}𠀋尾`;
    const original = text.replace("养老服务", "養老服務");
    const old = {
      ...documents,
      columns: [
        ...documents.columns.filter((c) => !["period", "pipeline_version", "text_md5"].includes(c.name)),
        { name: "text", type: "VARCHAR", notNull: true, description: "clean text" },
        { name: "original", type: "VARCHAR", notNull: true, description: "clean text before simplification" },
      ] satisfies Column[],
    };
    const oldPages = {
      ...pages,
      columns: [
        ...pages.columns,
        { name: "text", type: "VARCHAR", notNull: true, description: "raw text" },
      ] satisfies Column[],
    };
    await asOlderCivstat(
      db,
      createTableSql(old),
      createTableSql(oldPages),
      `INSERT INTO documents (doc_id, path, file, format, bytes, page_count, kind, text, original)
       VALUES ('x', '/x.txt', 'x.txt', 'txt', 1, 1, 'other', '${text}', '${original}')`,
      `INSERT INTO pages (doc_id, page, read_by, text) VALUES ('x', 0, 'text layer', '${original}')`,
    );

    await withDatabase(db, {}, async ({ connection }) => {
      const columnsOf = async (table: string) =>
        (
          await connection.runAndReadAll(
            `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
          )
        )
          .getRows()
          .map((r) => r[0]);
      expect(await columnsOf("documents")).toEqual(documents.columns.map((c) => c.name));
      expect(await columnsOf("pages")).toEqual(pages.columns.map((c) => c.name));
      const row = (
        await connection.runAndReadAll("SELECT doc_id, period, pipeline_version, text_md5 FROM documents")
      ).getRows();
      expect(row).toEqual([["x", null, 0, textMd5(text)]]);
      const texts = await connection.runAndReadAll("SELECT doc_id, text, original FROM document_texts");
      expect(texts.getRows()).toEqual([["x", text, original]]);
      const pageTexts = await connection.runAndReadAll("SELECT doc_id, page, text FROM page_texts");
      expect(pageTexts.getRows()).toEqual([["x", 0, original]]);
    });
    const result = await run(["ingest", join(CORPUS, "txt", "fumin-2024-25.txt"), "--db", db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("1 ingested");
  });

  it("lists its documents before anything wrote to it, whole texts still in documents", async () => {
    const db = join(tmp, "texts-in-rows.duckdb");
    const ingested = await run(["ingest", join(CORPUS, "txt", "fumin-2024-25.txt"), "--db", db]);
    expect(ingested.code).toBe(0);
    // The copies view as it was when documents held the texts.
    const olderCopies = documentCopies.sql
      .replace("d.text_md5", "d.text")
      .replace("EXCLUDE (text_md5)", "EXCLUDE (text)")
      .replace("'text:' || text_md5", String.raw`'text:' || md5(regexp_replace(text, '\s+', '', 'g'))`);
    expect(olderCopies).not.toContain("text_md5");
    await asOlderCivstat(
      db,
      "ALTER TABLE documents ADD COLUMN text VARCHAR DEFAULT '全文'",
      "ALTER TABLE documents ADD COLUMN original VARCHAR DEFAULT '全文'",
      olderCopies,
      "ALTER TABLE documents DROP COLUMN text_md5",
    );
    const listed = await run(["docs", "--db", db, "--format", "jsonl"]);
    expect(listed.stderr).toBe("");
    expect(listed.code).toBe(0);
    const [row] = listed.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(row.document).toBe("福民函〔2024〕25号");
    expect(Object.keys(row)).not.toContain("text");
  });

  it("loses the primary key of a table of many rows a document, keeping its rows", async () => {
    const db = join(tmp, "keyed.duckdb");
    await asOlderCivstat(
      db,
      createTableSql({ ...sentences, primaryKey: ["doc_id", "sentence_id"] }),
      "INSERT INTO sentences (doc_id, sentence_id, start_offset, end_offset, kind, text) VALUES ('x', 0, 0, 2, 'paragraph', '全文')",
    );

    await withDatabase(db, {}, async ({ connection }) => {
      const keys = await connection.runAndReadAll(
        "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'sentences' AND constraint_type = 'PRIMARY KEY'",
      );
      expect(keys.getRows()).toEqual([[0n]]);
      const rows = await connection.runAndReadAll("SELECT doc_id, sentence_id, text FROM sentences");
      expect(rows.getRows()).toEqual([["x", 0, "全文"]]);
    });
  });

  it("has the search tokens table an older civstat kept dropped; its sentences stay searchable", async () => {
    const db = join(tmp, "tokens.duckdb");
    const ingested = await run(["ingest", join(CORPUS, "txt", "fumin-2024-25.txt"), "--db", db]);
    expect(ingested.code).toBe(0);
    await asOlderCivstat(
      db,
      "CREATE TABLE sentence_tokens (doc_id VARCHAR NOT NULL, sentence_id INTEGER NOT NULL, token VARCHAR NOT NULL, tf INTEGER NOT NULL)",
    );

    await withDatabase(db, {}, async ({ connection }) => {
      const left = await connection.runAndReadAll(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'sentence_tokens'",
      );
      expect(left.getRows()).toEqual([[0n]]);
    });
    const found = await run(["search", "社会组织", "--db", db]);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain("社会组织");
  });
});

describe("a database of the current shape", () => {
  const walBytes = (db: string) => (existsSync(`${db}.wal`) ? statSync(`${db}.wal`).size : 0);

  it("is opened for writing without a write: nothing is left to checkpoint", async () => {
    const db = join(tmp, "current.duckdb");
    await withDatabase(db, {}, async () => undefined);
    await withDatabase(db, {}, async ({ connection }) => {
      expect(walBytes(db)).toBe(0);
      const meta = await connection.runAndReadAll("SELECT key FROM civstat_meta ORDER BY key");
      expect(meta.getRows()).toEqual([["schema_version"], ["views"]]);
    });
  });

  it("gets its views made again when their definitions changed or one is missing", async () => {
    const db = join(tmp, "views.duckdb");
    await withDatabase(db, {}, async ({ connection }) => {
      await connection.run("UPDATE civstat_meta SET value = 'older' WHERE key = 'views'");
      await connection.run("CREATE OR REPLACE VIEW fact_bases AS SELECT 1 AS older");
    });
    const viewNames = async () =>
      withDatabase(db, {}, async ({ connection }) => {
        const older = await connection.runAndReadAll(
          "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'fact_bases' AND column_name = 'older'",
        );
        const names = await connection.runAndReadAll(
          "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1",
        );
        return { older: older.getRows()[0]?.[0], names: names.getRows().map((r) => r[0]) };
      });
    const all = VIEWS.map((v) => v.name).sort();
    expect(await viewNames()).toEqual({ older: 0n, names: all });
    await withDatabase(db, {}, async ({ connection }) => {
      await connection.run("DROP VIEW fact_bases");
    });
    expect((await viewNames()).names).toEqual(all);
  });
});
