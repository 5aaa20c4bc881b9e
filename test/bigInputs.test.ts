import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkZipExpansion } from "../pipeline/read/zipParts.js";
import { deflatedMegabytes, type ZipEntry, zipOf } from "./helpers/bomb.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";
import { unzip } from "./helpers/zip.js";

const MB = 1024 ** 2;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "civstat-big-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sample Word document whose word/document.xml is replaced by `document`. */
function docxWith(document: ZipEntry): Uint8Array {
  const parts = unzip(readFileSync(join(CORPUS, "docx", "fumin-2024-25.docx")));
  const entries: ZipEntry[] = [...parts]
    .filter(([name]) => name !== "word/document.xml")
    .map(([name, data]) => ({ name, data: deflateRawSync(data), size: data.length, deflated: true }));
  return zipOf([...entries, { ...document, name: "word/document.xml" }]);
}

/** A file of `bytes` bytes that takes no room on disk. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, "w");
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe("zip bombs in Word documents", () => {
  it("refuses a part whose declared size is over the limit, before inflating it", () => {
    const bomb = docxWith({ name: "", data: deflatedMegabytes(300), size: 300 * MB, deflated: true });
    expect(bomb.length).toBeLessThan(MB);
    expect(() => checkZipExpansion(bomb, 50 * MB)).toThrow(
      "zip bomb: word/document.xml would expand to 300 MB, over the 50 MB a document may take (raise it with --max-file-size)",
    );
  });

  it("refuses a part that lies about its size, inflating no more than the limit", () => {
    const bomb = docxWith({ name: "", data: deflatedMegabytes(300), size: 2048, deflated: true });
    const before = process.memoryUsage().rss;
    expect(() => checkZipExpansion(bomb, 50 * MB)).toThrow(
      /zip bomb: word\/document\.xml would expand to more than/,
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });

  it("refuses a part declaring 4 GB or more", () => {
    const bomb = docxWith({ name: "", data: deflatedMegabytes(1), size: 0xffffffff, deflated: true });
    expect(() => checkZipExpansion(bomb, 50 * MB)).toThrow(/would expand to 4 GB or more/);
  });

  it("lets a sample document through", () => {
    expect(() =>
      checkZipExpansion(readFileSync(join(CORPUS, "docx", "fumin-2024-25.docx")), 50 * MB),
    ).not.toThrow();
  });

  it("fails the bomb with one line and ingests the other files, with a summary", async () => {
    const folder = join(dir, "bombs");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "a-bomb.docx"),
      docxWith({ name: "", data: deflatedMegabytes(300), size: 2048, deflated: true }),
    );
    writeFileSync(join(folder, "b-good.txt"), readFileSync(join(CORPUS, "txt", "fumin-2024-25.txt")));
    const result = await run(["ingest", "bombs", "--db", join(dir, "bombs.duckdb")], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines.filter((l) => l.includes("a-bomb.docx"))).toEqual([
      expect.stringMatching(
        /^civstat ingest: bombs\/a-bomb\.docx: zip bomb: word\/document\.xml would expand to more than \d+ MB/,
      ),
    ]);
    expect(result.stderr).toMatch(/ingested +bombs\/b-good\.txt/);
    expect(result.stderr).toMatch(/civstat ingest: 1 ingested, 0 unchanged, 1 failed/);
  });
});

describe("big files", () => {
  it("refuses a 300 MB text file at once, naming the limit and how to raise it", async () => {
    sparseFile(join(dir, "huge.txt"), 300 * MB);
    const started = Date.now();
    const result = await run(["ingest", "huge.txt", "--db", join(dir, "huge.duckdb")], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "huge.txt: file is 300 MB, over the 50 MB limit for one file (raise it with --max-file-size, e.g. --max-file-size 301MB)",
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("takes a limit raised or lowered with --max-file-size", async () => {
    writeFileSync(join(dir, "small.txt"), readFileSync(join(CORPUS, "txt", "fumin-2024-25.txt")));
    const refused = await run(
      ["ingest", "small.txt", "--db", join(dir, "small.duckdb"), "--max-file-size", "1kB"],
      {
        cwd: dir,
      },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/small\.txt: file is [\d.]+ MB, over the 0 MB limit|small\.txt: file is/);
    const bad = await run(
      ["ingest", "small.txt", "--db", join(dir, "small.duckdb"), "--max-file-size", "lots"],
      {
        cwd: dir,
      },
    );
    expect(bad.code).toBe(2);
    const taken = await run(
      ["ingest", "small.txt", "--db", join(dir, "small.duckdb"), "--max-file-size", "2MB"],
      {
        cwd: dir,
      },
    );
    expect(taken.code, taken.stderr).toBe(0);
  });
});
