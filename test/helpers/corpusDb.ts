// A database of sample-corpus folders in a fresh temporary directory: a copy of the one the suite's
// global setup ingested, or (for another set of folders) ingested here through the CLI.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { run } from "./io.js";
import { CORPUS } from "./pipeline.js";

export interface CorpusDb {
  path: string;
  dir: string;
  remove(): void;
}

function fresh(): CorpusDb {
  const dir = mkdtempSync(join(tmpdir(), "civstat-research-"));
  return {
    path: join(dir, "corpus.duckdb"),
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A copy of a database the global setup built ("txt", "txt+docx+pdf" or "report"), if it did. */
export function sharedDatabase(key: string): CorpusDb | null {
  const shared = inject("corpusDatabases")?.[key];
  if (shared === undefined) return null;
  const db = fresh();
  copyFileSync(shared, db.path);
  return db;
}

export async function corpusDatabase(folders: string[] = ["txt", "docx", "pdf"]): Promise<CorpusDb> {
  const copy = sharedDatabase(folders.join("+"));
  if (copy !== null) return copy;
  const db = fresh();
  const result = await run(["ingest", ...folders.map((f) => join(CORPUS, f)), "--db", db.path]);
  if (result.code !== 0) throw new Error(`ingest failed (${result.code}):\n${result.stderr}`);
  return db;
}
