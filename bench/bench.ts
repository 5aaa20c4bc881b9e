// Speed and memory figures on this machine: `npm run build && npm run bench`. Prints, never asserts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findQuantities } from "../extractors/quantities/quantities.js";
import { type IngestEffects, ingest } from "../pipeline/run/run.js";
import { withDatabase } from "../store/database.js";
import { openIngestStore } from "../store/ingest.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "data", "corpus");
const silent: IngestEffects = { start() {}, file() {} };

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

const report = (what: string, figure: string) => console.log(`${what.padEnd(58)} ${figure}`);

const tmp = mkdtempSync(join(tmpdir(), "civstat-bench-"));
try {
  for (const format of ["txt", "docx", "pdf"]) {
    const files = readdirSync(join(CORPUS, format)).length;
    const [, ms] = await timed(() =>
      ingest(
        [join(CORPUS, format)],
        { open: () => openIngestStore(join(tmp, `${format}.duckdb`)), jobs: 1, cwd: ROOT },
        silent,
      ),
    );
    report(
      `ingest ${format}/ (${files} files, jobs 1, cold start included)`,
      `${ms.toFixed(0)} ms, ${(ms / files).toFixed(0)} ms/file`,
    );
  }
  const all = ["txt", "docx", "pdf", "odd"].map((f) => join(CORPUS, f));
  for (const jobs of [1, 4]) {
    const db = join(tmp, `all-${jobs}.duckdb`);
    const [summary, ms] = await timed(() =>
      ingest(all, { open: () => openIngestStore(db), jobs, cwd: ROOT }, silent),
    );
    report(`ingest whole corpus (${summary.outcomes.length} files, jobs ${jobs})`, `${ms.toFixed(0)} ms`);
    if (jobs === 4) {
      const [, again] = await timed(() =>
        ingest(all, { open: () => openIngestStore(db), jobs, cwd: ROOT }, silent),
      );
      report("ingest again, nothing changed", `${again.toFixed(0)} ms`);
      const [count, query] = await timed(() =>
        withDatabase(db, { readOnly: true }, async ({ connection }) =>
          Number((await connection.runAndReadAll("SELECT count(*) FROM fact_points")).getRows()[0]?.[0]),
        ),
      );
      report(`open database and count fact_points (${count})`, `${query.toFixed(0)} ms`);
    }
  }

  // A larger corpus: the sample texts repeated with their figures changed, 300 documents.
  const many = join(tmp, "many");
  mkdirSync(many);
  const texts = readdirSync(join(CORPUS, "txt")).map((f) => readFileSync(join(CORPUS, "txt", f), "utf8"));
  for (let i = 0; i < 300; i++) {
    const text = (texts[i % texts.length] ?? "").replace(/\d{2,4}(?= ?[家个名人])/g, (n) =>
      String(Number(n) + i),
    );
    writeFileSync(join(many, `doc-${i}.txt`), text);
  }
  const [bulk, bulkMs] = await timed(() =>
    ingest([many], { open: () => openIngestStore(join(tmp, "many.duckdb")), jobs: 4, cwd: ROOT }, silent),
  );
  const facts = bulk.outcomes.reduce((n, o) => n + o.facts, 0);
  report(
    `ingest 300 text documents (${facts} facts)`,
    `${bulkMs.toFixed(0)} ms, ${(300 / (bulkMs / 1000)).toFixed(0)} docs/s`,
  );

  const sentences = texts
    .join("\n")
    .split(/[。\n]/)
    .filter((s) => /\d/.test(s));
  const lines = Array.from({ length: 20 }, () => sentences).flat();
  const [found, qMs] = await timed(async () => lines.reduce((n, s) => n + findQuantities(s).length, 0));
  report(
    `findQuantities on ${lines.length} sentences (${found} quantities)`,
    `${((lines.length / qMs) * 1000).toFixed(0)} sentences/s`,
  );

  report("peak resident memory", `${(peakRss / 2 ** 20).toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  rmSync(tmp, { recursive: true, force: true });
}
