// A full disk: the cause is named once, the run stops, the database stays readable, and a run that
// could not write anything leaves no database file behind. The disk is a small tmpfs (needs root
// and mount); without one the test says so and is skipped.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { CORPUS } from "./helpers/pipeline.js";

const CLI = join(import.meta.dirname, "..", "dist", "bin", "civstat.js");
const mounted: string[] = [];

function smallDisk(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), "civstat-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    mounted.push(dir);
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}
afterAll(() => {
  for (const dir of mounted) {
    execFileSync("umount", [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

const probe = smallDisk("64k");
if (probe === null) console.warn("diskFull.test.ts: cannot mount a tmpfs here (needs root); skipped");

async function ingestInto(db: string, folders: string[]) {
  // One worker: the writer is what meets the full disk; a second worker only adds its start-up.
  const args = [
    CLI,
    "ingest",
    ...folders.map((f) => join(CORPUS, f)),
    "--db",
    db,
    "--batch",
    "2",
    "--jobs",
    "1",
  ];
  return promisify(execFile)(process.execPath, args).catch((error) => error);
}

describe.skipIf(probe === null || !existsSync(CLI))("ingest on a full disk", () => {
  it("names the cause once, stops, and leaves a readable database", async () => {
    // Room for a few documents: the disk fills a few batches in.
    const disk = smallDisk("400k") as string;
    const result = await ingestInto(join(disk, "full.duckdb"), ["txt", "docx", "pdf"]);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/No space left on device/g)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/rollback/i);
    const documents = await withDatabase(
      join(disk, "full.duckdb"),
      { readOnly: true },
      async ({ connection }) =>
        Number((await connection.runAndReadAll("SELECT count(*) FROM documents")).getRows()[0]?.[0]),
    );
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThan(15);
  }, 120_000);

  it("leaves no database file when it could write nothing", async () => {
    const disk = smallDisk("100k") as string;
    const result = await ingestInto(join(disk, "none.duckdb"), ["txt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No space left on device");
    expect(readdirSync(disk)).toEqual([]);
  }, 120_000);
});
