// Rows of an indicator table (指标 | 单位 | 数量 | 上期 | 环比): each row is a label, the unit it
// is counted in and its figures, of which only the current one (数量, 本期) is what the row counts;
// 上期, 上季度, 上月, 同比 and 环比 are other periods or changes. Rows are found in a cell stream by
// their labels, so rows run together by a PDF or a joined paragraph split where they began.

import { classify } from "../meaning/classify.js";
import { type Cell, type CellKind, cellKind, UNIT_CELL } from "./cells.js";

/** First cell of a header row. */
const HEADER_START = /^(?:指\s*标(?:\s*名\s*称)?|项\s*目|统计指标|指标项目?|名\s*称|类\s*别)$/;
const UNIT_HEADER = /^(?:计量)?单\s*位$/;
/** The column that holds what a row counts now. */
const CURRENT_HEADER =
  /^(?:数\s*量|本\s*期(?:数|值)?|本(?:期|月|季度?|年)(?:末|底)(?:数)?|期\s*末|季末(?:数)?|月末(?:数)?|本月(?:数)?|本季度?(?:数)?|数\s*值|实际数|实有数|现有数|期末数|年末数|总数|本年(?:累计)?(?:数)?|合\s*计|总\s*计|计)(?:[（(][^（）()]{1,4}[)）])?$/;
/** A running total: 累计, 本年累计, 累计数 (not 上年累计, another period's). */
const CUMULATIVE_HEADER = /^(?:本年)?累\s*计(?:数|值)?(?:[（(][^（）()]{1,4}[)）])?$/;
/** Columns of another period or of a change. */
const OTHER_PERIOD =
  /上期|上季|上月|上年|去年|同期|环比|同比|增减|增长|增幅|比上|比去|比年初|幅度|%|％|占比|比重|新增|新登记|注销|撤销|减少/;

export interface Columns {
  /** Offsets from the label cell; null where the table has no such column. */
  unit: number | null;
  current: number;
  /** A column of the running total beside the current one (本期 | 累计): null when there is none. */
  cumulative: number | null;
  /** The unit the current column's header names: 数量（个）. */
  headerUnit: string;
}

export interface IndicatorRow {
  label: Cell;
  unit: Cell | null;
  /** The unit when no unit cell says it: from the label (社会团体（个）) or the column's header. */
  unitText: string;
  /** The current figure's cell, when the row has one. */
  value: Cell | null;
  /** The row's running total (累计) beside its current figure, when it has one. */
  cumulative: Cell | null;
  /** Every cell of the row, label first. */
  cells: Cell[];
  /** Whether any cell of the row holds a number (a row without one is a section or empty). */
  hasFigures: boolean;
}

export interface IndicatorTable {
  /** Cells before the header: the caption, 编制单位, 地区编码, the period. */
  preamble: Cell[];
  header: Cell[];
  /** The header's name of the column the figures are taken from: 数量, 本期, 2020年6月. */
  current: string;
  rows: IndicatorRow[];
}

/** A header column: short, not a row's ordinal label. */
const headerCell = (cell: Cell) =>
  cellKind(cell.text) === "label" &&
  [...cell.text].length <= 10 &&
  !/^[一二三四五六七八九十]+、|^[（(]/.test(cell.text);

interface HeaderAt {
  at: number;
  length: number;
  /** Empty cells stood between its columns: a table aligned with runs of spaces. */
  aligned: boolean;
}

/** Where the header starts, and how many cells it spans. */
function findHeader(cells: readonly Cell[]): HeaderAt | null {
  for (let i = 0; i < cells.length; i++) {
    if (!HEADER_START.test(cells[i]?.text ?? "")) continue;
    let end = i + 1;
    let aligned = false;
    for (let j = i + 1; j < cells.length; j++) {
      const cell = cells[j] as Cell;
      if (cell.text === "") continue;
      // A short label followed by a unit or a figure is the first row, not a column: 社会团体 | 个.
      const next = cellKind(cells[j + 1]?.text ?? "");
      if (!headerCell(cell) || next === "unit" || next === "number") break;
      aligned ||= j > end;
      end = j + 1;
    }
    const names = cells.slice(i + 1, end).map((c) => c.text);
    if (names.some((n) => UNIT_HEADER.test(n) || CURRENT_HEADER.test(n)))
      return { at: i, length: end - i, aligned };
  }
  return null;
}

/** Columns named by a header: 指标名称 | 单位 | 数量 | 上期 → unit +1, current +2. */
export function columnsOf(header: readonly string[]): Columns {
  const unit = header.findIndex((h) => UNIT_HEADER.test(h));
  let current = header.findIndex((h, i) => i > 0 && CURRENT_HEADER.test(h));
  if (current < 0) current = header.findIndex((h, i) => i > 0 && i !== unit && !OTHER_PERIOD.test(h));
  if (current < 0) current = unit >= 0 ? unit + 1 : 1;
  const cumulative = header.findIndex((h, i) => i > 0 && i !== current && CUMULATIVE_HEADER.test(h));
  return {
    unit: unit >= 0 ? unit : null,
    current,
    cumulative: cumulative >= 0 ? cumulative : null,
    headerUnit: bracketUnit(header[current] ?? ""),
  };
}

/** Columns of a row in a table without a header: the label, a unit if one follows, then the figure. */
const unheaded = (kinds: readonly CellKind[]): Columns =>
  kinds[1] === "unit"
    ? { unit: 1, current: 2, cumulative: null, headerUnit: "" }
    : { unit: null, current: 1, cumulative: null, headerUnit: "" };

/** 社会团体（个）, 数量(家): the unit a label or header names in brackets at its end. */
export function bracketUnit(text: string): string {
  const unit = /[（(]\s*([^（）()]{1,4})\s*[)）]$/.exec(text)?.[1] ?? "";
  return UNIT_CELL.test(unit) ? unit : "";
}

/** 民办非企业单位个 | 470: a label run into its unit where cells were too close. */
const GLUED = /^(.+?[\u4e00-\u9fa5）)])(个|家|人|名|户|张|件|对|具|所|项|人次)$/;

