import { createHash } from "node:crypto";
import { access } from "node:fs/promises";
import { isCivstatError } from "../../schemas/basics/errors.js";
import { civstatOutput } from "../read/ownOutput.js";
import type { PdfEngine } from "../read/pdf.js";
import { DEPTH, type ExtractPool, extractPool, NotStarted } from "./pool.js";
import { DEFAULT_MAX_FILE_BYTES, readInput } from "./readInput.js";
import type { DocumentRows } from "./rows.js";
import { walk } from "./walk.js";

export type FileStatus = "ingested" | "replaced" | "unchanged" | "failed" | "skipped" | "pruned";

export interface FileOutcome {
  path: string;
  status: FileStatus;
  code: string | null;
  message: string | null;
  docId: string | null;
  docNumber: string | null;
  facts: number;
  /**
   * Milliseconds the file took: to read and extract, for a file extracted (not the time it waited for
   * a worker or for its batch); else from reading it to its outcome.
   */
  ms: number;
  /** Oddities met while reading that did not stop it (characters replaced, …). */
  warnings?: string[];
}

/** How a run reports what it does: the CLI prints, tests record. */
export interface IngestEffects {
  start(total: number): void;
  file(outcome: FileOutcome, done: number, total: number): void;
  /** A slow step within one file, as it happens: "OCR page 3/7". */
  step?(path: string, what: string): void;
}

/** Milliseconds spent in each stage, summed over files (reading and extraction over all workers). */
export interface StageTimes {
  read: number;
  extract: number;
  load: number;
}

/** How many files of a run ended in each status. */
export type StatusCounts = Record<FileStatus, number>;

/**
 * What a run did, in totals: each file's outcome went to `IngestEffects.file` and to the ingest log
 * as it came, so a run of any size holds no list of its files' outcomes.
 */
export interface IngestSummary {
  counts: StatusCounts;
  /** Facts of the files ingested or replaced. */
  facts: number;
  /** Files skipped because civstat wrote them (reports, drafts). */
  ownOutputs: number;
  ms: number;
  stages: StageTimes;
  /** Files not started because the run was interrupted. */
  notStarted: number;
  /** The documents the database holds after the run (copies counted once), and how many have no number. */
  census: DocumentCensus;
}

