import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { PDF_ENGINES } from "../../pipeline/read/pdf.js";
import { DEFAULT_MAX_FILE_BYTES } from "../../pipeline/run/readInput.js";
import { type FileStatus, type IngestSummary, ingest as runIngest } from "../../pipeline/run/run.js";
import { parseSize, sizeText } from "../../schemas/basics/size.js";
import { DEFAULT_DB } from "../../store/location.js";
import { type Command, choice, integer } from "../command.js";
import { dbOption } from "../options.js";
import { progressReporter } from "../progress.js";

/**
 * The end of a run: what became of the files (civstat's own reports and drafts named apart), the
 * facts, the time and the database as it was given; then the documents it holds and how many have
 * no number (cited by file name).
 */
export function summaryLines(summary: IngestSummary, db: string): string {
  const count = (status: FileStatus) => summary.counts[status];
  const own = summary.ownOutputs;
  const parts = [
    `${count("ingested")} ingested`,
    count("replaced") ? `${count("replaced")} replaced` : null,
    `${count("unchanged")} unchanged`,
    count("failed") ? `${count("failed")} failed` : null,
    count("skipped")
      ? `${count("skipped")} skipped${own ? ` (${own} written by civstat: reports, drafts)` : ""}`
      : null,
    count("pruned") ? `${count("pruned")} pruned` : null,
  ].filter(Boolean);
  const { facts } = summary;
  const { documents, unnumbered } = summary.census;
  const docs = `${documents} document${documents === 1 ? "" : "s"} in the database`;
  const numberless = unnumbered
    ? `, ${unnumbered} without a document number (cited by file name; civstat docs lists them)`
    : ", every one with a document number";
  return [
    `civstat ingest: ${parts.join(", ")}; ${facts} facts; ${(summary.ms / 1000).toFixed(1)} s → ${db}`,
    `civstat ingest: ${docs}${documents ? numberless : ""}`,
  ]
    .map((line) => `${line}\n`)
    .join("");
}

export const ingest: Command = {
  name: "ingest",
  summary:
    "Read PDF (scans by OCR), Word (.docx, .doc), spreadsheet (.xlsx, .xls, .csv), text and HTML files (folders recursively) into the database: clean text, metadata, sections, sentences and facts.",
  positionals: [
    { name: "file-or-folder", description: "files or folders to ingest", required: true, variadic: true },
  ],
  options: {
    db: dbOption,
    "no-ocr": {
      type: "boolean",
      description: "do not OCR PDF pages without a text layer (a scan then fails: no text layer)",
    },
    "pdf-engine": {
      type: "string",
      value: "ENGINE",
      description: "pdfium (fast; pdf.js still reads what it cannot) or pdfjs (pdf-parse only)",
      default: "pdfium",
    },
    batch: {
      type: "string",
      value: "N",
      description:
        "documents loaded in one transaction (default: 25); an interrupted run loses at most one batch",
    },
    "worker-memory": {
      type: "string",
      value: "MB",
      description: "heap one worker may use; a file needing more fails alone (default: 1024)",
    },
    "max-file-size": {
      type: "string",
      value: "SIZE",
      description: `refuse files larger, and Word documents that would expand past it (default: ${sizeText(DEFAULT_MAX_FILE_BYTES)})`,
    },
    jobs: {
      type: "string",
      value: "N",
      description:
        "worker threads reading and extracting files, while one thread writes the database (default: cores)",
    },
    prune: {
      type: "boolean",
      description: "afterwards, drop from the database the files ingested before that are gone from disk",
    },
  },
  details: `Examples:
  civstat ingest data/corpus
  civstat ingest replies/2024 policy.pdf --db research.duckdb
  civstat ingest archive/scans --no-ocr

PDF pages without a text layer (scans) are read by OCR, seconds a page, in a worker thread;
facts from them say so (read_by ocr) and should be checked against the scan.

A file's identity is the hash of its bytes: ingesting it again changes nothing, a changed file
replaces its rows, and documents are written in batches of one transaction each: an interrupted
run keeps every document it committed whole, and the next run loads the rest. A file that cannot be read is
named on stderr with the reason, the others are still ingested, and the exit code is 1. With
--prune, files ingested before that are no longer on disk are dropped (civstat remove drops one).

Reports and drafts civstat wrote are skipped, told by the mark it writes into them (an HTML
report's generator, a Word draft's creator, the first line of a report's CSV or of a Markdown
draft), whatever they are called. On a terminal the bar shows files a second, the time taken and
the time left. The summary names the database and how many documents it holds without a number.`,
  async run({ values, positionals }, io) {
    const db = String(values.db ?? DEFAULT_DB);
    const jobs = integer(values.jobs, "jobs") ?? availableParallelism();
    const pdfEngine = choice(values["pdf-engine"] ?? "pdfium", PDF_ENGINES, "pdf-engine");
    const batch = integer(values.batch, "batch");
    const progress = progressReporter(io, "ingest");
    const maxSize = values["max-file-size"];
    const maxFileBytes =
      typeof maxSize === "string" ? parseSize(maxSize, "--max-file-size") : DEFAULT_MAX_FILE_BYTES;
    const interrupt = new AbortController();
    const release = io.onInterrupt?.(() => {
      progress.clear();
      io.stderr.write(
        "civstat ingest: interrupted: finishing the files in flight (Ctrl-C again to stop at once)\n",
      );
      interrupt.abort();
    });
    const summary = await runIngest(
      positionals,
      {
        signal: interrupt.signal,
        open: async () => {
          const [{ openIngestStore }, { batchLimits }] = await Promise.all([
            import("../../store/ingest.js"),
            import("../../store/batch.js"),
          ]);
          return openIngestStore(db === ":memory:" ? db : resolve(io.cwd, db), batchLimits(batch));
        },
        newDatabase: db === ":memory:" || !existsSync(resolve(io.cwd, db)),
        jobs,
        workerMemoryMb: integer(values["worker-memory"], "worker-memory", 16),
        cwd: io.cwd,
        pdfEngine,
        maxFileBytes,
        ocr: values["no-ocr"] !== true,
        prune: values.prune === true,
      },
      progress,
    ).finally(() => release?.());
    progress.clear();
    io.stderr.write(summaryLines(summary, db));
    if (interrupt.signal.aborted) {
      io.stderr.write(
        `civstat ingest: interrupted with ${summary.notStarted} file${summary.notStarted === 1 ? "" : "s"} not started; run the same command again to ingest them (the files already loaded are kept)\n`,
      );
      return 130;
    }
    return summary.counts.failed > 0 ? 1 : 0;
  },
};
