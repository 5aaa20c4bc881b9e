// Files are read and extracted in worker threads with a memory limit: a file that needs more fails
// alone, named with the reason, and the run goes on. (The kill test checks that the built CLI, with
// its workers, writes the same database as extraction on one thread.)
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS } from "./helpers/pipeline.js";

const CLI = join(import.meta.dirname, "..", "dist", "bin", "civstat.js");
const tmp = mkdtempSync(join(tmpdir(), "civstat-workers-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!existsSync(CLI))("ingest workers", () => {
  it("fail a file that needs more memory than --worker-memory and ingest the others", async () => {
    const input = join(tmp, "in");
    mkdirSync(input);
    copyFileSync(join(CORPUS, "txt", "fumin-2024-25.txt"), join(input, "fumin-2024-25.txt"));
    writeFileSync(
      join(input, "huge.txt"),
      "截至2024年底，全市登记社会组织共751家，其中社会团体306家。\n".repeat(120_000),
    );
    const args = [
      CLI,
      "ingest",
      input,
      "--db",
      join(tmp, "w.duckdb"),
      "--jobs",
      "1",
      "--worker-memory",
      "64",
    ];
    const result = await promisify(execFile)(process.execPath, args).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /huge\.txt: reading it took more than 64 MB of memory \(raise --worker-memory\)/,
    );
    expect(result.stderr).toContain("1 ingested, 0 unchanged, 1 failed");
  }, 120_000);
});
