// A run into a new database starts its workers (and their PDF reader) while the database is created;
// a run into a database that exists starts them only for a file that needs reading. A file's time is
// its own reading and extraction, whatever it waited for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfEngine } from "../pipeline/read/pdf.js";
import type { Extracted } from "../pipeline/run/extractFile.js";
import type { ExtractPool } from "../pipeline/run/pool.js";
import type { DocumentRows } from "../pipeline/run/rows.js";
import { type IngestEffects, type IngestStore, ingest } from "../pipeline/run/run.js";

const FILES = 60;
const tmp = mkdtempSync(join(tmpdir(), "civstat-warm-workers-"));
const texts = join(tmp, "texts");
const mixed = join(tmp, "mixed");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  mkdirSync(texts);
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(texts, `note-${i}.txt`), `第${i}期：登记社会组织${i}个。\n`);
  mkdirSync(mixed);
  writeFileSync(join(mixed, "reply.txt"), "登记社会组织12个。\n");
  writeFileSync(join(mixed, "bulletin.PDF"), "%PDF-1.4\n");
});

const quiet: IngestEffects = { start() {}, file() {} };

const extracted = (): Extracted => ({
  rows: { document: { doc_number: null, warnings: [] }, facts: [] } as unknown as DocumentRows,
  readMs: 3,
  extractMs: 4.4,
});

/** A pool that extracts at once, counting the files it is handed and how it was warmed. */
function countingPool() {
  const seen = { extracted: 0, warmed: [] as (PdfEngine | null)[] };
  const pool: ExtractPool = {
    extract: async () => {
      seen.extracted++;
      return extracted();
    },
    close: async () => undefined,
    warm: (engine) => {
      seen.warmed.push(engine);
    },
    dropWaiting: () => undefined,
  };
  return { pool, seen };
}

/**
 * A store whose first commit, when `hold`, waits until `release` is called; `committing` settles
 * when it starts.
 */
function slowCommitStore(hold = true) {
  let release = () => {};
  let started = () => {};
  const committing = new Promise<void>((resolve) => (started = resolve));
  let commits = 0;
  const batch: Array<(replaced: boolean) => void> = [];
  const store: IngestStore = {
    expect() {},
    plan: async () => "extract",
    link: async () => {
      throw new Error("no file is linked here");
    },
    load: async () => ({ committed: new Promise<boolean>((resolve) => batch.push(resolve)) }),
    full: () => batch.length >= 2,
    commit: async () => {
      if (hold && commits++ === 0) {
        started();
        await new Promise<void>((resolve) => (release = resolve));
      }
      for (const resolve of batch.splice(0)) resolve(false);
    },
    abandon: async () => undefined,
    log: async () => undefined,
    paths: async () => [],
    unlink: async () => null,
    census: async () => ({ documents: 0, unnumbered: 0 }),
    close() {},
  };
  return { store, committing, release: () => release() };
}

describe("the workers of a run", () => {
  it("gives a file's time as its reading and extraction, not its wait for a worker or its batch", async () => {
    const { pool } = countingPool();
    const { store, committing, release } = slowCommitStore();
    const took: number[] = [];
    const effects: IngestEffects = { start() {}, file: (outcome) => took.push(outcome.ms) };
    const run = ingest([texts], { open: async () => store, jobs: 1, cwd: tmp, pool }, effects);
    await committing;
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    const summary = await run;
    expect(summary.counts.ingested).toBe(FILES);
    expect(new Set(took)).toEqual(new Set([7]));
  });

  it.each([
    [true, "pdfium", ["pdfium"]],
    [true, "pdfjs", ["pdfjs"]],
    [false, "pdfium", []],
  ] as const)(
    "with a new database (%s) and --pdf-engine %s, warms the workers with %j",
    async (newDatabase, pdfEngine, warmed) => {
      const { pool, seen } = countingPool();
      const { store } = slowCommitStore(false);
      await ingest(
        [mixed],
        { open: async () => store, jobs: 2, cwd: tmp, pool, newDatabase, pdfEngine },
        quiet,
      );
      expect(seen.warmed).toEqual(warmed);
    },
  );

  it("warms the workers of a new database of texts without a PDF reader", async () => {
    const { pool, seen } = countingPool();
    const { store } = slowCommitStore(false);
    await ingest(
      [join(texts, "note-1.txt")],
      { open: async () => store, jobs: 2, cwd: tmp, pool, newDatabase: true },
      quiet,
    );
    expect(seen.warmed).toEqual([null]);
  });
});
