// A worker thread of the ingest pool: takes files, answers with their rows or the reason they
// could not be read.
import { parentPort } from "node:worker_threads";
import { isCivstatError } from "../../schemas/basics/errors.js";
import { type Extracted, type ExtractRequest, extractFile } from "./extractFile.js";

export type WorkerAnswer =
  | { id: number; extracted: Extracted }
  | { id: number; code: string | null; message: string }
  | { id: number; step: string };

parentPort?.on("message", async ({ id, request }: { id: number; request: ExtractRequest }) => {
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
});
