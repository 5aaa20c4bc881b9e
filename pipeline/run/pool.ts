// A pool of worker threads that read and extract files, so parsing and extraction use every core
// while the calling thread writes the database. Each worker is handed its next file before it has
// finished the one in hand, so it does not wait while the calling thread is busy writing. Each
// worker has a memory limit: a file that exhausts it fails alone, and a fresh worker takes the
// files that were waiting for it. The calling thread never loads the readers and extractors
// itself (they load in each worker), which keeps its memory small.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CivstatError, type ErrorCode } from "../../schemas/basics/errors.js";
import type { PdfEngine } from "../read/pdf.js";
import type { Extracted, ExtractRequest, StepReport } from "./extractFile.js";
import type { WorkerAnswer, WorkerRequest } from "./worker.js";

export interface ExtractPool {
  /** One file read and extracted; `onStep` is told of slow steps (OCR pages) as they happen. */
  extract(request: ExtractRequest, onStep?: StepReport): Promise<Extracted>;
  close(): Promise<void>;
  /**
   * Starts every worker now, and with `pdfEngine` has each load it, for a run that will read every
   * file: they get ready while the calling thread opens the database.
   */
  warm(pdfEngine: PdfEngine | null): void;
  /** Drops the files not yet handed to a worker, each rejected with NotStarted. */
  dropWaiting(): void;
}

/** A file dropped before any worker began it (dropWaiting). */
export class NotStarted extends Error {
  constructor() {
    super("not started");
  }
}

/** Old-generation heap a worker may use by default, in MB. */
export const WORKER_HEAP_MB = 1024;

/**
 * Young-generation heap of a worker, in MB. V8's default for a worker is several times this and
 * costs about 20 MB of memory a worker for no measurable gain in speed.
 */
const WORKER_YOUNG_MB = 8;

/**
 * Files handed to one worker at a time: the one it reads and the next two, enough to keep it busy
 * while the calling thread commits a batch (about the time two files take) and cannot hand it more.
 */
export const DEPTH = 3;

const WORKER = new URL("./worker.js", import.meta.url);

/** Extraction on the calling thread: where the compiled worker is not there (running from sources). */
const inThread: ExtractPool = {
  extract: async (request, onStep) => (await import("./extractFile.js")).extractFile(request, onStep),
  close: async () => undefined,
  warm: () => undefined,
  dropWaiting: () => undefined,
};

interface Job {
  id: number;
  request: ExtractRequest;
  onStep?: StepReport;
  resolve(extracted: Extracted): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  /** Files handed to the worker, in order: it is reading the first. */
  jobs: Job[];
}

export function extractPool(size: number, heapMb = WORKER_HEAP_MB): ExtractPool {
  if (size < 1 || !existsSync(fileURLToPath(WORKER))) return inThread;
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 0;
  let closed = false;

  const send = (slot: Slot, job: Job) => {
    slot.jobs.push(job);
    slot.worker.postMessage({ id: job.id, request: job.request } satisfies WorkerRequest);
  };
  /** Hands waiting files to the workers with the fewest in hand, starting workers up to `size`. */
  const dispatch = () => {
    while (waiting.length > 0 && !closed) {
      let slot = slots.find((s) => s.jobs.length === 0);
      if (!slot && slots.length < size) {
        slot = newSlot();
        slots.push(slot);
      }
      slot ??= slots
        .filter((s) => s.jobs.length < DEPTH)
        .reduce<Slot | undefined>(
          (best, s) => (best && best.jobs.length <= s.jobs.length ? best : s),
          undefined,
        );
      if (!slot) return;
      send(slot, waiting.shift() as Job);
    }
  };
  /** The worker ended (out of memory, crashed): the file it was reading fails, the others go on. */
  const died = (slot: Slot, error: (Error & { code?: string }) | null) => {
    const [current, ...rest] = slot.jobs;
    slot.jobs = [];
    void slot.worker.terminate();
    if (closed) return;
    current?.reject(
      error?.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new CivstatError(
            "E_LIMIT",
            `reading it took more than ${heapMb} MB of memory (raise --worker-memory)`,
          )
        : (error ?? new Error("the worker reading it stopped")),
    );
    slot.worker = spawn(() => slot);
    for (const job of rest) send(slot, job);
    dispatch();
  };
  /** A worker answering for the slot `slotOf()` gives. */
  function spawn(slotOf: () => Slot): Worker {
    const worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    worker.on("message", (answer: WorkerAnswer) => {
      const slot = slotOf();
      const job = slot.jobs.find((j) => j.id === answer.id);
      if (!job) return;
      if ("step" in answer) {
        job.onStep?.(answer.step);
        return;
      }
      slot.jobs.splice(slot.jobs.indexOf(job), 1);
      if ("extracted" in answer) job.resolve(answer.extracted);
      else if (answer.code) job.reject(new CivstatError(answer.code as ErrorCode, answer.message));
      else job.reject(new Error(answer.message));
      dispatch();
    });
    let ended = false;
    const end = (error: (Error & { code?: string }) | null) => {
      const slot = slotOf();
      if (ended || slot.worker !== worker) return;
      ended = true;
      died(slot, error);
    };
    worker.on("error", (error) => end(error));
    worker.on("exit", () => end(null));
    return worker;
  }
  function newSlot(): Slot {
    const slot: Slot = { worker: spawn(() => slot), jobs: [] };
    return slot;
  }

  return {
    extract(request, onStep) {
      return new Promise((resolve, reject) => {
        waiting.push({ id: nextId++, request, onStep, resolve, reject });
        dispatch();
      });
    },
    warm(pdfEngine) {
      while (slots.length < size) slots.push(newSlot());
      if (pdfEngine === null) return;
      for (const slot of slots) slot.worker.postMessage({ prepare: pdfEngine } satisfies WorkerRequest);
    },
    dropWaiting() {
      for (const job of waiting.splice(0)) job.reject(new NotStarted());
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
