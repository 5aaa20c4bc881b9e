import { relative } from "node:path";
import type { FileOutcome, IngestEffects } from "../pipeline/run/run.js";
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

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one line per file otherwise; slow steps
 * within a file (OCR page 3/7) show on the bar, or as an indented line.
 * Failures always get a line of their own naming the file and the reason.
 */
export function progressReporter(io: Io, name: string): IngestEffects & { clear(): void } {
  const tty = Boolean(io.stderr.isTTY);
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
    io.stderr.write(
      `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${label.slice(-48)}`,
    );
    drawn = true;
  };
  return {
    start(total) {
      count = total;
      if (!tty) io.stderr.write(`civstat ${name}: ${total} file${total === 1 ? "" : "s"}\n`);
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
