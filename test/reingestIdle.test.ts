// Ingesting an unchanged folder again asks no worker for anything: here the pool is replaced by a
// stand-in that counts its use. The first ingest
// runs in a process of its own, with the real ones (the built CLI). Test files share one module
// graph (isolate: false), so the CLI is imported afresh with the stand-ins, and the graph is
// reset afterwards for the files that come next.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";

const CLI = join(import.meta.dirname, "..", "dist", "bin", "civstat.js");
const POOL = "../pipeline/run/pool.js";
const tmp = mkdtempSync(join(tmpdir(), "civstat-idle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!existsSync(CLI))("ingesting an unchanged folder again", () => {
  it("hands no file to a worker", async () => {
    const folder = join(tmp, "in");
    const db = join(tmp, "idle.duckdb");
    mkdirSync(folder);
    for (const n of [1, 2]) {
      writeFileSync(
        join(folder, `reply-${n}.txt`),
        `某市民政局\n某民函〔2024〕${n}号\n截至2024年底，全市登记的社会组织共${700 + n}家。\n`,
      );
    }
    await promisify(execFile)(process.execPath, [CLI, "ingest", folder, "--db", db]);

    const used = { extract: 0 };
    vi.resetModules();
    vi.doMock(POOL, async (original: () => Promise<object>) => ({
      ...(await original()),
      extractPool: () => ({
        extract: async () => {
          used.extract++;
          throw new Error("a file was handed to a worker");
        },
        close: async () => undefined,
      }),
    }));
    try {
      const { run } = await import("./helpers/io.js");
      const again = await run(["ingest", folder, "--db", db]);
      expect(again.stderr).toContain("0 ingested, 2 unchanged");
      expect(again.code).toBe(0);
      expect(used).toEqual({ extract: 0 });
    } finally {
      vi.doUnmock(POOL);
      vi.resetModules();
    }
  }, 60_000);
});
