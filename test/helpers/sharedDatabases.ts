// The sample corpus ingested once for the whole suite, by the first test worker that needs it while
// the other goes on with tests that need no database: the text forms; then the Word and PDF forms
// added to a copy; then the odd files added to a copy of that, and to copies of this the bad ones
// (OCR off: the scan fails as a scan) for the reports and the Word 97 forms for the database
// `npm start` makes. A worker that finds another building them waits for it. The global setup
// (test/globalSetup.ts) gives the folder they are built in, and removes it afterwards.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { run } from "./io.js";
import { CORPUS } from "./pipeline.js";

/** Keyed by the folders ingested, joined by "+": "txt", "txt+docx+pdf", "txt+docx+pdf+odd+legacy", "report". */
export type SharedDatabases = Record<string, string>;

declare module "vitest" {
  export interface ProvidedContext {
    sharedDatabasesDir: string;
  }
}

/** Longer than building them takes on a slow machine, short of the hook time-out. */
const WAIT_MS = 100_000;
const POLL_MS = 50;

async function ingest(db: string, folders: string[], expected = 0, flags: string[] = []): Promise<void> {
  const result = await run(["ingest", ...folders.map((f) => join(CORPUS, f)), "--db", db, ...flags]);
  if (result.code !== expected)
    throw new Error(`ingest ${folders.join(" ")}: exit ${result.code}\n${result.stderr}`);
}

async function build(dir: string): Promise<SharedDatabases> {
  const txt = join(dir, "txt.duckdb");
  const forms = join(dir, "txt+docx+pdf.duckdb");
  const report = join(dir, "report.duckdb");
  const start = join(dir, "start.duckdb");
  await ingest(txt, ["txt"]);
  copyFileSync(txt, forms);
  await ingest(forms, ["docx", "pdf"]);
  copyFileSync(forms, report);
  await ingest(report, ["odd"]);
  copyFileSync(report, start);
  await Promise.all([ingest(report, ["bad"], 1, ["--no-ocr"]), ingest(start, ["legacy"])]);
  return { txt, "txt+docx+pdf": forms, "txt+docx+pdf+odd+legacy": start, report };
}

/** What another worker building them left: the databases, or why it could not build them. */
function outcome(dir: string): SharedDatabases | null {
  const failed = join(dir, "failed.txt");
  if (existsSync(failed))
    throw new Error(`the shared databases could not be built:\n${readFileSync(failed, "utf8")}`);
  const ready = join(dir, "ready.json");
  return existsSync(ready) ? (JSON.parse(readFileSync(ready, "utf8")) as SharedDatabases) : null;
}

async function buildOrWait(dir: string): Promise<SharedDatabases> {
  let builder = true;
  try {
    mkdirSync(join(dir, "building"));
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      const built = await build(dir);
      writeFileSync(join(dir, "ready.json.part"), JSON.stringify(built));
      renameSync(join(dir, "ready.json.part"), join(dir, "ready.json"));
      return built;
    } catch (error) {
      writeFileSync(join(dir, "failed.txt"), String((error as Error).stack ?? error));
      throw error;
    }
  }
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(POLL_MS)) {
    const done = outcome(dir);
    if (done) return done;
  }
  throw new Error(`the shared databases in ${dir} were not built within ${WAIT_MS / 1000} s`);
}

let shared: Promise<SharedDatabases> | null = null;

/** The suite's databases, built on first use in one worker; null when run without the global setup. */
export function sharedDatabases(): Promise<SharedDatabases> | null {
  const dir = inject("sharedDatabasesDir");
  if (dir === undefined) return null;
  shared ??= buildOrWait(dir);
  return shared;
}
