// A database of sample-corpus folders in a fresh temporary directory: a copy of one the suite
// shares (sharedDatabases.ts), or (for another set of folders) ingested here through the CLI.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./io.js";
import { CORPUS } from "./pipeline.js";
import { sharedDatabases } from "./sharedDatabases.js";

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

/** A copy of a database the suite shares ("txt", "txt+docx+pdf" or "report"), if it has one. */
export async function sharedDatabase(key: string): Promise<CorpusDb | null> {
  const shared = (await sharedDatabases())?.[key];
  if (shared === undefined) return null;
  const db = fresh();
  copyFileSync(shared, db.path);
  return db;
}

export async function corpusDatabase(folders: string[] = ["txt", "docx", "pdf"]): Promise<CorpusDb> {
  const copy = await sharedDatabase(folders.join("+"));
  if (copy !== null) return copy;
  const db = fresh();
  const result = await run(["ingest", ...folders.map((f) => join(CORPUS, f)), "--db", db.path]);
  if (result.code !== 0) throw new Error(`ingest failed (${result.code}):\n${result.stderr}`);
  return db;
}
