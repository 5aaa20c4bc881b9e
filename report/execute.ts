// Runs a notebook's cells in order against a prepared connection and returns what to print: prose,
// tables, charts (as SVG) and, for `each=` cells, a heading per group followed by its table and the
// charts that come right after the cell. Output formats (markdown.ts, html.ts) only lay this out.

import type { Connection } from "../store/database.js";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../store/queryLimits.js";
import { ChartError, chartSvg } from "./chart.js";
import type { ChartCell, Notebook, SqlCell } from "./notebook.js";
import { notebookError } from "./notebookError.js";
import type { ParamValues } from "./params.js";
import { type Column, type QueryResult, type Row, runQuery } from "./query.js";
import type { Token } from "./render/markdownIt.js";
import { valueText } from "./values.js";

/** Charts wider than this are drawn a second time this wide, for phones (text stays 12 px). */
export const NARROW_WIDTH = 360;

/** Tables longer than this are cut in the report (the CSV has every row). */
export const MAX_TABLE_ROWS = 500;

export type Block =
  | { kind: "prose"; tokens: Token[] }
  | { kind: "heading"; level: number; text: string }
  | { kind: "table"; query: string; columns: Column[]; rows: Row[]; total: number }
  | {
      kind: "chart";
      id: string;
      query: string;
      title: string | null;
      alt: string;
      svg: string;
      width: number;
      height: number;
      /** The same chart drawn for a phone's width, when the chart is wider than that. */
      narrow: { svg: string; width: number; height: number } | null;
    };

export interface Report {
  notebook: Notebook;
  params: ParamValues;
  blocks: Block[];
  results: QueryResult[];
}

const MARK_NAMES = { line: "折线图", bar: "柱状图", dot: "散点图" } as const;

function lastHeadingLevel(tokens: Token[], current: number): number {
  const heading = tokens.findLast((t) => t.type === "heading_open" && t.level === 0);
  return heading ? Number(heading.tag.slice(1)) : current;
}

function table(query: string, columns: Column[], rows: Row[]): Block {
  return { kind: "table", query, columns, rows: rows.slice(0, MAX_TABLE_ROWS), total: rows.length };
}

export async function executeNotebook(
  connection: Connection,
  notebook: Notebook,
  params: ParamValues,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): Promise<Report> {
  const blocks: Block[] = [];
  const results = new Map<string, QueryResult>();
  const consumed = new Set<ChartCell>();
  let chartCount = 0;
  let level = 1;

  const chart = (cell: ChartCell, result: QueryResult, rows: Row[], group: string | null): Block => {
    const { spec } = cell;
    let drawn: ReturnType<typeof chartSvg>;
    let narrow: ReturnType<typeof chartSvg> | null = null;
    try {
      drawn = chartSvg(spec, result.columns, rows);
      if (spec.width > NARROW_WIDTH + 40)
        narrow = chartSvg({ ...spec, width: NARROW_WIDTH }, result.columns, rows);
    } catch (error) {
      if (error instanceof ChartError) {
        throw notebookError(notebook.path, cell.line, `chart of ${cell.query}`, error.message);
      }
      throw error;
    }
    // In an each= section the heading already names the group.
    const title = spec.title && group ? `${spec.title}：${group}` : (spec.title ?? null);
    const axes = `${spec.yLabel ?? spec.y}，按${spec.xLabel ?? spec.x}`;
    const aside = drawn.setAside ? `，另报${drawn.setAside}个` : "";
    const alt = `${MARK_NAMES[spec.mark]}：${title ?? group ?? axes}（${drawn.points}个数据点${aside}）`;
    return {
      kind: "chart",
      id: `chart-${++chartCount}`,
      query: cell.query,
      title,
      alt,
      svg: drawn.svg,
      width: drawn.width,
      height: drawn.height,
      narrow: narrow && { svg: narrow.svg, width: narrow.width, height: narrow.height },
    };
  };

  const sections = (cell: SqlCell, result: QueryResult, each: string, index: number) => {
    const eachColumn = result.columns.find((c) => c.name === each);
    if (!eachColumn) {
      throw notebookError(
        notebook.path,
        cell.line,
        `sql cell ${cell.name}`,
        `each=${each}: no such column (columns: ${result.columns.map((c) => c.name).join(", ")})`,
      );
    }
    const charts: ChartCell[] = [];
    for (let j = index + 1; j < notebook.cells.length; j++) {
      const next = notebook.cells[j];
      if (next?.kind !== "chart" || next.query !== cell.name) break;
      charts.push(next);
      consumed.add(next);
    }
    const groups = new Map<string, Row[]>();
    for (const row of result.rows) {
      const key = valueText(row[each], eachColumn.type) || "（空）";
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    const columns = result.columns.filter((c) => c.name !== each);
    if (!groups.size && !cell.hidden) blocks.push(table(cell.name, columns, []));
    for (const [group, rows] of groups) {
      blocks.push({ kind: "heading", level: Math.min(6, level + 1), text: group });
      if (!cell.hidden) blocks.push(table(cell.name, columns, rows));
      for (const c of charts) blocks.push(chart(c, result, rows, group));
    }
  };

  for (const [index, cell] of notebook.cells.entries()) {
    if (cell.kind === "prose") {
      blocks.push({ kind: "prose", tokens: cell.tokens });
      level = lastHeadingLevel(cell.tokens, level);
    } else if (cell.kind === "sql") {
      const result = await runQuery(connection, notebook.path, cell, notebook.params, params, limits);
      results.set(cell.name, result);
      if (cell.each) sections(cell, result, cell.each, index);
      else if (!cell.hidden) blocks.push(table(cell.name, result.columns, result.rows));
    } else if (!consumed.has(cell)) {
      const result = results.get(cell.query);
      if (!result)
        throw notebookError(notebook.path, cell.line, `chart of ${cell.query}`, "its query did not run");
      blocks.push(chart(cell, result, result.rows, null));
    }
  }
  return { notebook, params, blocks, results: [...results.values()] };
}
