// A run's log goes to the database in parts as its files settle, never held whole: a run over
// more files than a part holds writes several parts, none much larger than one, and logs every
// file once. The summary holds counts, not a list of the files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractPool } from "../pipeline/run/pool.js";
import {
  type IngestEffects,
  type IngestLogRow,
  type IngestStore,
  ingest,
  LOG_ROWS,
  type LoadPlan,
} from "../pipeline/run/run.js";

const FILES = 2 * LOG_ROWS + 500;
const tmp = mkdtempSync(join(tmpdir(), "civstat-log-parts-"));
const folder = join(tmp, "in");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  mkdirSync(folder);
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(folder, `note-${i}.txt`), `第${i}期：登记社会组织${i}个。\n`);
});

const quiet: IngestEffects = { start() {}, file() {} };
const noWorkers: ExtractPool = {
  extract: async () => {
    throw new Error("no file needs extracting here");
  },
  close: async () => undefined,
  warm: () => undefined,
  dropWaiting: () => undefined,
};

/** A store that plans every file the same way, commits links 25 at a time and keeps the log parts. */
function recordingStore(plan: LoadPlan): {
  store: IngestStore;
  parts: IngestLogRow[][];
  committed: () => number;
} {
  const parts: IngestLogRow[][] = [];
  let committed = 0;
  let batch: Array<(replaced: boolean) => void> = [];
  const store: IngestStore = {
    expect() {},
    plan: async () => plan,
    link: async () => {
      const committed = new Promise<boolean>((resolve) => batch.push(resolve));
      return { committed };
    },
    load: async () => {
      throw new Error("no document is loaded here");
    },
    full: () => batch.length >= 25,
    commit: async () => {
      const taken = batch;
      batch = [];
      for (const resolve of taken) resolve(false);
      committed += taken.length;
      await Promise.resolve();
    },
    abandon: async () => undefined,
    log: async (rows) => {
      parts.push(rows);
    },
    paths: async () => [],
    unlink: async () => null,
    census: async () => ({ documents: 0, unnumbered: 0 }),
    close() {},
  };
  return { store, parts, committed: () => committed };
}

describe("the ingest log of a run", () => {
  it.each<"unchanged" | "link">(["unchanged", "link"])(
    "is written in parts as files settle (%s)",
    async (plan) => {
      const { store, parts } = recordingStore(plan);
      const summary = await ingest(
        [folder],
        { open: async () => store, jobs: 1, cwd: tmp, pool: noWorkers },
        quiet,
      );
      expect(summary.counts.unchanged).toBe(FILES);
      expect(summary).not.toHaveProperty("outcomes");
      const logged = parts.flat();
      expect(logged).toHaveLength(FILES);
      expect(new Set(logged.map((row) => row.path)).size).toBe(FILES);
      expect(parts.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(LOG_ROWS + 100);
      expect(new Set(logged.map((row) => row.run_id)).size).toBe(1);
    },
  );

  it("commits every batch, then ends the run with the error of a report that threw", async () => {
    const { store, committed } = recordingStore("link");
    let told = 0;
    const failing: IngestEffects = {
      start() {},
      file() {
        if (++told === 10) throw new Error("the terminal went away");
      },
    };
    await expect(
      ingest([folder], { open: async () => store, jobs: 1, cwd: tmp, pool: noWorkers }, failing),
    ).rejects.toThrow("the terminal went away");
    expect(committed()).toBe(FILES);
  });
});
