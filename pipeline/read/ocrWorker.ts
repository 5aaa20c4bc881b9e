// The OCR worker thread: renders the pages it is asked for and reads them, page by page, posting
// each page's text as it is done.

import { parentPort } from "node:worker_threads";
import { recognise } from "./ocrEngine.js";
import type { OcrReply, OcrRequest } from "./ocrMessages.js";
import { layOutOcrLines } from "./ocrText.js";
import { renderPages } from "./pdfRender.js";

const port = parentPort;
if (!port) throw new Error("ocrWorker.js runs as a worker thread");

const post = (reply: OcrReply) => port.postMessage(reply);

async function serve(request: OcrRequest): Promise<void> {
  try {
    for await (const image of renderPages(request.pdf, request.pages, request.dpi)) {
      const started = performance.now();
      const text = layOutOcrLines(await recognise(image.png));
      post({ id: request.id, kind: "page", page: image.number, text, ms: performance.now() - started });
    }
    post({ id: request.id, kind: "done" });
  } catch (error) {
    post({ id: request.id, kind: "error", message: error instanceof Error ? error.message : String(error) });
  }
}

// Requests are served one at a time: OCR already uses every core.
let queue: Promise<void> = Promise.resolve();
port.on("message", (request: OcrRequest) => {
  queue = queue.then(() => serve(request));
});
