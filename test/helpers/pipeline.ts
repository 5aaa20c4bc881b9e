// Runs the pure pipeline on files, without a database: read → normalize → segment → extract.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readDocument } from "../../pipeline/read/read.js";
import { type Processed, processDocument } from "../../pipeline/run/process.js";
import { type ErrorCode, isCivstatError } from "../../schemas/basics/errors.js";
import type { RawDocument } from "../../schemas/document.js";
import type { ScoredFact } from "./score.js";

export const CORPUS = join(import.meta.dirname, "..", "..", "data", "corpus");
export const INPUT = join(import.meta.dirname, "..", "input");

const read = new Map<string, Promise<RawDocument>>();
const processed = new Map<string, Promise<Processed>>();

/** A file as its reader gives it, read once a test worker (the stages are pure: nothing changes it). */
export function readFile(path: string): Promise<RawDocument> {
  let raw = read.get(path);
  if (!raw) {
    raw = readDocument(path, new Uint8Array(readFileSync(path)));
    read.set(path, raw);
  }
  return raw;
}

/** A file through the whole pipeline, once a test worker: many test files look at the same documents. */
export function processFile(path: string): Promise<Processed> {
  let done = processed.get(path);
  if (!done) {
    done = readFile(path).then(processDocument);
    processed.set(path, done);
  }
  return done;
}

export function filesIn(folder: string, pattern = /\.(?:txt|pdf|docx)$/): string[] {
  return readdirSync(folder)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(folder, f));
}

/** Facts of every file in a folder, in the shape the scorer reads. */
export function scoredFacts(folder: string): Promise<ScoredFact[]> {
  return scoredFactsOf(filesIn(folder));
}

/** Facts of the files at `paths`, in the shape the scorer reads. */
export async function scoredFactsOf(paths: readonly string[]): Promise<ScoredFact[]> {
  const out: ScoredFact[] = [];
  for (const path of paths) {
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

/** The civstat error reading `bytes` as `path` raises; fails the test when it reads without one. */
export async function readError(
  path: string,
  bytes: Uint8Array,
): Promise<{ code: ErrorCode; message: string }> {
  try {
    await readDocument(path, bytes, { ocr: false });
  } catch (error) {
    if (isCivstatError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${path} was read without error`);
}
