import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { CivstatError, isCivstatError } from "../../schemas/basics/errors.js";
import type { PdfEngine } from "../read/pdf.js";
import { readDocument } from "../read/read.js";
import { processDocument } from "./process.js";
import type { DocumentRows } from "./rows.js";
import { walk } from "./walk.js";

export type FileStatus = "ingested" | "replaced" | "unchanged" | "failed" | "skipped";

export interface FileOutcome {
  path: string;
  status: FileStatus;
  code: string | null;
  message: string | null;
  docId: string | null;
  docNumber: string | null;
  facts: number;
  ms: number;
  /** Oddities met while reading that did not stop it (characters replaced, …). */
  warnings?: string[];
}

/** How a run reports what it does: the CLI prints, tests record. */
export interface IngestEffects {
  start(total: number): void;
  file(outcome: FileOutcome, done: number, total: number): void;
}

export interface IngestSummary {
  outcomes: FileOutcome[];
  ms: number;
}

/**
 * What ingesting a file's bytes needs: nothing (the path already holds this document), a link
 * (another path holds the same bytes), or the whole pipeline.
 */
export type LoadPlan = "unchanged" | "link" | "extract";

/** One line of the ingest log: what became of a file in a run. */
export interface IngestLogRow {
  run_id: string;
  path: string;
  status: FileStatus;
  code: string | null;
  message: string | null;
  doc_id: string | null;
  logged_at: string;
}

/** Where a run's documents go (store/ingest.ts): one writer, called one step at a time. */
export interface IngestStore {
  plan(path: string, docId: string): Promise<LoadPlan>;
  /** Records that `path` holds an already-loaded document; true when it replaced another. */
  link(path: string, docId: string, bytes: number): Promise<boolean>;
  /** Writes one document whole; true when the path held a different document before. */
  load(path: string, rows: DocumentRows): Promise<boolean>;
  log(rows: IngestLogRow[]): Promise<void>;
  close(): void;
}

export interface IngestOptions {
  /** Opens the store once the inputs have been walked. */
  open: () => Promise<IngestStore>;
  jobs: number;
  cwd: string;
  /** PDFium by default; pdf.js on request. */
  pdfEngine?: PdfEngine;
  /** Fixed for reproducible tests; defaults to now. */
  now?: () => Date;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function failure(path: string, error: unknown, started: number): FileOutcome {
  const known = isCivstatError(error);
  return {
    path,
    status: known && error.code === "E_UNSUPPORTED" ? "skipped" : "failed",
    code: known ? error.code : "E_UNEXPECTED",
    message: known ? error.message : `unexpected error: ${(error as Error).message ?? String(error)}`,
    docId: null,
    docNumber: null,
    facts: 0,
    ms: Date.now() - started,
  };
}

/**
 * Ingests files and folders into the database: each file is read, cleaned, segmented and its facts
 * extracted, then loaded in one transaction. A file that fails is reported and the rest go on.
 */
export async function ingest(
  inputs: string[],
  options: IngestOptions,
  effects: IngestEffects,
): Promise<IngestSummary> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const { files, skipped } = await walk(inputs, options.cwd);
  const db = await options.open();
  const outcomes: FileOutcome[] = [];
  const total = files.length + skipped.length;
  let done = 0;
  const report = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    effects.file(outcome, ++done, total);
  };
  // The database takes one writer at a time; reading and extraction overlap across jobs.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  try {
    effects.start(total);
    for (const s of skipped) {
      report({
        path: s.path,
        status: "skipped",
        code: "E_UNSUPPORTED",
        message: s.reason,
        docId: null,
        docNumber: null,
        facts: 0,
        ms: 0,
      });
    }
    const one = async (path: string): Promise<FileOutcome> => {
      const t0 = Date.now();
      try {
        const bytes = new Uint8Array(
          await readFile(path).catch((error: NodeJS.ErrnoException) => {
            throw new CivstatError("E_NOT_FOUND", `cannot read file: ${error.code ?? error.message}`, {
              cause: error,
            });
          }),
        );
        const docId = sha256(bytes);
        const plan = await serial(() => db.plan(path, docId));
        if (plan === "unchanged" || plan === "link") {
          const replaced = plan === "link" ? await serial(() => db.link(path, docId, bytes.length)) : false;
          return {
            path,
            status: replaced ? "replaced" : "unchanged",
            code: null,
            message: null,
            docId,
            docNumber: null,
            facts: 0,
            ms: Date.now() - t0,
          };
        }
        const raw = await readDocument(path, bytes, { pdfEngine: options.pdfEngine });
        const { rows } = processDocument(raw);
        const replaced = await serial(() => db.load(path, rows));
        return {
          path,
          status: replaced ? "replaced" : "ingested",
          code: null,
          message: null,
          docId,
          docNumber: rows.document.doc_number,
          facts: rows.facts.length,
          warnings: rows.document.warnings,
          ms: Date.now() - t0,
        };
      } catch (error) {
        if (isCivstatError(error) && error.code === "E_DB") throw error;
        return failure(path, error, t0);
      }
    };
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const path = files[next++];
        if (path !== undefined) report(await one(path));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, files.length)) }, worker));
    const runId = now().toISOString();
    await serial(() =>
      db.log(
        outcomes.map((o) => ({
          run_id: runId,
          path: o.path,
          status: o.status,
          code: o.code,
          message: o.message,
          doc_id: o.docId,
          logged_at: runId.replace("T", " ").replace("Z", ""),
        })),
      ),
    );
  } finally {
    await queue.catch(() => undefined);
    db.close();
  }
  return { outcomes, ms: Date.now() - started };
}
