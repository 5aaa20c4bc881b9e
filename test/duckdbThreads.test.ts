import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { threadSettings, withDatabase } from "../store/database.js";
import { run } from "./helpers/io.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-threads-"));
const path = join(tmp, "t.duckdb");
beforeAll(() => withDatabase(path, {}, async () => undefined));
const suiteSetting = process.env.CIVSTAT_DUCKDB_THREADS;
afterEach(() => {
  // Assigning undefined to process.env would set the text "undefined".
  if (suiteSetting === undefined) delete process.env.CIVSTAT_DUCKDB_THREADS;
  else process.env.CIVSTAT_DUCKDB_THREADS = suiteSetting;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const threadsOf = (readOnly: boolean) =>
  withDatabase(path, { readOnly }, async ({ connection }) =>
    Number((await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0]),
  );

describe("$CIVSTAT_DUCKDB_THREADS", () => {
  it("sets the threads of a database opened for reading or writing", async () => {
    process.env.CIVSTAT_DUCKDB_THREADS = "3";
    expect(await threadsOf(false)).toBe(3);
    process.env.CIVSTAT_DUCKDB_THREADS = "1";
    expect(await threadsOf(true)).toBe(1);
  });

  it("leaves DuckDB's own default when unset or empty", () => {
    expect(threadSettings({})).toEqual({});
    expect(threadSettings({ CIVSTAT_DUCKDB_THREADS: "" })).toEqual({});
    expect(threadSettings({ CIVSTAT_DUCKDB_THREADS: "2" })).toEqual({ threads: "2" });
  });

  it("refuses what is not a count of threads, naming the variable (exit 2)", async () => {
    for (const bad of ["0", "-1", "two", "1.5", "99999"]) {
      expect(() => threadSettings({ CIVSTAT_DUCKDB_THREADS: bad })).toThrow(/CIVSTAT_DUCKDB_THREADS/);
    }
    process.env.CIVSTAT_DUCKDB_THREADS = "many";
    const result = await run(["query", "SELECT 1", "--db", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CIVSTAT_DUCKDB_THREADS=many: give a whole number of threads");
  });
});
