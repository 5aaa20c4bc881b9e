// The benchmark corpus: N distinct documents made from the sample texts, each with its figures
// changed, written as text, Word or PDF.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { pdfOf } from "./pdfWriter.js";

export type BenchFormat = "txt" | "docx" | "pdf";

/** The sample texts, and the glyph widths of the sample PDF in a non-embedded CJK font. */
export function sources(corpus: string): { texts: string[]; widths: string } {
  const folder = join(corpus, "txt");
  const texts = readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(folder, f), "utf8"));
  const sample = readFileSync(join(corpus, "odd", "cidfont-fumin-2024-25.pdf"), "latin1");
  const widths = /\/W (\[[^\]]*(?:\][^\]]*)*?\] \])/.exec(sample)?.[1] ?? "[ ]";
  return { texts, widths };
}

/** The i-th document's text: a sample text with its counts and document number changed. */
export function variant(texts: string[], i: number): string {
  const text = texts[i % texts.length] ?? "";
  return text
    .replace(/\d{2,5}(?= ?[家个名人户张元])/g, (n) => String(Number(n) + i + 1))
    .replace(/〔(\d{4})〕(\d+)/g, (_m, year, n) => `〔${year}〕${Number(n) + 100 * (i + 1)}`);
}

/** Writes documents `from` … `to - 1` of a format into `folder`. */
export async function writeCorpus(
  folder: string,
  format: BenchFormat,
  from: number,
  to: number,
  corpus: string,
): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const { texts, widths } = sources(corpus);
  for (let i = from; i < to; i++) {
    const text = variant(texts, i);
    const path = join(folder, `doc-${String(i).padStart(5, "0")}.${format}`);
    if (format === "txt") writeFileSync(path, text);
    else if (format === "pdf") writeFileSync(path, pdfOf(text, widths));
    else {
      const doc = new Document({
        sections: [{ children: text.split("\n").map((line) => new Paragraph({ text: line })) }],
      });
      writeFileSync(path, await Packer.toBuffer(doc));
    }
  }
}
