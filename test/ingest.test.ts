import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import { DOCUMENT_TABLES, TABLES } from "../schemas/tables.js";
import { withDatabase } from "../store/database.js";
import { loadDocument } from "../store/load.js";
import { dumpTables } from "./helpers/dbDump.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-ingest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function count(db: string, sql: string): Promise<number> {
  return withDatabase(db, { readOnly: true }, async ({ connection }) =>
    Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0]),
  );
}

describe("civstat ingest", () => {
  const db = join(tmp, "corpus.duckdb");
  const folders = ["txt", "docx", "pdf", "odd"].map((f) => join(CORPUS, f));

  it("ingests every readable form of the sample corpus and exits 0", async () => {
    const result = await run(["ingest", ...folders, "--db", db]);
    expect(result.stderr).toContain("18 ingested, 0 unchanged");
    expect(result.code).toBe(0);
    expect(await count(db, "SELECT count(*) FROM documents")).toBe(18);
    expect(await count(db, "SELECT count(DISTINCT doc_number) FROM documents")).toBe(5);
  });

  it("changes nothing when the same folders are ingested again", async () => {
    const before = await dumpTables(db);
    const result = await run(["ingest", ...folders, "--db", db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("0 ingested, 18 unchanged");
    expect(await dumpTables(db)).toBe(before);
  });

  it("names each bad file with its reason on one line, ingests the rest, and exits 1", async () => {
    const result = await run([
      "ingest",
      join(CORPUS, "bad"),
      join(CORPUS, "txt", "fumin-2024-25.txt"),
      "--db",
      join(tmp, "bad.duckdb"),
      "--no-ocr",
    ]);
    expect(result.code).toBe(1);
    const lines = result.stderr
      .split("\n")
      .filter((l) => l.startsWith("civstat ingest: ") && l.includes("bad/"));
    expect(lines).toHaveLength(5);
    const reasons = Object.fromEntries(
      lines.map((l) => [/bad\/([^:]+):/.exec(l)?.[1], l.replace(/^.*?bad\/[^:]+: /, "")]),
    );
    expect(reasons).toEqual({
      "empty.pdf": expect.stringMatching(/empty/),
      "not-a-zip.docx": expect.stringMatching(/zip/i),
      "truncated-fumin-2022-27.pdf": expect.stringMatching(/truncated|cut off|incomplete/i),
      "encrypted-fumin-2024-25.pdf": expect.stringMatching(/password|encrypt/i),
      "scanned-fumin-2023-32.pdf": expect.stringMatching(/no text layer.*OCR/i),
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain("1 ingested");
  });

  it("replaces the rows of a file whose bytes changed", async () => {
    const file = join(tmp, "reply.txt");
    const local = join(tmp, "replace.duckdb");
    copyFileSync(join(CORPUS, "txt", "fumin-2024-25.txt"), file);
    expect((await run(["ingest", file, "--db", local])).code).toBe(0);
    writeFileSync(
      file,
      "深圳市福田区民政局\n福民函〔2024〕26号\n截至2024年6月底，福田区登记的社会组织共760家。\n",
    );
    const result = await run(["ingest", file, "--db", local]);
    expect(result.stderr).toContain("1 replaced");
    expect(await count(local, "SELECT count(*) FROM documents")).toBe(1);
    expect(await count(local, "SELECT count(*) FROM facts WHERE value = 751")).toBe(0);
    expect(await count(local, "SELECT count(*) FROM facts WHERE value = 760")).toBe(1);
  });

  it("writes a document in one transaction: a failure leaves none of its rows", async () => {
    const path = join(CORPUS, "txt", "fumin-2023-32.txt");
    const { readFileSync } = await import("node:fs");
    const { rows } = processDocument(await readDocument(path, new Uint8Array(readFileSync(path))));
    const broken = { ...rows, facts: [...rows.facts, { ...rows.facts[0], metric: null } as never] };
    const local = join(tmp, "atomic.duckdb");
    await withDatabase(local, {}, async ({ connection }) => {
      await expect(loadDocument(connection, path, broken)).rejects.toThrow();
      for (const table of [
        ...DOCUMENT_TABLES,
        ...TABLES.filter((t) => t.name === "documents" || t.name === "files"),
      ]) {
        const n = (await connection.runAndReadAll(`SELECT count(*) FROM ${table.name}`)).getRows()[0]?.[0];
        expect([table.name, n]).toEqual([table.name, 0n]);
      }
    });
  });

  it("exits 2 on bad usage", async () => {
    expect((await run(["ingest"])).code).toBe(2);
    expect((await run(["ingest", "x", "--bogus"])).code).toBe(2);
    expect((await run(["ingest", CORPUS, "--jobs", "0"])).code).toBe(2);
    const missing = await run(["ingest", join(tmp, "nowhere"), "--db", join(tmp, "x.duckdb")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere: no such file or folder/);
  });

  it("names a database that cannot be made where a file stands, and leaves the file", async () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "not a folder");
    const db = join(file, "x.duckdb");
    const result = await run(["ingest", join(CORPUS, "txt"), "--db", db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `civstat ingest: cannot create database ${db}: a file stands where its folder should be\n`,
    );
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });
});

describe("civstat docs", () => {
  it("lists documents with number, issuer, date and kind in csv and jsonl", async () => {
    const db = join(tmp, "docs.duckdb");
    await run(["ingest", join(CORPUS, "txt"), "--db", db]);
    const jsonl = await run(["docs", "--db", db, "--format", "jsonl"]);
    const docs = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.doc_number, d.issued, d.kind])).toEqual([
      ["深府办规〔2020〕11号", "2020-11-02", "policy"],
      ["闽民社工〔2021〕8号", "2021-01-28", "policy"],
      ["福民函〔2022〕27号", "2022-07-28", "npc_suggestion_reply"],
      ["福民函〔2023〕32号", "2023-08-01", "cppcc_proposal_reply"],
      ["福民函〔2024〕25号", "2024-06-07", "npc_suggestion_reply"],
    ]);
    const csv = await run(["docs", "--db", db, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toMatch(/^doc_id,file,path,format/);
    const table = await run(["docs", "--db", db]);
    expect(table.stdout).toContain("深圳市福田区民政局");
  });

  it("says so when there is no database", async () => {
    const result = await run(["docs", "--db", join(tmp, "none.duckdb")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no database at .*none\.duckdb/);
  });
});

describe("civstat checks", () => {
  it("lists the sample corpus's conflicting figures for 福田区 社会组织 in 2022", async () => {
    const db = join(tmp, "checks.duckdb");
    await run(["ingest", join(CORPUS, "txt"), join(CORPUS, "pdf"), "--db", db]);
    const result = await run(["checks", "--db", db, "--format", "jsonl"]);
    const rows = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      expect.objectContaining({
        check: "conflicting_sources",
        metric: "social_org.total",
        region: "福田区",
        as_of: "2022",
        value: 766,
        sources: "福民函〔2022〕27号 p4",
        other: "765 in 福民函〔2022〕27号 p1 (2022-06-30)",
      }),
      expect.objectContaining({ check: "different_basis", metric: "social_org.party_orgs", value: 145 }),
    ]);
  });
});
