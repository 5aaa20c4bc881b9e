// A pool of worker threads that read and extract files, so parsing and extraction use every core
// while the calling thread writes the database. Each worker has a memory limit: a file that
// exhausts it fails alone, and a fresh worker takes the next file. The calling thread never loads
// the readers and extractors itself (they load in each worker), which keeps its memory small.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CivstatError, type ErrorCode } from "../../schemas/basics/errors.js";
import type { Extracted, ExtractRequest, StepReport } from "./extractFile.js";
import type { WorkerAnswer } from "./worker.js";

export interface ExtractPool {
  /** One file read and extracted; `onStep` is told of slow steps (OCR pages) as they happen. */
  extract(request: ExtractRequest, onStep?: StepReport): Promise<Extracted>;
  close(): Promise<void>;
}

/** Old-generation heap a worker may use by default, in MB. */
export const WORKER_HEAP_MB = 1024;

const WORKER = new URL("./worker.js", import.meta.url);

/** Extraction on the calling thread: where the compiled worker is not there (running from sources). */
const inThread: ExtractPool = {
  extract: async (request, onStep) => (await import("./extractFile.js")).extractFile(request, onStep),
  close: async () => undefined,
};

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The worker ended (out of memory, crashed) instead of answering. */
  dead: boolean;
}

export function extractPool(size: number, heapMb = WORKER_HEAP_MB): ExtractPool {
  if (size < 1 || !existsSync(fileURLToPath(WORKER))) return inThread;
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 0;

  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  };
  const newWorker = () => {
    const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    return worker;
  };
  const acquire = (): Promise<Slot> => {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    if (slots.length < size) {
      const slot = { worker: newWorker(), busy: true, dead: false };
      slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const run = (slot: Slot, request: ExtractRequest, onStep?: StepReport): Promise<Extracted> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const { worker } = slot;
      const done = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.id !== id) return;
        if ("step" in answer) {
          onStep?.(answer.step);
          return;
        }
        done();
        if ("extracted" in answer) resolve(answer.extracted);
        else if (answer.code) reject(new CivstatError(answer.code as ErrorCode, answer.message));
        else reject(new Error(answer.message));
      };
      const onError = (error: Error & { code?: string }) => {
        done();
        slot.dead = true;
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new CivstatError(
                "E_LIMIT",
                `reading it took more than ${heapMb} MB of memory (raise --worker-memory)`,
              )
            : error,
        );
      };
      const onExit = () => {
        done();
        slot.dead = true;
        reject(new Error("the worker reading it stopped"));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, request });
    });

  return {
    async extract(request, onStep) {
      const slot = await acquire();
      try {
        return await run(slot, request, onStep);
      } catch (error) {
        // A worker that ended (out of memory, crashed) is replaced; one that answered an error is fine.
        if (slot.dead) {
          void slot.worker.terminate();
          slot.worker = newWorker();
          slot.dead = false;
        }
        throw error;
      } finally {
        release(slot);
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
