// A notebook: Markdown prose with `sql` cells (named queries shown as tables) and `chart` cells
// (a named query drawn with an Observable Plot mark), and front matter giving the title and the
// parameters a reader may pass with --param. See parse.ts for the syntax.

import type { Token } from "./render/markdownIt.js";

/** `region` is text matched against the regions of the database as the command line matches them (福田 → 福田区). */
export type ParamType = "text" | "integer" | "number" | "date" | "region";
export type ParamValue = string | number;

export interface NotebookParam {
  name: string;
  type: ParamType;
  /** Absent when the parameter must be given. */
  default?: ParamValue;
  description?: string;
  line: number;
}

export interface ProseCell {
  kind: "prose";
  /** The prose as written, for messages and tests. */
  markdown: string;
  /** Its tokens from the notebook's one parse, which the reports render. */
  tokens: Token[];
  line: number;
}

export interface SqlCell {
  kind: "sql";
  name: string;
  sql: string;
  /** Run for its charts only, not shown as a table. */
  hidden: boolean;
  /** Repeat a section per distinct value of this column: heading, table, then the charts after it. */
  each: string | null;
  line: number;
  /** Line of the first SQL line, for error positions. */
  bodyLine: number;
}

export const MARKS = ["line", "bar", "dot"] as const;
export type Mark = (typeof MARKS)[number];

export interface ChartSpec {
  mark: Mark;
  x: string;
  y: string;
  /** Column that splits the data into coloured series. */
  color?: string;
  /** Column whose text labels each point and heads its tooltip (default: the y value). */
  label?: string;
  /** Columns shown in each point's tooltip (citations print as document, page and sentence). */
  tip: string[];
  /** Column holding the unit the y axis is counted in (家, 名); shown when a chart's rows agree on it. */
  unit?: string;
  /**
   * Column holding lists of figures set aside for a period ({x: period or date, y, label, tip}):
   * drawn as hollow marks off the line, with a legend.
   */
  setAside?: string;
  /** Column naming what each figure counts (统计口径): the line is broken where it changes. */
  basis?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  width: number;
  height: number;
}

export interface ChartCell {
  kind: "chart";
  query: string;
  spec: ChartSpec;
  line: number;
}

export type Cell = ProseCell | SqlCell | ChartCell;

export interface Notebook {
  /** As given on the command line, for messages. */
  path: string;
  title: string;
  description?: string;
  params: NotebookParam[];
  cells: Cell[];
}

/** How a cell is named in messages: `sql cell series (line 12)`. */
export function cellName(cell: Cell): string {
  if (cell.kind === "sql") return `sql cell ${cell.name}`;
  if (cell.kind === "chart") return `chart of ${cell.query}`;
  return "prose";
}
