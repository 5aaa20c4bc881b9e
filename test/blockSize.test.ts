import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-blocks-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Db = Parameters<Parameters<typeof withDatabase>[2]>[0];
const one = async (db: Db, sql: string) => (await db.connection.runAndReadAll(sql)).getRows()[0]?.[0];

describe("a database's blocks", () => {
  it("makes a new database with 64 kB blocks, and leaves an older database's blocks as they are", async () => {
    const fresh = join(tmp, "fresh.duckdb");
    const blockSize = (db: Db) => one(db, "SELECT block_size FROM pragma_database_size()");
    await withDatabase(fresh, {}, async (db) => expect(await blockSize(db)).toBe(65536n));
    const older = join(tmp, "older.duckdb");
    (await DuckDBInstance.create(older)).closeSync();
    await withDatabase(older, {}, async (db) => expect(await blockSize(db)).toBe(262144n));
  });
});
