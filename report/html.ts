// The report as one self-contained HTML file: inline CSS and SVG, no script, no network. A citation
// is a link to its footnote whose tooltip gives the document, page and sentence; chart points carry
// the same in their own tooltips.

import { HTML_GENERATOR } from "../schemas/outputMarks.js";
import type { Block, Report } from "./execute.js";
import { Footnotes } from "./footnotes.js";
import type { Column, Row } from "./query.js";
import { isFigureColumn } from "./render/alignment.js";
import { escapeHtml } from "./render/htmlText.js";
import { tokensHtml } from "./render/markdownIt.js";
import { tableOfContents } from "./render/tableOfContents.js";
import { cellParts, isNumeric, isShown, valueText } from "./values.js";

const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --warn: #9a6700; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.65; overflow-wrap: anywhere;
  font: 15px/1.65 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 17px; margin: 28px 0 10px; }
h4, h5, h6 { font-size: 15px; margin: 20px 0 8px; }
p, ul, ol, blockquote { margin: 0 0 14px; }
li > ul, li > ol { margin-bottom: 0; }
.meta { color: var(--muted); margin-bottom: 24px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 90%; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 12px; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
blockquote { border-left: 4px solid var(--line); padding: 0 12px; color: var(--muted); }
.toc { font-size: 14px; border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin: 0 0 24px; }
.toc h2 { font-size: 15px; margin: 8px 0 4px; padding: 0; border: 0; }
.toc ol { margin: 0; padding-left: 22px; }
.toc ol ol { list-style: disc; }
/* A table wider than the page scrolls inside its box; shadows at the edges show there is more. */
.table { overflow-x: auto; margin: 0 0 18px; max-width: 100%; -webkit-overflow-scrolling: touch;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left center / 40px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right center / 40px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.22), rgba(0,0,0,0)) left center / 14px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.22), rgba(0,0,0,0)) right center / 14px 100% no-repeat scroll; }
.scroll-hint { display: none; font-size: 12px; color: var(--muted); margin: 0 0 4px; }
table { border-collapse: collapse; font-size: 13.5px; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: 5px 9px; text-align: left; vertical-align: top; white-space: nowrap; overflow-wrap: normal; }
td.long { white-space: normal; min-width: 18em; }
td.src { white-space: normal; min-width: 8em; }
th { background: rgba(208, 215, 222, .2); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: rgba(208, 215, 222, .1); }
td.none { color: var(--muted); }
.empty, .cut { color: var(--muted); font-style: italic; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
a.cite span, a.cite sup { white-space: nowrap; }
a.cite sup { margin-left: 1px; font-size: 75%; }
a.cite.warn { color: var(--warn); }
figure { margin: 8px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { width: 100%; height: auto; display: block; }
figure .narrow { display: none; }
.notes { font-size: 13px; color: var(--muted); margin-top: 40px; }
.notes ol { padding-left: 28px; }
.notes li:target { background: #fff8c5; }
.files { font-size: 13px; color: var(--muted); }
@media screen and (max-width: 600px) {
  main { padding: 20px 14px 48px; }
  h1 { font-size: 23px; }
  h2 { font-size: 19px; }
  .scroll-hint { display: block; }
  figure .wide { display: none; }
  figure .narrow { display: block; }
}
@media print {
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  .table { overflow: visible; background: none; }
  .scroll-hint, .toc { display: none; }
  table { font-size: 11px; }
  td.long { min-width: 0; }
  h2, h3, figcaption { break-after: avoid; }
  .group, figure, tr { break-inside: avoid; }
}
`;

export interface HtmlLinks {
  csv(query: string): string;
}

function cell(value: unknown, column: Column, notes: Footnotes, figures: boolean): string {
  const parts = cellParts(value, column);
  const text = parts.map((p) => ("cite" in p ? valueText(p.cite) : p.text)).join("");
  const cited = parts.some((p) => "cite" in p);
  const cls = figures
    ? ' class="num"'
    : [...text].length > 24
      ? ' class="long"'
      : cited
        ? ' class="src"'
        : "";
  if (!parts.length) return `<td class="none${figures ? " num" : ""}">—</td>`;
  const html = parts
    .map((p) => {
      if (!("cite" in p)) return escapeHtml(p.text);
      const n = notes.number(p.cite);
      const note = notes.notes[n - 1]?.note ?? "";
      const warn = p.cite.label?.startsWith("⚠") ? " warn" : "";
      // Document and page wrap as wholes: 福民函〔2024〕25号 / 第1页.
      const label = p.cite.label
        ? escapeHtml(p.cite.label)
        : valueText(p.cite)
            .split(" ")
            .map((w) => `<span>${escapeHtml(w)}</span>`)
            .join(" ");
      return `<a class="cite${warn}" href="#note-${n}" title="${escapeHtml(note)}">${label}<sup>${n}</sup></a>`;
    })
    .join("");
  return `<td${cls}>${html}</td>`;
}

/** Numeric columns, and columns of figures written as text (3万余名, +12, -5.7%), are set right. */
function figureColumn(column: Column, rows: Row[]): boolean {
  if (isNumeric(column)) return true;
  const texts = rows.map((row) => cellParts(row[column.name], column));
  if (texts.some((parts) => parts.some((p) => "cite" in p))) return false;
  return isFigureColumn(texts.map((parts) => parts.map((p) => ("text" in p ? p.text : "")).join("")));
}

function table(columns: Column[], rows: Row[], total: number, notes: Footnotes): string {
  if (!rows.length) return `<p class="empty">无结果。</p>`;
  const shown = columns.filter(isShown);
  const figures = shown.map((c) => figureColumn(c, rows));
  const head = shown
    .map((c, i) => `<th${figures[i] ? ' class="num"' : ""}>${escapeHtml(c.name)}</th>`)
    .join("");
  const body = rows
    .map(
      (row) => `<tr>${shown.map((c, i) => cell(row[c.name], c, notes, figures[i] ?? false)).join("")}</tr>`,
    )
    .join("\n");
  const cut =
    total > rows.length
      ? `<p class="cut">仅显示前 ${rows.length} 行，共 ${total} 行；完整结果见 CSV 文件。</p>`
      : "";
  const hint = shown.length > 3 ? `<p class="scroll-hint">表格较宽时可左右滑动 ⇆</p>` : "";
  return `${hint}<div class="table"><table><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${cut}`;
}

function block(b: Block, notes: Footnotes): string {
  switch (b.kind) {
    case "prose":
      return tokensHtml(b.tokens);
    case "heading":
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case "table":
      return table(b.columns, b.rows, b.total, notes);
    case "chart": {
      const caption = b.title ? `<figcaption>${escapeHtml(b.title)}</figcaption>` : "";
      const svg = (text: string) =>
        text.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(b.alt)}" `);
      // On a phone the chart drawn for its width replaces the wide one, so that text stays legible.
      const wide = `<div class="wide" style="max-width: ${b.width}px">${svg(b.svg)}</div>`;
      const narrow = b.narrow
        ? `<div class="narrow" style="max-width: ${b.narrow.width}px">${svg(b.narrow.svg)}</div>`
        : "";
      return `<figure class="chart" id="${b.id}">${caption}${wide}${narrow}</figure>`;
    }
  }
}

