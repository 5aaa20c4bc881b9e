// OCR speed on this machine: node dist/bench/ocr.js [file.pdf] [pages]
// Renders and reads the first pages of a scan in this thread (as the OCR worker does) and prints,
// a page, the wall time and the CPU time: CPU time says what a page costs when others share the
// machine, wall time what it took here and now.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadOcr, recognise } from "../pipeline/read/ocrEngine.js";
import { layOutOcrLines } from "../pipeline/read/ocrText.js";
import { pdfPageCount, renderPages } from "../pipeline/read/pdfRender.js";

const ROOT = join(import.meta.dirname, "..", "..");
const file = process.argv[2] ?? join(ROOT, "data", "corpus", "scanned", "fumin-2023-32.pdf");
const bytes = new Uint8Array(await readFile(file));
const count = Math.min(Number(process.argv[3] ?? 2), await pdfPageCount(bytes));
const pages = Array.from({ length: count }, (_, i) => i + 1);

const load = performance.now();
await loadOcr();
console.log(`load models                         ${(performance.now() - load).toFixed(0)} ms`);
let wall = 0;
let cpu = 0;
for await (const page of renderPages(bytes, pages, 150)) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const text = layOutOcrLines(await recognise(page.png));
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  wall += ms;
  cpu += (c.user + c.system) / 1000;
  console.log(
    `page ${page.number} (${page.width}×${page.height}, ${text.length} chars)`.padEnd(36),
    `${ms.toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`,
  );
}
console.log(
  `per page                            ${(wall / count).toFixed(0)} ms wall, ${(cpu / count).toFixed(0)} ms CPU`,
);
