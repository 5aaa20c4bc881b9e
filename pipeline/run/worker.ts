// A worker thread of the ingest pool: takes files, one at a time in the order they come (the pool
// hands it the next before it has finished one), and answers with their rows or the reason they
// could not be read.
import { parentPort } from "node:worker_threads";
import { isCivstatError } from "../../schemas/basics/errors.js";
import { type PdfEngine, preparePdfEngine } from "../read/pdf.js";
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

/** What the pool asks of a worker: a file to read, or to get a PDF engine ready before the first PDF. */
export type WorkerRequest = { id: number; request: ExtractRequest } | { prepare: PdfEngine };

let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (message: WorkerRequest) => {
  if ("prepare" in message) {
    // A file that needs the engine loads it anyway and says why it could not.
    queue = queue.then(() => preparePdfEngine(message.prepare).catch(() => undefined));
    return;
  }
  queue = queue.then(() => answer(message.id, message.request));
});
