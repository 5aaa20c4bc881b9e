import { describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { dropCachedBlocks, limitIngestMemory } from "../store/ingestMemory.js";

type Db = Parameters<Parameters<typeof withDatabase>[2]>[0];
const one = async (db: Db, sql: string) => (await db.connection.runAndReadAll(sql)).getRows()[0]?.[0];

describe("the memory ingest keeps in DuckDB", () => {
  it("sets the ingest limit again after dropping the cache, and when nothing can be dropped", async () => {
    const limit = (db: Db) => one(db, "SELECT current_setting('memory_limit')");
    await withDatabase(":memory:", {}, async (db) => {
      await limitIngestMemory(db.connection);
      const ingestLimit = await limit(db);
      await dropCachedBlocks(db.connection);
      expect(await limit(db)).toBe(ingestLimit);
      // An in-memory table with nowhere to spill cannot be evicted: DuckDB refuses the lower limit.
      await db.connection.run("SET temp_directory = ''");
      await db.connection.run(
        "CREATE TABLE t AS SELECT range AS n, repeat('社会组织', 50) AS s FROM range(20000)",
      );
      await dropCachedBlocks(db.connection);
      expect(await limit(db)).toBe(ingestLimit);
      expect(await one(db, "SELECT count(*) FROM t")).toBe(20000n);
    });
  });
});