/**
 * A heading, or prose (which ends with the heading and words introducing what follows), with the
 * table and charts after it is one group, printed on one page when it fits.
 */
function groups(blocks: Block[], notes: Footnotes): string {
  const out: string[] = [];
  let open = false;
  for (const b of blocks) {
    const starts = b.kind === "heading" || b.kind === "prose";
    if (starts && open) {
      out.push("</section>");
      open = false;
    }
    if (starts) {
      out.push(`<section class="group">`);
      open = true;
    }
    out.push(block(b, notes));
  }
  if (open) out.push("</section>");
  return out.join("\n");
}

export function renderHtml(report: Report, links: HtmlLinks): string {
  const { notebook, params } = report;
  const notes = new Footnotes();
  const { html: body, toc } = tableOfContents(groups(report.blocks, notes));
  // A parameter left empty (all regions) is not worth a line.
  const given = Object.entries(params).filter(([, v]) => String(v) !== "");
  const meta = [
    notebook.description ? escapeHtml(notebook.description) : "",
    given.length
      ? `参数：${given
          .map(([k, v]) => `<code>${escapeHtml(k)} = ${escapeHtml(String(v))}</code>`)
          .join("，")}`
      : "",
  ].filter(Boolean);
  const files = report.results.length
    ? `<p class="files">数据文件：${report.results
        .map((r) => `<a href="${escapeHtml(links.csv(r.name))}">${escapeHtml(r.name)}.csv</a>`)
        .join("、")}</p>`
    : "";
  const footnotes = notes.notes.length
    ? `<section class="notes"><h2>来源</h2><ol>${notes.notes
        .map((n) => `<li id="note-${n.number}" value="${n.number}">${escapeHtml(n.note)}</li>`)
        .join("\n")}</ol></section>`
    : "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${HTML_GENERATOR}">
<title>${escapeHtml(notebook.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(notebook.title)}</h1>
${meta.length ? `<p class="meta">${meta.join("<br>")}</p>` : ""}
${toc}
${body}
${files}
${footnotes}
</main>
</body>
</html>
`;
}
