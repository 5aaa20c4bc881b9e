// The report as Markdown: prose as written, tables as GitHub tables with citations as footnotes
// ([^1]), charts as images beside the file, the footnotes and the data files at the end. Text from
// the database is escaped (render/markdownText.ts): a document cannot put HTML or links here.

import type { Block, Report } from "./execute.js";
import { Footnotes } from "./footnotes.js";
import type { Column, Row } from "./query.js";
import { markdownText } from "./render/markdownText.js";
import { proseMarkdown } from "./render/proseMarkdown.js";
import { cellParts, isNumeric, isShown, valueText } from "./values.js";

export interface MarkdownLinks {
  /** Relative path of a chart's image (PNG, or SVG when there is no font to rasterise with). */
  image(chartId: string): string;
  /** Relative path of a query's CSV file. */
  csv(query: string): string;
}

const escapeCell = (text: string): string =>
  markdownText(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");

function cell(value: unknown, column: Column, notes: Footnotes): string {
  const parts = cellParts(value, column);
  if (!parts.length) return "—";
  return parts
    .map((p) =>
      "cite" in p ? `${escapeCell(valueText(p.cite))}[^${notes.number(p.cite)}]` : escapeCell(p.text),
    )
    .join("");
}

function table(columns: Column[], rows: Row[], total: number, notes: Footnotes): string {
  const shown = columns.filter(isShown);
  if (!rows.length) return "*无结果。*";
  const lines = [
    `| ${shown.map((c) => escapeCell(c.name)).join(" | ")} |`,
    `| ${shown.map((c) => (isNumeric(c) ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${shown.map((c) => cell(row[c.name], c, notes)).join(" | ")} |`),
  ];
  if (total > rows.length)
    lines.push("", `*仅显示前 ${rows.length} 行，共 ${total} 行；完整结果见 CSV 文件。*`);
  return lines.join("\n");
}

function block(b: Block, links: MarkdownLinks, notes: Footnotes): string {
  switch (b.kind) {
    case "prose":
      return proseMarkdown(b.tokens);
    case "heading":
      return `${"#".repeat(b.level)} ${markdownText(b.text)}`;
    case "table":
      return table(b.columns, b.rows, b.total, notes);
    case "chart":
      return `${b.title ? `**${markdownText(b.title)}**\n\n` : ""}![${markdownText(b.alt.replace(/[[\]]/g, ""))}](${links.image(b.id)})`;
  }
}

export function renderMarkdown(report: Report, links: MarkdownLinks): string {
  const { notebook, params } = report;
  const notes = new Footnotes();
  const out = [`# ${markdownText(notebook.title)}`];
  if (notebook.description) out.push(markdownText(notebook.description));
  const shownParams = Object.entries(params).filter(([, v]) => String(v) !== "");
  if (shownParams.length) {
    out.push(`参数：${shownParams.map(([k, v]) => `${k} = ${markdownText(String(v))}`).join("，")}`);
  }
  for (const b of report.blocks) out.push(block(b, links, notes));
  if (report.results.length) {
    out.push(`数据文件：${report.results.map((r) => `[${r.name}.csv](${links.csv(r.name)})`).join("、")}`);
  }
  if (notes.notes.length)
    out.push(notes.notes.map((n) => `[^${n.number}]: ${markdownText(n.note)}`).join("\n"));
  return `${out.join("\n\n")}\n`;
}
