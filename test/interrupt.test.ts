// Ctrl-C during an ingest: the files in flight are finished and committed, the run's log and
// summary are written, the exit code is 130 with how to resume, and the next run completes it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const CLI = join(import.meta.dirname, "..", "dist", "bin", "civstat.js");
const FOLDERS = ["txt", "docx", "pdf"].map((f) => join(CORPUS, f));
const tmp = mkdtempSync(join(tmpdir(), "civstat-interrupt-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * An ingest interrupted (SIGINT) once it has loaded its first file: its exit code and stderr. One
 * worker: the files in flight are the writer's to finish; a second worker only adds its start-up.
 */
function interruptedIngest(db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, "ingest", ...FOLDERS, "--db", db, "--batch", "2", "--jobs", "1"],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      const first = !/^ingested/m.test(stderr);
      stderr += chunk.toString();
      if (first && /^ingested/m.test(stderr)) child.kill("SIGINT");
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!existsSync(CLI))("an ingest interrupted with Ctrl-C", () => {
  it("commits what is in flight, logs the run, exits 130 saying how to resume", async () => {
    const db = join(tmp, "int.duckdb");
    const { code, stderr } = await interruptedIngest(db);
    expect(code).toBe(130);
    expect(stderr).toContain("civstat ingest: interrupted: finishing the files in flight");
    expect(stderr).toMatch(/civstat ingest: \d+ ingested, 0 unchanged; \d+ facts/);
    expect(stderr).toMatch(/interrupted with \d+ files? not started; run the same command again/);
    const [documents, logged] = await withDatabase(db, { readOnly: true }, async ({ connection }) => [
      Number((await connection.runAndReadAll("SELECT count(*) FROM documents")).getRows()[0]?.[0]),
      Number((await connection.runAndReadAll("SELECT count(*) FROM ingest_log")).getRows()[0]?.[0]),
    ]);
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThan(15);
    expect(logged).toBe(documents);
    const again = await run(["ingest", ...FOLDERS, "--db", db]);
    expect(again.stderr).toContain(`${15 - documents} ingested, ${documents} unchanged`);
  }, 180_000);
});
