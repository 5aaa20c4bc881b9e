// The sample corpus as the reports see it: every readable form (txt, docx, pdf, odd) ingested, then
// the bad files with OCR off, which fail and are logged in ingest_log with their reasons.
import { join } from "node:path";
import { type CorpusDb, corpusDatabase, sharedDatabase } from "./corpusDb.js";
import { run } from "./io.js";
import { CORPUS } from "./pipeline.js";

export async function reportDatabase(): Promise<CorpusDb> {
  const shared = await sharedDatabase("report");
  if (shared !== null) return shared;
  const db = await corpusDatabase(["txt", "docx", "pdf", "odd"]);
  const bad = await run(["ingest", join(CORPUS, "bad"), "--db", db.path, "--no-ocr"]);
  if (bad.code !== 1) throw new Error(`ingesting bad/ should fail per file (exit 1), got ${bad.code}`);
  return db;
}
