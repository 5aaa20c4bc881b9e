// A database of sample-corpus folders, ingested through the CLI into a fresh temporary directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./io.js";
import { CORPUS } from "./pipeline.js";

export interface CorpusDb {
  path: string;
  dir: string;
  remove(): void;
}

export async function corpusDatabase(folders: string[] = ["txt", "docx", "pdf"]): Promise<CorpusDb> {
  const dir = mkdtempSync(join(tmpdir(), "civstat-research-"));
  const path = join(dir, "corpus.duckdb");
  const result = await run(["ingest", ...folders.map((f) => join(CORPUS, f)), "--db", path]);
  if (result.code !== 0) throw new Error(`ingest failed (${result.code}):\n${result.stderr}`);
  return { path, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
