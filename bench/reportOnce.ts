// One measured report, in a process of its own so that its CPU time is its own:
// node dist/bench/reportOnce.js <notebook> <db> <out> prints {ms, cpuMs, queryMs, pngMs, htmlBytes,
// charts} as JSON; a report that fails prints {error}.
import { renderReport } from "../report/report.js";

const [notebook, db, out] = process.argv.slice(2);
if (notebook === undefined || db === undefined || out === undefined)
  throw new Error("usage: reportOnce.js <notebook> <db> <out>");
const started = performance.now();
try {
  const outcome = await renderReport(
    { notebook, db, out, params: new Map(), cwd: process.cwd() },
    { warn: (message) => process.stderr.write(`${message}\n`) },
  );
  const cpu = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({
      // From the start of this script: the modules it loaded (DuckDB, linkedom, Plot, resvg) are not counted.
      ms: performance.now() - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      queryMs: outcome.ms.query,
      pngMs: outcome.ms.png,
      htmlBytes: outcome.bytes.html,
      charts: outcome.charts,
    })}\n`,
  );
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: (error as Error).message.split("\n")[0] })}\n`);
}
