// One measured ingest, in a process of its own so its peak memory is its own:
// node dist/bench/ingestOnce.js <db> <folder>… prints {ms, stages, peakRssMb, files, facts} as JSON.
import "../bin/v8Flags.js";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { type IngestEffects, ingest } from "../pipeline/run/run.js";
import { openIngestStore } from "../store/ingest.js";

const [db, ...folders] = process.argv.slice(2);
if (db === undefined || folders.length === 0) throw new Error("usage: ingestOnce.js <db> <folder>…");
const silent: IngestEffects = { start() {}, file() {} };
const summary = await ingest(
  folders,
  {
    open: () => openIngestStore(db),
    newDatabase: !existsSync(db),
    jobs: availableParallelism(),
    cwd: process.cwd(),
  },
  silent,
);
process.stdout.write(
  `${JSON.stringify({
    ms: summary.ms,
    stages: summary.stages,
    // maxRSS counts the whole process: the writer thread and every worker thread.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    // CPU of every thread of the process: the writer, the workers and V8's own.
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    files: Object.values(summary.counts).reduce((n, count) => n + count, 0),
    failed: summary.counts.failed,
    facts: summary.facts,
  })}\n`,
);