function readRow(cells: Cell[], columns: Columns | null): IndicatorRow {
  const kinds = cells.map((c) => cellKind(c.text));
  let cols = columns ?? unheaded(kinds);
  const [label] = cells as [Cell, ...Cell[]];
  const glued = GLUED.exec(label.text);
  if (cols.unit !== null && kinds[cols.unit] === "number" && glued?.[1] && glued[2]) {
    // The unit column is missing and the label ends with a unit: split them.
    const cut = label.start + glued[1].length;
    cells = [
      { text: glued[1], start: label.start, end: cut },
      { text: glued[2], start: cut, end: label.end },
      ...cells.slice(1),
    ];
    kinds.splice(0, 1, "label", "unit");
  } else if (cols.unit !== null && kinds[cols.unit] === "number") {
    const cumulative = cols.cumulative === null ? null : cols.cumulative - 1;
    cols = { ...cols, unit: null, current: cols.current - 1, cumulative };
  }
  const unitCell = cols.unit !== null && kinds[cols.unit] === "unit" ? (cells[cols.unit] ?? null) : null;
  const valueCell = kinds[cols.current] === "number" ? (cells[cols.current] ?? null) : null;
  const cumulative = cols.cumulative;
  const cumulativeCell =
    cumulative !== null && kinds[cumulative] === "number" ? (cells[cumulative] ?? null) : null;
  return {
    label: cells[0] as Cell,
    unit: unitCell,
    unitText: unitCell?.text ?? (bracketUnit(cells[0]?.text ?? "") || cols.headerUnit),
    value: valueCell,
    cumulative: cumulativeCell,
    cells,
    hasFigures: kinds.includes("number"),
  };
}

/**
 * The header and rows of a cell stream. A row starts at each label cell and runs to the next; the
 * numbering row under a header (甲 | 乙 | 1 | 2 | 3) is skipped.
 */
export function readIndicatorTable(cells: readonly Cell[]): IndicatorTable {
  const header = findHeader(cells);
  // Runs of spaces say nothing of empty cells: an aligned table is read without them.
  const kept = (list: readonly Cell[]): Cell[] =>
    header?.aligned ? list.filter((c) => c.text !== "") : [...list];
  const body = kept(header ? cells.slice(header.at + header.length) : cells);
  const headerCells = kept(header ? cells.slice(header.at, header.at + header.length) : []);
  const columns = header ? columnsOf(headerCells.map((c) => c.text)) : null;
  const rows: IndicatorRow[] = [];
  let current: Cell[] | null = null;
  let numbering = false;
  for (const cell of body) {
    const kind = cellKind(cell.text);
    if (kind === "numbering") {
      numbering = true;
      current = null;
      continue;
    }
    if (numbering && (kind === "number" || kind === "empty")) continue;
    numbering = false;
    if (kind === "label") {
      if (current) rows.push(readRow(current, columns));
      current = [cell];
    } else if (current) current.push(cell);
  }
  if (current) rows.push(readRow(current, columns));
  const currentName = columns ? (headerCells[columns.current]?.text ?? "") : "";
  return {
    preamble: header ? cells.slice(0, header.at) : [],
    header: headerCells,
    current: currentName,
    rows,
  };
}

/** A column of a period (2022年, 2023年6月末): a series across periods, read cell by cell. */
const PERIOD_HEADER = /^(?:19|20)\d{2}\s*年/;

/** A column's name that says what is counted (社会团体, 基金会), not which figure of a row it holds. */
const countsSomething = (name: string): boolean =>
  ["org", "person", "item"].some(
    (unit) =>
      classify({
        subject: name,
        clause: name,
        before: "",
        after: "",
        context: name,
        tail: "",
        unit,
        mode: "stock",
      }) !== "other",
  );

/**
 * Whether cells read as an indicator table: a 指标…单位 header whose figures are of one period, or
 * rows of label, unit and figure.
 */
export function isIndicatorTable(cells: readonly Cell[]): boolean {
  const header = findHeader(cells);
  if (header) {
    const names = cells.slice(header.at + 1, header.at + header.length).map((c) => c.text);
    // 类别 | 社会团体 | 民办非企业单位 | 基金会 | 合计 over 数量（家） | 945 | …: columns that name what is
    // counted make a table of kinds across, whose 合计 is one of them, not the current figure's column.
    if (names.filter(countsSomething).length >= 2) return false;
    // One period column is the current one (指标 | 单位 | 2020年6月); several are a series across periods.
    return names.some((n) => CURRENT_HEADER.test(n)) || names.filter((n) => PERIOD_HEADER.test(n)).length < 2;
  }
  const { rows } = readIndicatorTable(cells);
  const counted = rows.filter((r) => r.unit && r.value).length;
  return counted >= 2 && counted >= rows.filter((r) => r.hasFigures).length / 2;
}
