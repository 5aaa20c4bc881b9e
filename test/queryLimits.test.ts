import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMemory, parseSeconds } from "../store/queryLimits.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt"]);
});
afterAll(() => corpus?.remove());

const query = (sql: string, ...args: string[]) => run(["query", sql, "--db", corpus.path, ...args]);

/** A time limit short enough that the endless query it stops costs the suite little. */
const TIMEOUT = "0.2";

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

describe("query limits", () => {
  it("stops a result too big to hand back, naming the memory limit and the flag", async () => {
    const [result, ms] = await timed(() => query("SELECT * FROM range(20000000)"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /query stopped: its result \([\d,]+ rows so far\) needs more than 1GB of memory/,
    );
    expect(result.stderr).toContain("--memory-limit SIZE");
    expect(ms).toBeLessThan(20_000);
  });

  it("stops a query that needs more memory than it may take inside the database", async () => {
    const result = await query("SELECT list(range) AS l FROM range(100000000)", "--memory-limit", "128MB");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("query stopped: it needs more than 128MB of memory, its limit");
  });

  it("stops a query at its time limit", async () => {
    const [result, ms] = await timed(() =>
      query("SELECT count(*) FROM range(1000000000000) WHERE range % 7 = 3", "--timeout", TIMEOUT),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `query stopped after ${TIMEOUT} s, its time limit (raise it with --timeout SECONDS)`,
    );
    expect(ms).toBeLessThan(10_000);
  });

  it("lets a raised limit through", async () => {
    const result = await query(
      "SELECT count(*) AS n FROM range(2000000)",
      "--memory-limit",
      "2GB",
      "--timeout",
      "30",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2000000");
  });

  it("refuses limits it cannot read", async () => {
    expect((await query("SELECT 1", "--memory-limit", "lots")).code).toBe(2);
    expect((await query("SELECT 1", "--timeout", "-3")).code).toBe(2);
    expect(parseMemory("512MB")).toBe(512 * 1024 ** 2);
    expect(parseMemory("1.5GiB")).toBe(1.5 * 1024 ** 3);
    expect(() => parseMemory("10kB")).toThrow(/at least 64 MB/);
    expect(parseSeconds("2.5")).toBe(2.5);
    expect(() => parseSeconds("0")).toThrow(/seconds/);
  });
});

describe("notebook limits", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "civstat-limits-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const notebook = (sql: string) => {
    const path = join(dir, "big.md");
    writeFileSync(path, `# Big\n\n\`\`\`sql rows\n${sql}\n\`\`\`\n`);
    return path;
  };
  const report = (path: string, ...args: string[]) =>
    run(["report", path, "--db", corpus.path, "--out", join(dir, "out"), ...args]);

  it("stops range(20000000) in a notebook cell with a message naming the cell and the limit", async () => {
    const [result, ms] = await timed(() => report(notebook("SELECT * FROM range(20000000)")));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /big\.md:4: sql cell rows: query stopped: its result .* needs more than 1GB/,
    );
    expect(ms).toBeLessThan(20_000);
  });

  it("stops a notebook cell at the time limit given by --timeout", async () => {
    const path = notebook("SELECT count(*) AS n FROM range(1000000000000) WHERE range % 7 = 3");
    const [result, ms] = await timed(() => report(path, "--timeout", TIMEOUT));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`sql cell rows: query stopped after ${TIMEOUT} s`);
    expect(ms).toBeLessThan(10_000);
  });
});
