// PDFium and pdf.js must give the same facts from every PDF: the sample corpus always, and the
// real development sets when the shared evaluation folder is on this machine.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PdfEngine } from "../pipeline/read/pdf.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";
import type { RawDocument } from "../schemas/document.js";
import { CORPUS, filesIn } from "./helpers/pipeline.js";

const REAL_DEV = "/work/shared/eval/real-dev";

const readBy = (path: string, pdfEngine: PdfEngine) =>
  readDocument(path, new Uint8Array(readFileSync(path)), { pdfEngine });

const factsOf = (raw: RawDocument) =>
  processDocument(raw)
    .facts.map((f) => [f.metric, f.value, f.asOf, f.region].join("\t"))
    .sort();

// Where the two engines read the same text the facts are the same by construction; only a
// difference in text needs the whole pipeline run twice.
function engineCases(folders: string[]) {
  for (const path of folders.flatMap((folder) => filesIn(folder, /\.pdf$/))) {
    it(basename(path), async () => {
      const [pdfium, pdfjs] = [await readBy(path, "pdfium"), await readBy(path, "pdfjs")];
      if (JSON.stringify(pdfium.pages) === JSON.stringify(pdfjs.pages)) return;
      expect(factsOf(pdfium)).toEqual(factsOf(pdfjs));
    });
  }
}

describe("PDFium and pdf.js give the same facts: sample corpus", () => {
  engineCases([join(CORPUS, "pdf"), join(CORPUS, "odd")]);
});

const realDev = [join(REAL_DEV, "pdf"), join(REAL_DEV, "pdf-cid")].filter((f) => existsSync(f));
if (realDev.length === 0) {
  console.warn(`pdfEngines.test.ts: ${REAL_DEV} not on this machine; the real PDF sets are not compared`);
}
describe.skipIf(realDev.length === 0)("PDFium and pdf.js give the same facts: real PDFs", () => {
  engineCases(realDev);
});
