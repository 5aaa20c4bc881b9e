// OCR of a page without a text layer, kept fast: three lines cut from a scanned page, made into an
// image-only PDF at test time, read in the OCR worker (from dist/: `npm test` builds first).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeOcr } from "../pipeline/read/ocr.js";
import { pageRanges } from "../pipeline/read/pdfOcr.js";
import { renderPages } from "../pipeline/read/pdfRender.js";
import { readDocument } from "../pipeline/read/read.js";
import { imagePdf } from "./helpers/imagePdf.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const tmp = mkdtempSync(join(tmpdir(), "civstat-ocr-"));
const scan = join(tmp, "scan-lines.pdf");

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(join(CORPUS, "bad", "scanned-fumin-2023-32.pdf")));
  for await (const page of renderPages(bytes, [1], 150)) {
    // The lines under 一、基本情况 that count streets, communities and service centres.
    const top = Math.round(page.height * 0.45);
    const height = Math.round(page.height * 0.11);
    const strip = sharp(page.png).extract({ left: 0, top, width: page.width, height });
    const jpeg = await strip.toColourspace("b-w").jpeg().toBuffer();
    writeFileSync(scan, imagePdf(jpeg, page.width, height, 100));
  }
});

afterAll(async () => {
  await closeOcr();
  rmSync(tmp, { recursive: true, force: true });
});

describe("OCR of pages without a text layer", () => {
  it("reads a scanned page in the worker, shows progress, and its facts say they came from OCR", async () => {
    const db = join(tmp, "ocr.duckdb");
    const ingest = await run(["ingest", scan, "--db", db]);
    expect(ingest.stderr).toContain("OCR page 1/1");
    expect(ingest.code).toBe(0);
    const facts = (await run(["facts", "--db", db, "--format", "jsonl"])).stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { metric: string; value: number; read_by: string });
    expect(facts.map((f) => `${f.metric} ${f.value} ${f.read_by}`)).toEqual(
      expect.arrayContaining([
        "community.streets 10 ocr",
        "community.communities 92 ocr",
        "community.party_service_centers 103 ocr",
      ]),
    );
    const pages = await run(["query", "SELECT page, read_by FROM pages", "--db", db, "--format", "csv"]);
    expect(pages.stdout).toContain("1,ocr");
  });

  it("with OCR off, names the scan as a file without a text layer", async () => {
    const ingest = await run(["ingest", scan, "--db", join(tmp, "off.duckdb"), "--no-ocr"]);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(/scan-lines\.pdf: no text layer \(scanned\?\), OCR needed/);
    await expect(readDocument(scan, new Uint8Array(readFileSync(scan)), { ocr: false })).rejects.toThrow(
      /no text layer/,
    );
  });

  it("names runs of pages briefly", () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe("1–3, 5, 7–8");
  });
});
