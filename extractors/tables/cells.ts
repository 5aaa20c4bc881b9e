// The cells of a table, in reading order, whatever form the table reached us in: pipes
// (`社会团体 | 个 | 4,691 |`, with or without outer pipes, `| ||||` filler, lines of only `|`),
// tabs (DOCX and spreadsheet rows, aligned spaces made tabs), or rows run together by a PDF or a
// document that joined its lines (`…| 183 | |4.区公所 | 个 |`). Rows are found later from what the
// cells hold, so a stream that lost its line breaks reads like one that kept them.

/** One cell, with its offsets in the document's clean text. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

export type CellKind = "empty" | "number" | "unit" | "numbering" | "label";

/**
 * Units a statistics table puts in its own column: a measure word, in 万 too (万张, 万个), and a rate
 * of one per another (元/人、月, 张/千人).
 */
export const UNIT_CELL =
  /^(?:万?(?:个|家|人|名|户|张|床|件|对|具|所|处|项)|人次|户次|万人次|次|场|期|套|位|辆|台|元|万元|亿元|千元|%|％|‰|平方米|小时|学时|天|人天|[元张床人个]\/(?:千人|人|户|月|年)(?:[、·](?:月|年))?)$/;
/** Thousands commas, decimals, a sign and a percent: 4,691 · 98,644.9 · -7.04 · 12.5%. */
const NUMBER_CELL = /^[-+−]?\d[\d,，]*(?:\.\d+)?\s*[%％]?$/;
/** Cells that say there is no figure: -, —, /, …, 无. */
const NO_FIGURE = /^(?:[-—–/…·．.]+|无)$/;
/** The row of column numbers under a header: 甲 | 乙 | 1 | 2 | 3. */
const NUMBERING_CELL = /^(?:甲|乙|丙|丁|戊|栏次|序号|栏号)$/;

export function cellKind(text: string): CellKind {
  const t = text.trim();
  if (t === "" || NO_FIGURE.test(t)) return "empty";
  if (NUMBER_CELL.test(t)) return "number";
  if (UNIT_CELL.test(t)) return "unit";
  if (NUMBERING_CELL.test(t)) return "numbering";
  return "label";
}

/** The number a number cell holds: 4,691 → 4691. */
export function cellNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/[,，\s%％]/g, "")
    .replace("−", "-");
  const value = Number(t);
  return t !== "" && Number.isFinite(value) ? value : null;
}

export interface TableLine {
  text: string;
  /** Offset of the line's first character in the document's clean text. */
  start: number;
}

const SEPARATOR = /[|\t]/;

/** A line of pipes that does not end with one leaves its last cell open (a PDF wrapped it). */
const endsOpen = (text: string) => text.includes("|") && !/\|\s*$/.test(text);
const startsWithSeparator = (text: string) => /^\s*[|\t]/.test(text);

/** Cells of one line, trimmed, empty ones kept. */
function lineCells(line: TableLine): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const text = line.text;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SEPARATOR.test(text[i] ?? "")) continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(text[a] ?? "")) a++;
    while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
    cells.push({ text: text.slice(a, b), start: line.start + a, end: line.start + b });
    from = i + 1;
  }
  return cells;
}

/**
 * The cells of consecutive table lines as one stream. A line's outer separators carry no cell, a
 * line of separators only none at all. Where lines were wrapped (`wrapped`, a PDF's), a last cell
 * left open is joined to the first cell of the next line.
 */
export function cellStream(lines: readonly TableLine[], wrapped = false): Cell[] {
  const out: Cell[] = [];
  let open = false;
  for (const line of lines) {
    if (/^[\s|\t]*$/.test(line.text)) continue;
    const cells = lineCells(line);
    if (cells.length > 1 && cells[0]?.text === "" && startsWithSeparator(line.text)) cells.shift();
    if (cells.length > 1 && cells.at(-1)?.text === "" && /[|\t]\s*$/.test(line.text)) cells.pop();
    const previous = out.at(-1);
    const first = cells[0];
    if (open && previous && first && !startsWithSeparator(line.text)) {
      cells.shift();
      out[out.length - 1] = { text: `${previous.text}${first.text}`, start: previous.start, end: first.end };
    }
    out.push(...cells);
    open = wrapped && endsOpen(line.text);
  }
  return out;
}
