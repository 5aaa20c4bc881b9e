// OCR pages of a PDF in a worker thread, so the main thread stays free while a page takes seconds.
// One worker serves the whole process; it does not keep the process alive when idle.

import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { OcrReply, OcrRequest } from "./ocrMessages.js";

/** Resolution for pages that hold no scanned image (text drawn as outlines); scans render at their own. */
export const OCR_DPI = 150;

export interface OcrPage {
  number: number;
  text: string;
  ms: number;
}

/** Told after each page: how many of the document's pages are done, out of how many. */
export type OcrProgress = (done: number, total: number) => void;

interface Job {
  total: number;
  pages: OcrPage[];
  onPage?: OcrProgress;
  resolve(pages: OcrPage[]): void;
  reject(error: Error): void;
}

const jobs = new Map<number, Job>();
let nextId = 1;
let worker: Worker | null = null;

/** The compiled worker beside this module, or under dist/ when running from the TypeScript sources. */
function workerScript(): URL {
  const beside = new URL("./ocrWorker.js", import.meta.url);
  if (existsSync(beside)) return beside;
  const built = new URL("../../dist/pipeline/read/ocrWorker.js", import.meta.url);
  if (existsSync(built)) return built;
  throw new CivstatError("E_OCR", "OCR worker not found: run npm run build");
}

function failAll(error: Error): void {
  worker = null;
  const failed = new CivstatError("E_OCR", `OCR failed: ${error.message}`, { cause: error });
  for (const job of jobs.values()) job.reject(failed);
  jobs.clear();
}

function onReply(reply: OcrReply): void {
  const job = jobs.get(reply.id);
  if (!job) return;
  if (reply.kind === "page") {
    job.pages.push({ number: reply.page, text: reply.text, ms: reply.ms });
    job.onPage?.(job.pages.length, job.total);
    return;
  }
  jobs.delete(reply.id);
  if (jobs.size === 0) worker?.unref();
  if (reply.kind === "done") job.resolve(job.pages);
  else job.reject(new CivstatError("E_OCR", `OCR failed: ${reply.message}`));
}

function ocrWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(workerScript());
  started.on("message", onReply);
  started.on("error", failAll);
  started.on("exit", (code) => {
    if (worker === started) failAll(new Error(`OCR worker stopped (exit code ${code})`));
  });
  worker = started;
  return started;
}

/** Reads the given pages (numbered from 1) of a PDF by OCR, in page order. */
export function ocrPdfPages(
  pdf: Uint8Array,
  pages: readonly number[],
  onPage?: OcrProgress,
): Promise<OcrPage[]> {
  if (pages.length === 0) return Promise.resolve([]);
  const thread = ocrWorker();
  const id = nextId++;
  const request: OcrRequest = { id, pdf: pdf.slice(), pages: [...pages], dpi: OCR_DPI };
  return new Promise<OcrPage[]>((resolve, reject) => {
    jobs.set(id, { total: pages.length, pages: [], onPage, resolve, reject });
    thread.ref();
    thread.postMessage(request, [request.pdf.buffer as ArrayBuffer]);
  });
}

/** Stops the worker (tests, or a command that is done with OCR). */
export async function closeOcr(): Promise<void> {
  const stopping = worker;
  worker = null;
  await stopping?.terminate();
}