export interface DocumentCensus {
  documents: number;
  /** Documents without a document number: cited by their file's name. */
  unnumbered: number;
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

/** A document or link taken into the batch in flight; `committed` settles when it is committed. */
export interface Queued {
  committed: Promise<boolean>;
}

/**
 * Where a run's documents go (store/ingest.ts): one writer, called one step at a time. Documents
 * are loaded in batches, each batch in one transaction: a document is in the database whole or
 * not at all, and a crash loses at most the batch in flight.
 */
export interface IngestStore {
  /** The paths the run will plan: what the database holds for them is looked up together. */
  expect(paths: readonly string[]): void;
  plan(path: string, docId: string): Promise<LoadPlan>;
  /** Records that `path` holds an already-loaded document; true when it replaced another. */
  link(path: string, docId: string, bytes: number): Promise<Queued>;
  /** Takes one document into the batch; true when the path held a different document before. */
  load(path: string, rows: DocumentRows): Promise<Queued>;
  /** True when the batch in flight should be committed now. */
  full(): boolean;
  commit(): Promise<void>;
  /** Rolls back the batch in flight; its entries are rejected with `reason`. */
  abandon(reason: unknown): Promise<void>;
  log(rows: IngestLogRow[]): Promise<void>;
  /** Every path ingested before. */
  paths(): Promise<string[]>;
  /** Forgets a path, and its document when no other path holds it; the doc_id it held. */
  unlink(path: string): Promise<string | null>;
  /** How many documents the database holds, and how many of them have no number. */
  census(): Promise<DocumentCensus>;
  close(): void;
}

export interface IngestOptions {
  /** Opens the store once the inputs have been walked. */
  open: () => Promise<IngestStore>;
  jobs: number;
  cwd: string;
  /** PDFium by default; pdf.js on request. */
  pdfEngine?: PdfEngine;
  /** Read pages without a text layer by OCR (default true). */
  ocr?: boolean;
  /** Heap one worker thread may use, in MB: a file needing more fails alone. */
  workerMemoryMb?: number;
  /** Fixed for reproducible tests; defaults to now. */
  now?: () => Date;
  /** When aborted (Ctrl-C), no file is started any more; the batch in flight is committed. */
  signal?: AbortSignal;
  /** Files larger are refused, and so are Word documents that would expand past it; 50 MB unless given. */
  maxFileBytes?: number;
  /** Afterwards, forget the files ingested before that are gone from disk. */
  prune?: boolean;
  /** Reads and extracts the files; unless given, the run starts `jobs` worker threads and stops them. */
  pool?: ExtractPool;
  /**
   * The database is new, so every file will be read: the workers start, and load the PDF reader
   * when there are PDFs, while it is created. Otherwise they start when a file needs reading, and a
   * run that finds nothing changed starts none.
   */
  newDatabase?: boolean;
}

const isPdfPath = (path: string) => path.toLowerCase().endsWith(".pdf");

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A report or draft civstat wrote: skipped, or its figures would count twice. */
function ownOutput(path: string, kind: "report" | "draft"): FileOutcome {
  return {
    path,
    status: "skipped",
    code: "E_OWN_OUTPUT",
    message: `written by civstat (a ${kind}), not a source document`,
    docId: null,
    docNumber: null,
    facts: 0,
    ms: 0,
  };
}

/** Log rows written together, between batches: the log of a run is never held whole. */
export const LOG_ROWS = 1000;

/** A database that cannot be written ends the run. */
const isFatal = (error: unknown) => isCivstatError(error) && error.code === "E_DB";

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
 * extracted, then loaded in batches, one transaction each. A file that fails is reported and the
 * rest go on; a database that cannot be written (a full disk) stops the run with one error.
 */
export async function ingest(
  inputs: string[],
  options: IngestOptions,
  effects: IngestEffects,
): Promise<IngestSummary> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const { files, skipped } = await walk(inputs, options.cwd);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const pool = options.pool ?? extractPool(options.jobs, options.workerMemoryMb);
  if (options.newDatabase && files.length > 0) {
    const pdfEngine = options.pdfEngine ?? "pdfium";
    pool.warm(files.some(isPdfPath) ? pdfEngine : null);
  }
  const ownPool = () => (options.pool ? Promise.resolve() : pool.close());
  const db = await options.open().catch(async (error) => {
    await ownPool();
    throw error;
  });
  db.expect(files);
  const total = files.length + skipped.length;
  let done = 0;
  const counts: StatusCounts = { ingested: 0, replaced: 0, unchanged: 0, failed: 0, skipped: 0, pruned: 0 };
  let facts = 0;
  let ownOutputs = 0;
  const runId = now().toISOString();
  const loggedAt = runId.replace("T", " ").replace("Z", "");
  let log: IngestLogRow[] = [];
  const counted = (outcome: FileOutcome) => {
    counts[outcome.status]++;
    facts += outcome.facts;
    if (outcome.code === "E_OWN_OUTPUT") ownOutputs++;
    log.push({
      run_id: runId,
      path: outcome.path,
      status: outcome.status,
      code: outcome.code,
      message: outcome.message,
      doc_id: outcome.docId,
      logged_at: loggedAt,
    });
  };
  // The database takes one writer at a time; reading and extraction overlap across jobs.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const stages: StageTimes = { read: 0, extract: 0, load: 0 };
  const timedLoad = async <T>(work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      stages.load += performance.now() - t0;
    }
  };
  let fatal: unknown = null;
  const stopped = () => fatal !== null || options.signal?.aborted === true;
  /** Documents and links taken into the batch in flight: log rows wait until it is committed. */
  let inBatch = 0;
  const writeLog = async () => {
    const rows = log;
    log = [];
    if (rows.length > 0) await db.log(rows);
  };
  let logQueued = false;
  /** Writes the log rows gathered so far once there are enough and no batch is in flight. */
  const logWhenDue = () => {
    if (log.length < LOG_ROWS || inBatch > 0 || logQueued) return;
    logQueued = true;
    void serial(async () => {
      logQueued = false;
      if (inBatch === 0) await writeLog();
    }).catch((error) => {
      fatal ??= error;
    });
  };
  const report = (outcome: FileOutcome) => {
    counted(outcome);
    effects.file(outcome, ++done, total);
    logWhenDue();
  };
  /** Commits the batch, then writes the log rows its files gave once there are enough. */
  const commit = async () => {
    await db.commit();
    inBatch = 0;
    if (log.length >= LOG_ROWS) await writeLog();
  };
  /** Reports waiting for their batch's commit; each leaves the set once reported. */
  const committed = new Set<Promise<void>>();
  /** The first report that threw: the run's batches are committed, then the run ends with it. */
  let reportError: unknown = null;
  /** Reports the file once its batch is committed, committing the batch when it is full. */
  const whenCommitted = async (
    queued: Queued,
    outcome: (replaced: boolean) => FileOutcome,
    t0: number,
    took = () => Date.now() - t0,
  ) => {
    const path = outcome(false).path;
    const reported = queued.committed
      .then(
        (replaced) => report({ ...outcome(replaced), ms: took() }),
        (error) => {
          if (!isFatal(error)) report(failure(path, error, t0));
        },
      )
      .catch((error) => {
        reportError ??= error;
      })
      .finally(() => committed.delete(reported));
    committed.add(reported);
    if (db.full()) await serial(() => timedLoad(commit));
  };
  let next = 0;
  /** Files dropped, at an interrupt or a database error, before any worker began them. */
  let dropped = 0;
  const dropWaiting = () => pool.dropWaiting();
  options.signal?.addEventListener("abort", dropWaiting);
  let census: DocumentCensus = { documents: 0, unnumbered: 0 };
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
    /** The documents being read, each settled once its file is done: a copy waits, then is linked. */
    const reading = new Map<string, Promise<void>>();
    /** Marks the document as being read; the function returned marks its file done. */
    const startReading = (docId: string) => {
      let settle = () => {};
      reading.set(docId, new Promise<void>((resolve) => (settle = resolve)));
      return () => {
        reading.delete(docId);
        settle();
      };
    };
    const one = async (path: string): Promise<void> => {
      const t0 = Date.now();
      let finishReading = () => {};
      try {
        const bytes = readInput(path, maxBytes);
        const own = civstatOutput(bytes);
        if (own) {
          report({ ...ownOutput(path, own), ms: Date.now() - t0 });
          return;
        }
        const docId = sha256(bytes);
        const first = reading.get(docId);
        if (first) await first;
        else finishReading = startReading(docId);
        const plan = await serial(() => db.plan(path, docId));
        const unchanged = (replaced: boolean): FileOutcome => ({
          path,
          status: replaced ? "replaced" : "unchanged",
          code: null,
          message: null,
          docId,
          docNumber: null,
          facts: 0,
          ms: 0,
        });
        if (plan === "unchanged") {
          report({ ...unchanged(false), ms: Date.now() - t0 });
          return;
        }
        if (plan === "link") {
          const queued = await serial(() => {
            inBatch++;
            return db.link(path, docId, bytes.length);
          });
          await whenCommitted(queued, unchanged, t0);
          return;
        }
        const extracted = stopped()
          ? null
          : await pool
              .extract(
                { path, bytes, pdfEngine: options.pdfEngine, maxBytes, ocr: options.ocr ?? true },
                (what) => effects.step?.(path, what),
              )
              .catch((error: unknown) => {
                if (error instanceof NotStarted) return null;
                throw error;
              });
        if (extracted === null) {
          dropped++;
          return;
        }
        const { rows, readMs, extractMs } = extracted;
        stages.read += readMs;
        stages.extract += extractMs;
        // A batch full already (loads queued behind the one that filled it) is committed first:
        // a batch never holds more than its limits, however many files are in flight.
        const queued = await serial(() =>
          timedLoad(async () => {
            if (db.full()) await commit();
            inBatch++;
            return db.load(path, rows);
          }),
        );
        await whenCommitted(
          queued,
          (replaced) => ({
            path,
            status: replaced ? "replaced" : "ingested",
            code: null,
            message: null,
            docId,
            docNumber: rows.document.doc_number,
            facts: rows.facts.length,
            warnings: rows.document.warnings,
            ms: 0,
          }),
          t0,
          () => Math.round(readMs + extractMs),
        );
      } catch (error) {
        if (isFatal(error)) throw error;
        report(failure(path, error, t0));
      } finally {
        finishReading();
      }
    };
    const worker = async () => {
      while (!stopped() && next < files.length) {
        const path = files[next++];
        if (path === undefined) continue;
        await one(path).catch((error) => {
          fatal ??= error;
          // The files waiting for a worker will not be loaded: no worker should begin them.
          pool.dropWaiting();
        });
      }
    };
    // Files in flight a worker: those handed to it (DEPTH) and one more being read or loaded, so a
    // worker never waits for the database; no more, so memory does not grow with the corpus.
    const inFlight = Math.max(1, Math.min(options.jobs * (DEPTH + 1), files.length));
    await Promise.all(Array.from({ length: inFlight }, worker));
    if (fatal === null) await serial(() => timedLoad(commit)).catch((error) => (fatal ??= error));
    else await serial(() => db.abandon(fatal));
    await Promise.all(committed);
    if (fatal !== null) throw fatal;
    if (reportError !== null) throw reportError;
    if (options.prune) {
      for (const path of await serial(() => db.paths())) {
        const gone = await access(path).then(
          () => false,
          () => true,
        );
        if (!gone) continue;
        const docId = await serial(() => db.unlink(path));
        const pruned: FileOutcome = {
          path,
          status: "pruned",
          code: null,
          message: "gone from disk",
          docId,
          docNumber: null,
          facts: 0,
          ms: 0,
        };
        counted(pruned);
        effects.file(pruned, done, total);
        logWhenDue();
      }
    }
    await serial(writeLog);
    if (fatal !== null) throw fatal;
    census = await serial(() => db.census());
  } finally {
    options.signal?.removeEventListener("abort", dropWaiting);
    await queue.catch(() => undefined);
    db.close();
    await ownPool();
  }
  return {
    counts,
    facts,
    ownOutputs,
    ms: Date.now() - started,
    stages,
    notStarted: files.length - Math.min(next, files.length) + dropped,
    census,
  };
}
