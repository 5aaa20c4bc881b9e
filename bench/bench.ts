// Speed and memory on this machine: `npm run build && npm run bench -- [N] [LARGE] [HUGE]` (defaults
// 200 and 2000, no HUGE). Builds N distinct PDF, Word and text documents (and LARGE text ones), then
// prints in one run: PDF ingest against poppler's pdftotext on the same files (taking turns, three
// rounds), time per stage, re-ingest against the first ingest, peak memory at N and LARGE documents
// (and HUGE, when given, to see whether it levels off), and the trends report over LARGE. Prints,
// never asserts.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchFormat, writeCorpus } from "./corpus.js";
import { cpuLoopMs } from "./cpuLoop.js";
import { stealDuring } from "./steal.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "data", "corpus");
const CLI = join(ROOT, "dist", "bin", "civstat.js");
/** The count of documents given as the bench's `i`th argument, or `fallback`. */
function countArg<T>(i: number, fallback: T): number | T {
  const given = process.argv[2 + i];
  if (given === undefined) return fallback;
  const count = Number(given);
  if (Number.isInteger(count) && count > 0) return count;
  console.error(
    `civstat bench: "${given}" is not a count of documents (usage: npm run bench -- [N] [LARGE] [HUGE])`,
  );
  return process.exit(2);
}
const N = countArg(0, 200);
const LARGE = countArg(1, 2000);
const HUGE = countArg(2, null);
/** Turns the PDF ingest and pdftotext take. */
const ROUNDS = 3;

interface Measured {
  ms: number;
  cpuMs: number;
  stages: { read: number; extract: number; load: number };
  peakRssMb: number;
  files: number;
  failed: number;
  facts: number;
}

