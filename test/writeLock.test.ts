import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run/run.js";
import { openIngestStore } from "../store/ingest.js";
import { lockPathOf } from "../store/writeLock.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const ROOT = join(import.meta.dirname, "..");

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civstat-lock-"));
  db = join(dir, "c.duckdb");
  const result = await run(["ingest", join(CORPUS, "txt", "fumin-2024-25.txt"), "--db", db]);
  if (result.code !== 0) throw new Error(result.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Another process writing the database as `civstat ingest` does: DuckDB open for writing and the
 * lock file naming it. It lets go when its standard input closes.
 */
function writer(path: string): Promise<ChildProcess> {
  const script = `
    import { writeFileSync, rmSync } from "node:fs";
    import { DuckDBInstance } from "@duckdb/node-api";
    const instance = await DuckDBInstance.create(${JSON.stringify(path)});
    const connection = await instance.connect();
    writeFileSync(${JSON.stringify(lockPathOf(path))}, JSON.stringify({ pid: process.pid, verb: "ingest", since: new Date().toISOString() }));
    process.stdout.write("ready\\n");
    process.stdin.resume();
    process.stdin.on("end", () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(${JSON.stringify(lockPathOf(path))}, { force: true });
      process.exit(0);
    });`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (String(chunk).includes("ready")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`writer exited with ${code}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", resolve)));

describe("a database being written", () => {
  it("names the civstat command writing it to a reader, and --wait waits for it", async () => {
    const child = await writer(db);
    try {
      const refused = await run(["query", "SELECT count(*) AS n FROM documents", "--db", db]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `is being written by civstat ingest (pid ${child.pid}); retry or pass --wait`,
      );
      const writer2 = await run(["ingest", join(CORPUS, "txt", "fumin-2023-32.txt"), "--db", db]);
      expect(writer2.code).toBe(1);
      expect(writer2.stderr).toContain(
        `is being written by civstat ingest (pid ${child.pid}); retry when it is done`,
      );
      const started = Date.now();
      const waiting = run([
        "query",
        "SELECT count(*) AS n FROM documents",
        "--db",
        db,
        "--wait",
        "--format",
        "csv",
      ]);
      setTimeout(() => child.stdin?.end(), 1500);
      const waited = await waiting;
      expect(waited.code, waited.stderr).toBe(0);
      expect(waited.stdout).toBe("n\n1\n");
      expect(Date.now() - started).toBeGreaterThan(1000);
    } finally {
      child.stdin?.end();
      await exited(child).catch(() => undefined);
    }
  });

  it("ignores a lock file left by a process that is gone", async () => {
    const gone = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    writeFileSync(lockPathOf(db), JSON.stringify({ pid: Number(gone), verb: "ingest", since: "2026-01-01" }));
    const result = await run(["query", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "csv"]);
    expect(result.code, result.stderr).toBe(0);
    const again = await run(["ingest", join(CORPUS, "txt", "fumin-2024-25.txt"), "--db", db]);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(lockPathOf(db))).toBe(false);
  });

  it("is marked by ingest with its pid and verb while it writes, and unmarked after", async () => {
    const seen: string[] = [];
    await ingest(
      [join(CORPUS, "txt", "fumin-2023-32.txt")],
      { open: () => openIngestStore(db), jobs: 1, cwd: dir },
      {
        start: () => undefined,
        file: () => {
          seen.push(readFileSync(lockPathOf(db), "utf8"));
        },
      },
    );
    expect(seen.length).toBe(1);
    expect(JSON.parse(seen[0] as string)).toMatchObject({ pid: process.pid, verb: "ingest" });
    expect(existsSync(lockPathOf(db))).toBe(false);
  });
});
