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
 * Progress on stderr: a bar redrawn in place on a terminal, one line per file otherwise.
 * Failures always get a line of their own naming the file and the reason.
 */
export function progressReporter(io: Io, name: string): IngestEffects & { clear(): void } {
  const tty = Boolean(io.stderr.isTTY);
  let drawn = false;
  const clear = () => {
    if (drawn) io.stderr.write("\r\x1b[2K");
    drawn = false;
  };
  return {
    start(total) {
      if (!tty) io.stderr.write(`civstat ${name}: ${total} file${total === 1 ? "" : "s"}\n`);
    },
    file(outcome, done, total) {
      const bad = outcome.status === "failed" || outcome.status === "skipped";
      const path = relative(io.cwd, outcome.path) || outcome.path;
      const warnings = (outcome.warnings ?? []).map((w) => `civstat ${name}: ${path}: warning: ${w}\n`);
      if (tty) {
        clear();
        if (bad) io.stderr.write(`civstat ${name}: ${describe(outcome, io.cwd)}\n`);
        for (const w of warnings) io.stderr.write(w);
        const width = 24;
        const filled = Math.round((done / Math.max(1, total)) * width);
        const file = relative(io.cwd, outcome.path).slice(-40);
        io.stderr.write(`[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${file}`);
        drawn = true;
      } else {
        io.stderr.write(
          bad ? `civstat ${name}: ${describe(outcome, io.cwd)}\n` : `${describe(outcome, io.cwd)}\n`,
        );
        for (const w of warnings) io.stderr.write(w);
      }
    },
    clear,
  };
}
