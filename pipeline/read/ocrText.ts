// Lay out the text lines OCR found on a page as the page's text: rows top to bottom, boxes on one
// row left to right, cells of a table row apart by a tab.

/** A line of text OCR found: what it reads, how sure it is (0–1), and its box's corners in pixels. */
export interface OcrLine {
  text: string;
  mean: number;
  box: number[][];
}

interface Placed {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Below this confidence a line is speckle or a stamp read as text. */
const MIN_CONFIDENCE = 0.5;

function place(line: OcrLine): Placed | null {
  const xs = line.box.map((p) => p[0] ?? 0);
  const ys = line.box.map((p) => p[1] ?? 0);
  const text = line.text.trim();
  if (text === "" || xs.length === 0 || line.mean < MIN_CONFIDENCE) return null;
  return {
    text,
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

const middle = (p: Placed) => (p.top + p.bottom) / 2;
const height = (p: Placed) => p.bottom - p.top;

/** Two boxes are on one row when each one's middle lies within the other's height. */
const sameRow = (a: Placed, b: Placed): boolean =>
  middle(b) > a.top && middle(b) < a.bottom && middle(a) > b.top && middle(a) < b.bottom;

const ASCII_WORD = /[A-Za-z0-9]/;

/** Boxes further apart than this many line heights are separate cells. */
const CELL_GAP = 1.5;

function joinRow(row: Placed[]): string {
  const sorted = [...row].sort((a, b) => a.left - b.left);
  let out = "";
  let previous: Placed | null = null;
  for (const box of sorted) {
    if (previous) {
      const gap = box.left - previous.right;
      const lineHeight = Math.max(height(box), height(previous));
      if (gap > CELL_GAP * lineHeight) out += "\t";
      else if (ASCII_WORD.test(out.at(-1) ?? "") && ASCII_WORD.test(box.text[0] ?? "")) out += " ";
    }
    out += box.text;
    previous = box;
  }
  return out;
}

/**
 * OCR sometimes reads the bracket around a document number's year twice, as two kinds of bracket
 * (福民函〔[2024]25号): keep the first of each pair.
 */
export function mendDoubledBrackets(line: string): string {
  return line
    .replace(/([〔［【﹝[])[〔［【﹝[]+(?=(?:19|20)\d{2})/g, "$1")
    .replace(/(?<=(?:19|20)\d{2})([〕］】﹞\]])[〕］】﹞\]]+/g, "$1");
}

/** The page's text from the lines OCR found on it, in reading order. */
export function layOutOcrLines(lines: readonly OcrLine[]): string {
  const boxes = lines.map(place).filter((p): p is Placed => p !== null);
  boxes.sort((a, b) => middle(a) - middle(b));
  const rows: Placed[][] = [];
  for (const box of boxes) {
    const row = rows.at(-1);
    if (row?.some((other) => sameRow(other, box))) row.push(box);
    else rows.push([box]);
  }
  return rows.map(joinRow).map(mendDoubledBrackets).join("\n");
}
