// Ingesting an unchanged folder again asks no worker for anything: the second run is given a
// stand-in pool that counts its use, where the first had the pool a run makes for itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summaryLines } from "../bin/commands/ingest.js";
import type { ExtractPool } from "../pipeline/run/pool.js";
import { type IngestOptions, ingest } from "../pipeline/run/run.js";
import { openIngestStore } from "../store/ingest.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-idle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const quiet = { start: () => undefined, file: () => undefined };

describe("ingesting an unchanged folder again", () => {
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
    const options: IngestOptions = { open: () => openIngestStore(db), jobs: 1, cwd: tmp };
    const first = await ingest([folder], options, quiet);
    expect(first.counts).toMatchObject({ ingested: 2, failed: 0 });

    const used = { extract: 0, close: 0, warm: 0 };
    const counting: ExtractPool = {
      extract: async () => {
        used.extract++;
        throw new Error("a file was handed to a worker");
      },
      close: async () => {
        used.close++;
      },
      warm: () => {
        used.warm++;
      },
      dropWaiting: () => undefined,
    };
    const again = await ingest([folder], { ...options, pool: counting, newDatabase: false }, quiet);
    expect(summaryLines(again, db)).toContain("0 ingested, 2 unchanged");
    // The pool is the caller's: the run neither starts, uses nor stops it.
    expect(used).toEqual({ extract: 0, close: 0, warm: 0 });
  });
});
