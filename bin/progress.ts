import { relative } from "node:path";
import type { FileOutcome, IngestEffects } from "../pipeline/run/run.js";
import { displayWidth } from "../report/render/format.js";
import type { Io } from "./command.js";

const LABEL: Record<FileOutcome["status"], string> = {
  ingested: "ingested",
  replaced: "replaced",
  unchanged: "unchanged",
  failed: "FAILED",
  skipped: "skipped",
  pruned: "pruned",
};

function describe(outcome: FileOutcome, cwd: string): string {
  const path = relative(cwd, outcome.path) || outcome.path;
  if (outcome.status === "failed" || outcome.status === "skipped") return `${path}: ${outcome.message}`;
  if (outcome.status === "pruned") return `${LABEL.pruned.padEnd(9)} ${path} (${outcome.message})`;
  const details = [outcome.docNumber, outcome.status === "unchanged" ? null : `${outcome.facts} facts`]
    .filter(Boolean)
    .join(", ");
  return `${LABEL[outcome.status].padEnd(9)} ${path}${details ? ` (${details})` : ""} ${outcome.ms} ms`;
}

/** The end of `text` that fits in `room` columns, "…" marking a cut. */
export function lastColumns(text: string, room: number): string {
  if (displayWidth(text) <= room) return text;
  const chars = [...text];
  let kept = "";
  for (let i = chars.length - 1; i >= 0; i--) {
    const next = `${chars[i]}${kept}`;
    if (displayWidth(next) > room - 1) break;
    kept = next;
  }
  return room > 0 ? `…${kept}` : "";
}

/** A duration as a clock shows it: 0:07, 12:30, 1:02:03. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Files a second, the time since the start and the time left at that rate: "3.1 files/s, 0:12, ETA 0:40". */
export function pace(done: number, total: number, elapsedMs: number): string {
  const elapsed = clockText(elapsedMs);
  if (done === 0 || elapsedMs <= 0) return `${elapsed}, ETA …`;
  const rate = done / (elapsedMs / 1000);
  const shown = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
  return `${shown} files/s, ${elapsed}, ETA ${clockText(((total - done) / rate) * 1000)}`;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, with the rate, the time taken and the
 * time left; one line per file otherwise. Slow steps within a file (OCR page 3/7) show on the
 * bar, or as an indented line. Failures always get a line of their own naming the file and the reason.
 */
export function progressReporter(
  io: Io,
  name: string,
  now: () => number = Date.now,
): IngestEffects & { clear(): void } {
  const tty = Boolean(io.stderr.isTTY);
  const started = now();
  let drawn = false;
  const clear = () => {
    if (drawn) io.stderr.write("\r\x1b[2K");
    drawn = false;
  };
  let finished = 0;
  let count = 0;
  const bar = (done: number, total: number, label: string) => {
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const line = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${pace(done, total, now() - started)} `;
    // One line, never wrapped, or redrawing it in place would leave its start behind.
    const columns = (io.stderr as { columns?: number }).columns || 80;
    io.stderr.write(line + lastColumns(label, columns - 1 - displayWidth(line)));
    drawn = true;
  };
  return {
    start(total) {
      count = total;
      if (!tty) io.stderr.write(`civstat ${name}: ${total} file${total === 1 ? "" : "s"}\n`);
      else if (total > 0) bar(0, total, "");
    },
    file(outcome, done, total) {
      finished = done;
      const bad = outcome.status === "failed" || outcome.status === "skipped";
      const path = relative(io.cwd, outcome.path) || outcome.path;
      const warnings = (outcome.warnings ?? []).map((w) => `civstat ${name}: ${path}: warning: ${w}\n`);
      if (tty) {
        clear();
        if (bad) io.stderr.write(`civstat ${name}: ${describe(outcome, io.cwd)}\n`);
        for (const w of warnings) io.stderr.write(w);
        bar(done, total, relative(io.cwd, outcome.path));
      } else {
        io.stderr.write(
          bad ? `civstat ${name}: ${describe(outcome, io.cwd)}\n` : `${describe(outcome, io.cwd)}\n`,
        );
        for (const w of warnings) io.stderr.write(w);
      }
    },
    step(path, what) {
      const file = relative(io.cwd, path) || path;
      if (tty) {
        clear();
        bar(finished, count, `${what} ${file}`);
      } else io.stderr.write(`  ${what} ${file}\n`);
    },
    clear,
  };
}