const line = (what: string, figure: string) => console.log(`| ${what} | ${figure} |`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const share = (part: number | null) => (part === null ? "unknown" : `${(part * 100).toFixed(0)}%`);

function ingestOnce(db: string, ...folders: string[]): Measured {
  const out = execFileSync(process.execPath, [join(ROOT, "dist", "bench", "ingestOnce.js"), db, ...folders], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as Measured;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
const tmp = mkdtempSync(join(tmpdir(), "civstat-bench-"));
try {
  const folder = (format: BenchFormat, count: number) => join(tmp, `${format}-${count}`);
  await writeCorpus(folder("pdf", N), "pdf", 0, N, CORPUS);
  await writeCorpus(folder("docx", N), "docx", N, 2 * N, CORPUS);
  await writeCorpus(folder("txt", N), "txt", 2 * N, 3 * N, CORPUS);
  await writeCorpus(folder("txt", LARGE), "txt", 3 * N, 3 * N + LARGE, CORPUS);
  if (HUGE !== null)
    await writeCorpus(folder("txt", HUGE), "txt", 3 * N + LARGE, 3 * N + LARGE + HUGE, CORPUS);
  const pdfs = readdirSync(folder("pdf", N)).map((f) => join(folder("pdf", N), f));

  console.log(
    `civstat bench: ${N} documents a format, ${LARGE}${HUGE === null ? "" : ` and ${HUGE}`} text documents; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} at start\n`,
  );
  const loopBefore = cpuLoopMs();
  console.log("| measure | figure |\n| --- | --- |");
  // The ingest and pdftotext take turns, ROUNDS times, each ingest into a new database: on a shared
  // machine the CPU's speed and what the host takes (steal) change from one minute to the next, and
  // a pair of turns meets the same conditions. The ratio is the median of the rounds' ratios.
  const rounds: { ingest: Measured; poppler: number | null; steal: [number | null, number | null] }[] = [];
  const pdfDb = (round: number) => join(tmp, `pdf-${round}.duckdb`);
  for (let round = 0; round < ROUNDS; round++) {
    const ingested = stealDuring(() => ingestOnce(pdfDb(round), folder("pdf", N)));
    const poppler = hasPdftotext
      ? stealDuring(() =>
          timed(() => {
            for (const file of pdfs)
              execFileSync("pdftotext", [file, "-"], { stdio: ["ignore", "ignore", "ignore"] });
          }),
        )
      : { result: null, steal: null };
    rounds.push({ ingest: ingested.result, poppler: poppler.result, steal: [ingested.steal, poppler.steal] });
  }
  const pdf = rounds[rounds.length - 1]!.ingest;
  line(
    `ingest ${N} PDFs (${pdf.facts} facts, ${pdf.failed} failed), ${ROUNDS} rounds`,
    rounds.map(({ ingest }) => `${s(ingest.ms)} (CPU ${s(ingest.cpuMs)})`).join(", ") +
      `; stages of the last (summed over threads): read ${s(pdf.stages.read)}, extract ${s(pdf.stages.extract)}, load ${s(pdf.stages.load)}`,
  );
  if (hasPdftotext) {
    line(
      `pdftotext, one process per file, the same ${N} PDFs, after each ingest`,
      rounds.map(({ poppler }) => s(poppler ?? 0)).join(", "),
    );
    const ratios = rounds.map(({ ingest, poppler }) => ingest.ms / (poppler ?? 1));
    line(
      "**PDF ingest ÷ pdftotext** (goal ≤ 1.0): median of the rounds",
      `${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(", ")})`,
    );
    line(
      "CPU time the host took (steal) during each ingest / pdftotext",
      rounds.map(({ steal }) => `${share(steal[0])} / ${share(steal[1])}`).join(", "),
    );
  } else {
    line("pdftotext", "not installed (apt-get install poppler-utils)");
  }
  const again = ingestOnce(pdfDb(ROUNDS - 1), folder("pdf", N));
  line("ingest the same PDFs again, nothing changed", s(again.ms));
  line("**re-ingest ÷ first ingest** (goal ≤ 0.05)", (again.ms / pdf.ms).toFixed(3));

  const docx = ingestOnce(join(tmp, "docx.duckdb"), folder("docx", N));
  line(
    `ingest ${N} Word documents`,
    `${s(docx.ms)}; read ${s(docx.stages.read)}, extract ${s(docx.stages.extract)}, load ${s(docx.stages.load)}`,
  );
  const small = ingestOnce(join(tmp, "txt-small.duckdb"), folder("txt", N));
  line(
    `ingest ${N} text documents`,
    `${s(small.ms)}; read ${s(small.stages.read)}, extract ${s(small.stages.extract)}, load ${s(small.stages.load)}; peak RSS ${small.peakRssMb.toFixed(0)} MB`,
  );
  const largeDb = join(tmp, "txt-large.duckdb");
  const large = ingestOnce(largeDb, folder("txt", LARGE));
  line(
    `ingest ${LARGE} text documents (${large.facts} facts)`,
    `${s(large.ms)}; read ${s(large.stages.read)}, extract ${s(large.stages.extract)}, load ${s(large.stages.load)}; peak RSS ${large.peakRssMb.toFixed(0)} MB`,
  );
  line(
    `**peak RSS at ${LARGE} ÷ at ${N}** (goal ≤ 1.2, and ≤ 300 MB)`,
    (large.peakRssMb / small.peakRssMb).toFixed(2),
  );
  if (HUGE !== null) {
    const huge = ingestOnce(join(tmp, "txt-huge.duckdb"), folder("txt", HUGE));
    line(
      `ingest ${HUGE} text documents: does memory level off?`,
      `${s(huge.ms)}; peak RSS ${huge.peakRssMb.toFixed(0)} MB, ${(huge.peakRssMb / large.peakRssMb).toFixed(2)} × the figure at ${LARGE}`,
    );
  }
  const reports = join(tmp, "reports");
  let failure: string | null = null;
  const report = timed(() => {
    try {
      execFileSync(
        process.execPath,
        [CLI, "report", "notebooks/trends.md", "--db", largeDb, "--out", reports],
        {
          cwd: ROOT,
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
    } catch (error) {
      failure = String((error as { stderr?: Buffer }).stderr ?? error).split("\n")[0] ?? "failed";
    }
  });
  const html = failure
    ? 0
    : readdirSync(reports)
        .filter((f) => f.endsWith(".html"))
        .reduce((n, f) => n + statSync(join(reports, f)).size, 0);
  line(
    `**report notebooks/trends.md over ${LARGE} documents** (goal ≤ 5 s)`,
    failure
      ? `failed after ${s(report)}: ${failure}`
      : `${s(report)}, ${(html / 2 ** 20).toFixed(1)} MB of HTML`,
  );
  const once = JSON.parse(
    execFileSync(
      process.execPath,
      [
        join(ROOT, "dist", "bench", "reportOnce.js"),
        "notebooks/trends.md",
        largeDb,
        join(tmp, "reports-once"),
      ],
      { cwd: ROOT, encoding: "utf8" },
    ),
  ) as { error?: string; ms: number; cpuMs: number; queryMs: number; pngMs: number; charts: number };
  line(
    "the same report, timed inside its process",
    once.error
      ? `failed: ${once.error}`
      : `${s(once.ms)} (CPU ${s(once.cpuMs)}): queries ${s(once.queryMs)}, ${once.charts} PNG charts ${s(once.pngMs)}`,
  );
  line(
    "the machine's speed: a one-thread loop (bench/cpuLoop.ts) at the start, at the end",
    `${s(loopBefore)}, ${s(cpuLoopMs())}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
