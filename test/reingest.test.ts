// Ingesting a folder again: an unchanged file is only hashed and looked up, and every change to a
// file (other bytes of the same size, a rename, a removal, an older extraction) is still seen.
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { dumpTables } from "./helpers/dbDump.js";
import { run } from "./helpers/io.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-reingest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const folder = join(tmp, "in");
const db = join(tmp, "re.duckdb");

const reply = (number: number, count: number) =>
  `某市民政局\n某民函〔2024〕${number}号\n截至2024年底，全市登记的社会组织共${count}家。\n`;

async function scalar(sql: string): Promise<unknown> {
  return withDatabase(
    db,
    { readOnly: true },
    async ({ connection }) => (await connection.runAndReadAll(sql)).getRowsJS()[0]?.[0],
  );
}

const ingestAgain = (...flags: string[]) => run(["ingest", folder, "--db", db, ...flags]);

describe("ingesting a folder again", () => {
  beforeAll(async () => {
    mkdirSync(folder);
    for (const n of [1, 2, 3]) writeFileSync(join(folder, `reply-${n}.txt`), reply(n, 700 + n));
    expect((await ingestAgain()).stderr).toContain("3 ingested, 0 unchanged");
  });

  it("leaves an unchanged folder as it was and says so", async () => {
    const before = await dumpTables(db);
    const result = await ingestAgain();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("0 ingested, 3 unchanged; 0 facts");
    expect(result.stderr).toContain("3 documents in the database");
    expect(await dumpTables(db)).toBe(before);
  });

  it("finds nothing changed in a file touched but not changed", async () => {
    const file = join(folder, "reply-1.txt");
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect((await ingestAgain()).stderr).toContain("0 ingested, 3 unchanged");
  });

  it("replaces a file whose bytes changed with its size and time kept", async () => {
    const file = join(folder, "reply-2.txt");
    const { size, atime, mtime } = statSync(file);
    writeFileSync(file, reply(2, 799));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(size);
    const result = await ingestAgain();
    expect(result.stderr).toContain("0 ingested, 1 replaced, 2 unchanged");
    expect(await scalar("SELECT count(*) FROM facts WHERE value = 702")).toBe(0n);
    expect(await scalar("SELECT count(*) FROM facts WHERE value = 799")).toBe(1n);
  });

  it("links a renamed file to its document, and prunes the old name", async () => {
    renameSync(join(folder, "reply-3.txt"), join(folder, "renamed-3.txt"));
    const facts = await scalar("SELECT count(*) FROM facts");
    const result = await ingestAgain("--prune");
    expect(result.stderr).toContain("0 ingested, 3 unchanged, 1 pruned");
    expect(
      await scalar("SELECT string_agg(regexp_extract(path, '[^/]+$'), ',' ORDER BY path) FROM files"),
    ).toBe("renamed-3.txt,reply-1.txt,reply-2.txt");
    expect(await scalar("SELECT count(*) FROM facts")).toBe(facts);
  });

  it("drops a deleted file's document with --prune", async () => {
    rmSync(join(folder, "reply-1.txt"));
    const result = await ingestAgain("--prune");
    expect(result.stderr).toContain("0 ingested, 2 unchanged, 1 pruned");
    expect(await scalar("SELECT count(*) FROM documents")).toBe(2n);
    expect(await scalar("SELECT count(*) FROM facts WHERE value = 701")).toBe(0n);
  });

  it("extracts again a document loaded by an older pipeline", async () => {
    await withDatabase(db, {}, async ({ connection }) => {
      await connection.run("UPDATE documents SET pipeline_version = 0 WHERE file = 'reply-2.txt'");
    });
    const result = await ingestAgain();
    expect(result.stderr).toContain("1 ingested, 1 unchanged");
    expect(await scalar("SELECT min(pipeline_version) FROM documents")).toBeGreaterThan(0);
    expect(await scalar("SELECT count(*) FROM facts WHERE value = 799")).toBe(1n);
  });

  it.each([
    ["one-batch-a-file", ["--batch", "1", "--jobs", "1"]],
    ["all-in-flight", ["--jobs", "2"]],
  ])(
    "loads a document once when a new database gets its bytes under several names (%s)",
    async (label, args) => {
      const copies = join(tmp, `copies-${label}`);
      mkdirSync(copies);
      for (const [name, n] of [
        ["a", 1],
        ["b", 2],
        ["c", 3],
        ["d", 1],
        ["e", 4],
        ["f", 1],
      ] as const) {
        writeFileSync(join(copies, `${name}.txt`), reply(n, 800 + n));
      }
      const fresh = join(tmp, `copies-${label}.duckdb`);
      const result = await run(["ingest", copies, "--db", fresh, ...args]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain("4 ingested, 2 unchanged");
      // A copy waits for the first to be loaded, then is linked, not read again.
      expect(result.stderr).toMatch(/^unchanged +\S*d\.txt/m);
      expect(result.stderr).toMatch(/^unchanged +\S*f\.txt/m);
      const count = (sql: string) =>
        withDatabase(
          fresh,
          { readOnly: true },
          async ({ connection }) => (await connection.runAndReadAll(sql)).getRowsJS()[0]?.[0],
        );
      expect(await count("SELECT count(*) FROM documents")).toBe(4n);
      expect(await count("SELECT count(*) FROM files")).toBe(6n);
      expect(await count("SELECT count(*) FROM facts WHERE value = 801")).toBe(1n);
      expect((await run(["ingest", copies, "--db", fresh])).stderr).toContain("0 ingested, 6 unchanged");
    },
  );
});
