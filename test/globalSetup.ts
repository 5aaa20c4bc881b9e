// Ingests the sample corpus once for the whole suite: the text forms; then the Word and PDF forms
// added to a copy; then the odd files added to a copy of that, and to copies of this the bad ones
// (OCR off: the scan fails as a scan) for the reports and the Word 97 forms for the database
// `npm start` makes. Test files copy the database they need (helpers/corpusDb.ts) instead of
// ingesting the corpus again.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

export interface SharedDatabases {
  /** Keyed by the folders ingested, joined by "+": "txt", "txt+docx+pdf", "txt+docx+pdf+odd+legacy", "report". */
  [key: string]: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    corpusDatabases: SharedDatabases;
  }
}

async function ingest(db: string, folders: string[], expected = 0, flags: string[] = []): Promise<void> {
  const result = await run(["ingest", ...folders.map((f) => join(CORPUS, f)), "--db", db, ...flags]);
  if (result.code !== expected)
    throw new Error(`ingest ${folders.join(" ")}: exit ${result.code}\n${result.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "civstat-suite-"));
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
  project.provide("corpusDatabases", {
    txt,
    "txt+docx+pdf": forms,
    "txt+docx+pdf+odd+legacy": start,
    report,
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
