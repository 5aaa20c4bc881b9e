// Time reading and normalising each document of a corpus: node dist/bench/clean.js [folder] [--dump] [--ocr]
// Prints one line a document (read ms, normalize ms, pages, characters, lines) and, with --dump,
// the clean text of each. Scans are read by OCR only with --ocr (minutes for data/corpus/scanned).

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { normalize } from "../pipeline/normalize/normalize.js";
import { readDocument } from "../pipeline/read/read.js";
import { isCivstatError } from "../schemas/basics/errors.js";

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dump = args.includes("--dump");
  const ocr = args.includes("--ocr");
  const folder = args.find((a) => !a.startsWith("--")) ?? "data/corpus";
  const started = performance.now();
  const rows: string[] = [];
  for (const path of await filesUnder(folder)) {
    const bytes = new Uint8Array(await readFile(path));
    const t0 = performance.now();
    try {
      const raw = await readDocument(path, bytes, { ocr });
      const t1 = performance.now();
      const clean = normalize(raw);
      const t2 = performance.now();
      rows.push(
        `${path.padEnd(48)} read ${(t1 - t0).toFixed(0).padStart(5)} ms  normalize ${(t2 - t1).toFixed(1).padStart(6)} ms  ` +
          `${String(raw.pages.length).padStart(3)} pages ${String(clean.text.length).padStart(6)} chars ${String(clean.lines.length).padStart(4)} lines`,
      );
      if (dump)
        process.stdout.write(
          `\n##### ${path}\n${clean.lines.map((l) => `${l.kind[0]} ${clean.text.slice(l.start, l.end)}`).join("\n")}\n`,
        );
    } catch (error) {
      if (!isCivstatError(error)) throw error;
      rows.push(
        `${path.padEnd(48)} ${error.code}: ${error.message} (${(performance.now() - t0).toFixed(0)} ms)`,
      );
    }
  }
  process.stdout.write(`${rows.join("\n")}\ntotal ${(performance.now() - started).toFixed(0)} ms\n`);
}

await main();
