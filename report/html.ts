// The report as one self-contained HTML file: inline CSS and SVG, no script, no network. A citation
// is a link to its footnote whose tooltip gives the document, page and sentence; chart points carry
// the same in their own tooltips.

import type { Block, Report } from "./execute.js";
import { Footnotes } from "./footnotes.js";
import { escapeHtml, proseHtml } from "./prose.js";
import type { Column, Row } from "./query.js";
import { cellParts, isNumeric, isShown, valueText } from "./values.js";

const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --warn: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.65;
  font: 15px/1.65 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 17px; margin: 28px 0 10px; }
h4, h5, h6 { font-size: 15px; margin: 20px 0 8px; }
p, ul, ol, blockquote { margin: 0 0 14px; }
.meta { color: var(--muted); margin-bottom: 24px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 90%; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 12px; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
blockquote { border-left: 4px solid var(--line); padding: 0 12px; color: var(--muted); }
.table { overflow-x: auto; margin: 0 0 18px; }
table { border-collapse: collapse; font-size: 13.5px; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: 5px 9px; text-align: left; vertical-align: top; white-space: nowrap; }
td.long { white-space: normal; min-width: 18em; }
td.src { white-space: normal; min-width: 8em; }
th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
td.none { color: var(--muted); }
.empty, .cut { color: var(--muted); font-style: italic; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
a.cite span, a.cite sup { white-space: nowrap; }
a.cite sup { margin-left: 1px; font-size: 75%; }
a.cite.warn { color: var(--warn); }
figure { margin: 8px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { max-width: 100%; height: auto; display: block; }
.notes { font-size: 13px; color: var(--muted); margin-top: 40px; }
.notes ol { padding-left: 28px; }
.notes li:target { background: #fff8c5; }
.files { font-size: 13px; color: var(--muted); }
@media print { main { max-width: none; } a { color: inherit; } }
`;

export interface HtmlLinks {
  csv(query: string): string;
}

function cell(value: unknown, column: Column, notes: Footnotes): string {
  const parts = cellParts(value, column);
  const text = parts.map((p) => ("cite" in p ? valueText(p.cite) : p.text)).join("");
  const cited = parts.some((p) => "cite" in p);
  const cls = isNumeric(column)
    ? ' class="num"'
    : [...text].length > 24
      ? ' class="long"'
      : cited
        ? ' class="src"'
        : "";
  if (!parts.length) return `<td class="none${isNumeric(column) ? " num" : ""}">—</td>`;
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

function table(columns: Column[], rows: Row[], total: number, notes: Footnotes): string {
  if (!rows.length) return `<p class="empty">无结果。</p>`;
  const shown = columns.filter(isShown);
  const head = shown
    .map((c) => `<th${isNumeric(c) ? ' class="num"' : ""}>${escapeHtml(c.name)}</th>`)
    .join("");
  const body = rows
    .map((row) => `<tr>${shown.map((c) => cell(row[c.name], c, notes)).join("")}</tr>`)
    .join("\n");
  const cut =
    total > rows.length
      ? `<p class="cut">仅显示前 ${rows.length} 行，共 ${total} 行；完整结果见 CSV 文件。</p>`
      : "";
  return `<div class="table"><table><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${cut}`;
}

function block(b: Block, notes: Footnotes): string {
  switch (b.kind) {
    case "prose":
      return proseHtml(b.markdown);
    case "heading":
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case "table":
      return table(b.columns, b.rows, b.total, notes);
    case "chart": {
      const caption = b.title ? `<figcaption>${escapeHtml(b.title)}</figcaption>` : "";
      const svg = b.svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(b.alt)}" `);
      return `<figure class="chart" id="${b.id}">${caption}${svg}</figure>`;
    }
  }
}

export function renderHtml(report: Report, links: HtmlLinks): string {
  const { notebook, params } = report;
  const notes = new Footnotes();
  const body = report.blocks.map((b) => block(b, notes)).join("\n");
  const meta = [
    notebook.description ? escapeHtml(notebook.description) : "",
    Object.keys(params).length
      ? `参数：${Object.entries(params)
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
<meta name="generator" content="civstat report">
<title>${escapeHtml(notebook.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(notebook.title)}</h1>
${meta.length ? `<p class="meta">${meta.join("<br>")}</p>` : ""}
${body}
${files}
${footnotes}
</main>
</body>
</html>
`;
}
