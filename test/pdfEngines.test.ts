// PDFium and pdf.js must give the same facts from every PDF: the sample corpus and the held-out sets
// always, and the real development set when it is on this machine (../shared/eval/real-dev beside
// the repository, or CIVSTAT_REAL_DEV), as test/realdev.test.ts finds it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PdfEngine } from "../pipeline/read/pdf.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import type { Fact } from "../schemas/fact.js";
import { CORPUS, filesIn, processFile, readFile } from "./helpers/pipeline.js";

const REAL_DEV =
  process.env.CIVSTAT_REAL_DEV ?? join(import.meta.dirname, "..", "..", "shared", "eval", "real-dev");
const INPUT = join(import.meta.dirname, "input");

const readBy = (path: string, pdfEngine: PdfEngine) =>
  readDocument(path, new Uint8Array(readFileSync(path)), { pdfEngine });

const factLines = (facts: readonly Fact[]) =>
  facts.map((f) => [f.metric, f.value, f.asOf, f.region].join("\t")).sort();

// Where the two engines read the same text the facts are the same by construction; only a
// difference in text needs the whole pipeline run twice.
function engineCases(folders: string[]) {
  for (const path of folders.flatMap((folder) => filesIn(folder, /\.pdf$/))) {
    it(basename(path), async () => {
      // PDFium is the default engine: its reading is the one other test files share.
      const [pdfium, pdfjs] = [await readFile(path), await readBy(path, "pdfjs")];
      if (JSON.stringify(pdfium.pages) === JSON.stringify(pdfjs.pages)) return;
      expect(factLines((await processFile(path)).facts)).toEqual(factLines(processDocument(pdfjs).facts));
    });
  }
}

describe("PDFium and pdf.js give the same facts: sample corpus", () => {
  engineCases([join(CORPUS, "pdf"), join(CORPUS, "odd")]);
});

describe("PDFium and pdf.js give the same facts: held-out sets", () => {
  engineCases(
    readdirSync(INPUT)
      .filter((name) => name.startsWith("heldout"))
      .map((name) => join(INPUT, name)),
  );
});

const realDev = [join(REAL_DEV, "pdf"), join(REAL_DEV, "pdf-cid")].filter((f) => existsSync(f));
if (realDev.length === 0) {
  console.warn(`pdfEngines.test.ts: ${REAL_DEV} not on this machine; the real PDF sets are not compared`);
}
describe.skipIf(realDev.length === 0)("PDFium and pdf.js give the same facts: real PDFs", () => {
  engineCases(realDev);
});
