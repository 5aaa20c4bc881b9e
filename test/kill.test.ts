// An ingest killed (SIGKILL) at any moment leaves a database that opens, holds every document it
// holds whole, and that the next ingest completes: the same contents as one uninterrupted run.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DOCUMENT_TABLES } from "../schemas/tables.js";
import { withDatabase } from "../store/database.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { dumpTables } from "./helpers/dbDump.js";
import { run } from "./helpers/io.js";
import { CORPUS } from "./helpers/pipeline.js";

const CLI = join(import.meta.dirname, "..", "dist", "bin", "civstat.js");
const FOLDERS = ["txt", "docx", "pdf"].map((f) => join(CORPUS, f));
const tmp = mkdtempSync(join(tmpdir(), "civstat-kill-"));
let reference: CorpusDb | undefined;
afterAll(() => {
  reference?.remove();
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * Starts an ingest (two documents a batch) in a child process and kills it once it has reported
 * `files` files loaded (0: as soon as it starts); resolves with its exit code, or the signal.
 */
function ingestKilledAfter(db: string, files: number): Promise<{ signal: string; reported: string[] }> {
  return new Promise((done, reject) => {
    const reported: string[] = [];
    const child = spawn(process.execPath, [CLI, "ingest", ...FOLDERS, "--db", db, "--batch", "2"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let loaded = 0;
    let pending = "";
    child.stderr.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const path = /^ingested\s+(.+?) \(/.exec(line)?.[1];
        if (path) reported.push(resolve(path));
        if (/^(ingested|civstat ingest: \d+ files)/.test(line) && loaded++ >= files) child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => done({ signal: signal ?? String(code), reported }));
  });
}

/** The documents the files at `paths` are, in the database at `db`. */
async function documentsOf(db: string, paths: readonly string[]): Promise<string[]> {
  return withDatabase(db, { readOnly: true }, async ({ connection }) => {
    const reader = await connection.runAndReadAll("SELECT path, doc_id FROM files");
    const wanted = new Set(paths);
    const rows = reader.getRows().filter(([path]) => wanted.has(String(path)));
    return [...new Set(rows.map(([, docId]) => String(docId)))];
  });
}

/** Rows per document and table: `doc_id table count` lines. */
async function rowsPerDocument(db: string): Promise<Map<string, string>> {
  return withDatabase(db, { readOnly: true }, async ({ connection }) => {
    const counts = new Map<string, string>();
    const docs = (await connection.runAndReadAll("SELECT doc_id FROM documents")).getRows();
    for (const [docId] of docs) counts.set(String(docId), "");
    for (const table of DOCUMENT_TABLES) {
      const reader = await connection.runAndReadAll(
        `SELECT doc_id, count(*) FROM ${table.name} GROUP BY doc_id ORDER BY doc_id`,
      );
      for (const [docId, n] of reader.getRows()) {
        counts.set(String(docId), `${counts.get(String(docId)) ?? "(no document row)"} ${table.name}=${n}`);
      }
    }
    return counts;
  });
}

describe.skipIf(!existsSync(CLI))("an ingest killed with SIGKILL", () => {
  it("leaves whole documents only, and the next ingest completes the database", async () => {
    reference = await corpusDatabase(["txt", "docx", "pdf"]);
    const whole = await rowsPerDocument(reference.path);
    const db = join(tmp, "killed.duckdb");
    for (const files of [0, 3]) {
      const { signal, reported } = await ingestKilledAfter(db, files);
      expect(signal).toBe("SIGKILL");
      if (!existsSync(db)) continue;
      const held = await rowsPerDocument(db);
      for (const [docId, counts] of held) expect(counts).toBe(whole.get(docId));
      // Every file reported loaded is whole in the database; copies of one text are one document.
      const documents = await documentsOf(reference.path, reported);
      if (files > 0) expect(documents.length).toBeGreaterThan(0);
      for (const docId of documents) expect(held.has(docId)).toBe(true);
      if (files > 0) expect(held.size).toBeLessThan(whole.size);
    }
    // The run that completes it need not be a process of its own.
    expect((await run(["ingest", ...FOLDERS, "--db", db, "--batch", "2"])).code).toBe(0);
    expect(await dumpTables(db)).toBe(await dumpTables(reference.path));
  }, 180_000);
});
