// Renders a notebook file into <out>/<name>.html, <out>/<name>.md and <out>/<name>/ (chart images
// and one CSV per query). Every file is written beside its target and renamed into place, the
// assets before the pages that link them; assets left from an earlier render are removed.

import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { writeFileAtomic } from "../pipeline/run/files.js";
import { CivstatError } from "../schemas/basics/errors.js";
import { csvMark } from "../schemas/outputMarks.js";
import { withDatabase } from "../store/database.js";
import { knownRegions } from "../store/points.js";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../store/queryLimits.js";
import { prepareSession, readsSeries } from "../store/session.js";
import { resultCsv } from "./csv.js";
import { executeNotebook, type Report } from "./execute.js";
import { type FontSearch, findCjkFont, noFontMessage } from "./fonts.js";
import { renderHtml } from "./html.js";
import { type MarkdownLinks, renderMarkdown } from "./markdown.js";
import { notebookSession } from "./notebookSession.js";
import { resolveParams } from "./params.js";
import { parseNotebook } from "./parse.js";
import { chartRaster } from "./raster.js";
import { BOM } from "./render/csv.js";

/** The region a user means, from what was written and the regions the database has (see bin/commands/draft.ts). */
export type RegionMatcher = (written: string, regions: readonly string[]) => string;

export interface ReportOptions {
  /** The notebook as given (relative to cwd), used in messages. */
  notebook: string;
  db: string;
  out: string;
  params: Map<string, string>;
  cwd: string;
  /** Memory and time each query may take. */
  limits?: QueryLimits;
  /** Wait while another process writes the database. */
  wait?: boolean;
  /** Start each CSV with the byte order mark (for Excel). */
  bom?: boolean;
  /** Matches `region` parameters; without it a region must be written as the database has it. */
  matchRegion?: RegionMatcher;
  /** Looks for a CJK font; tests pass one that finds none. */
  findFont?: () => FontSearch;
}

export interface ReportEffects {
  warn(message: string): void;
}

export interface ReportOutcome {
  html: string;
  markdown: string;
  assets: string[];
  charts: number;
  tables: number;
  png: boolean;
  ms: { query: number; png: number; total: number };
  bytes: { html: number; markdown: number; assets: number };
}

const ASSET = /^(chart-\d+\.(png|svg)|.+\.csv)$/;

/** Links from the Markdown and HTML (in <out>) to the files in <out>/<stem>/. */
export function reportLinks(stem: string, imageExt: "png" | "svg"): MarkdownLinks {
  const folder = encodeURIComponent(stem);
  return {
    image: (id) => `${folder}/${id}.${imageExt}`,
    csv: (query) => `${folder}/${encodeURIComponent(query)}.csv`,
  };
}

export function readNotebook(path: string, cwd: string) {
  const full = resolve(cwd, path);
  if (!existsSync(full)) throw new CivstatError("E_NOT_FOUND", `no notebook at ${path}`);
  return parseNotebook(readFileSync(full, "utf8"), path);
}

/** Parses, checks the parameters, and runs a notebook against a database opened read-only. */
export async function runNotebook(
  path: string,
  db: string,
  given: Map<string, string>,
  cwd: string,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
  wait = false,
  matchRegion: RegionMatcher = (written) => written,
): Promise<Report> {
  const notebook = readNotebook(path, cwd);
  const params = resolveParams(notebook, given);
  return withDatabase(resolve(cwd, db), { readOnly: true, wait }, async ({ connection }) => {
    const series = notebook.cells.some((cell) => cell.kind === "sql" && readsSeries(cell.sql));
    await prepareSession(connection, notebookSession(), limits, series);
    for (const param of notebook.params) {
      const written = String(params[param.name] ?? "").trim();
      if (param.type === "region" && written) {
        params[param.name] = matchRegion(written, await knownRegions(connection));
      }
    }
    return executeNotebook(connection, notebook, params, limits);
  });
}

export async function renderReport(options: ReportOptions, effects: ReportEffects): Promise<ReportOutcome> {
  const started = performance.now();
  const report = await runNotebook(
    options.notebook,
    options.db,
    options.params,
    options.cwd,
    options.limits,
    options.wait,
    options.matchRegion,
  );
  const queried = performance.now();
  const stem = basename(options.notebook).replace(/\.md$/i, "");
  const out = resolve(options.cwd, options.out);
  const folder = join(out, stem);
  const charts = report.blocks.filter((b) => b.kind === "chart");
  const search = charts.length ? (options.findFont ?? findCjkFont)() : { found: null, lookedFor: [] };
  if (charts.length && !search.found) effects.warn(noFontMessage(search));
  const font = search.found;
  const written = new Set<string>();
  const assets: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    writeFileAtomic(join(folder, name), data);
    written.add(name);
    assets.push(join(folder, name));
    return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
  };
  let assetBytes = 0;
  let pngMs = 0;
  const cut = performance.now();
  const raster =
    font && charts.length
      ? chartRaster(
          charts.map((c) => c.svg),
          font,
        )
      : null;
  pngMs += performance.now() - cut;
  try {
    for (const chart of charts) {
      if (raster) {
        const t = performance.now();
        const png = raster.png(chart.svg);
        pngMs += performance.now() - t;
        assetBytes += write(`${chart.id}.png`, png);
      } else assetBytes += write(`${chart.id}.svg`, `<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`);
    }
  } finally {
    raster?.close();
  }
  // The first line (after the byte order mark, if asked for) marks the file as civstat's own, so
  // that ingest passes over it.
  const mark = `${options.bom ? BOM : ""}${csvMark(basename(options.notebook))}\n`;
  for (const result of report.results) assetBytes += write(`${result.name}.csv`, mark + resultCsv(result));
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (ASSET.test(name) && !written.has(name)) rmSync(join(folder, name), { force: true });
    }
  }
  const links = reportLinks(stem, font ? "png" : "svg");
  const markdownText = renderMarkdown(report, links);
  const htmlText = renderHtml(report, links);
  const markdown = join(out, `${stem}.md`);
  const html = join(out, `${stem}.html`);
  writeFileAtomic(markdown, markdownText);
  writeFileAtomic(html, htmlText);
  return {
    html,
    markdown,
    assets,
    charts: charts.length,
    tables: report.results.length,
    png: Boolean(font),
    ms: { query: queried - started, png: pngMs, total: performance.now() - started },
    bytes: {
      html: Buffer.byteLength(htmlText),
      markdown: Buffer.byteLength(markdownText),
      assets: assetBytes,
    },
  };
}
