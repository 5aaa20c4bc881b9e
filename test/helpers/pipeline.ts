// Runs the pure pipeline on files, without a database: read → normalize → segment → extract.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readDocument } from "../../pipeline/read/read.js";
import { type Processed, processDocument } from "../../pipeline/run/process.js";
import type { ScoredFact } from "./score.js";

export const CORPUS = join(import.meta.dirname, "..", "..", "data", "corpus");
export const INPUT = join(import.meta.dirname, "..", "input");

export async function processFile(path: string): Promise<Processed> {
  return processDocument(await readDocument(path, new Uint8Array(readFileSync(path))));
}

export function filesIn(folder: string, pattern = /\.(?:txt|pdf|docx)$/): string[] {
  return readdirSync(folder)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(folder, f));
}

/** Facts of every file in a folder, in the shape the scorer reads. */
export async function scoredFacts(folder: string): Promise<ScoredFact[]> {
  const out: ScoredFact[] = [];
  for (const path of filesIn(folder)) {
    const { doc, facts } = await processFile(path);
    for (const f of facts) {
      out.push({
        doc_number: doc.meta.docNumber,
        file: basename(path),
        metric: f.metric,
        value: f.value,
        as_of: f.asOf,
      });
    }
  }
  return out;
}
