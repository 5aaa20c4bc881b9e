// A worker thread of the ingest pool: takes files, one at a time in the order they come (the pool
// hands it the next before it has finished one), and answers with their rows or the reason they
// could not be read.
import { parentPort } from "node:worker_threads";
import { isCivstatError } from "../../schemas/basics/errors.js";
import { type Extracted, type ExtractRequest, extractFile } from "./extractFile.js";

export type WorkerAnswer =
  | { id: number; extracted: Extracted }
  | { id: number; code: string | null; message: string }
  | { id: number; step: string };

async function answer(id: number, request: ExtractRequest): Promise<void> {
  try {
    const onStep = (step: string) => parentPort?.postMessage({ id, step } satisfies WorkerAnswer);
    parentPort?.postMessage({ id, extracted: await extractFile(request, onStep) } satisfies WorkerAnswer);
  } catch (error) {
    const known = isCivstatError(error);
    parentPort?.postMessage({
      id,
      code: known ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerAnswer);
  }
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", ({ id, request }: { id: number; request: ExtractRequest }) => {
  queue = queue.then(() => answer(id, request));
});
