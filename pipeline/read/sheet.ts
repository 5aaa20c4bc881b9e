// Read a spreadsheet (.xlsx, .xls and WPS .et, .csv) with SheetJS: each sheet a page, each row a
// line with its cells apart by tabs, as the table reader reads text tables.

import { read, utils, type WorkBook, type WorkSheet } from "@e965/xlsx";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { decodeText } from "./decode.js";

export type SheetFormat = "xlsx" | "xls" | "csv";

export interface SheetRead {
  pages: RawPage[];
  encoding: string | null;
  warnings: string[];
}

/** A cell as one line of text: its own line breaks become spaces, a tab cannot split it. */
const cellText = (cell: unknown): string =>
  String(cell ?? "")
    .replace(/[\t\r\n]+/g, " ")
    .trim();

/** Rows as tab-separated lines, empty rows and trailing empty cells left out. */
export function rowsToLines(rows: readonly (readonly unknown[])[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells.at(-1) === "") cells.pop();
    if (cells.length > 0) lines.push(cells.join("\t"));
  }
  return lines;
}

/** The rows of a sheet with each value as displayed (number formats applied). */
function sheetRows(sheet: WorkSheet): unknown[][] {
  return utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, blankrows: false, defval: "" });
}

function sheetError(error: unknown, format: SheetFormat): CivstatError {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) {
    return new CivstatError("E_ENCRYPTED", "password-protected spreadsheet: remove the password first", {
      cause: error,
    });
  }
  const what =
    format === "xlsx" ? "Excel workbook (.xlsx)" : format === "xls" ? "Excel 97–2003 workbook" : "CSV file";
  return new CivstatError("E_BAD_SHEET", `broken ${what}: damaged or cut off (${message.split("\n")[0]})`, {
    cause: error,
  });
}

function workbook(bytes: Uint8Array, format: SheetFormat): { book: WorkBook; encoding: string | null } {
  if (format === "csv") {
    const decoded = decodeText(bytes);
    // raw: cells stay as written (no dates or numbers guessed from 2020-06 or 0755).
    return { book: read(decoded.text, { type: "string", raw: true }), encoding: decoded.encoding };
  }
  return { book: read(bytes, { type: "buffer", cellFormula: false, cellHTML: false }), encoding: null };
}

export function readSheet(bytes: Uint8Array, format: SheetFormat): SheetRead {
  let book: WorkBook;
  let encoding: string | null;
  try {
    ({ book, encoding } = workbook(bytes, format));
  } catch (error) {
    if (error instanceof CivstatError) throw error;
    throw sheetError(error, format);
  }
  const pages: RawPage[] = book.SheetNames.map((name, i) => {
    const sheet = book.Sheets[name];
    return { number: i + 1, text: sheet ? rowsToLines(sheetRows(sheet)).join("\n") : "" };
  });
  if (pages.every((page) => page.text === "")) throw new CivstatError("E_EMPTY", "spreadsheet without text");
  const empty = pages
    .filter((page) => page.text === "")
    .map((page) => book.SheetNames[(page.number ?? 1) - 1]);
  const warnings = empty.length > 0 ? [`empty sheets: ${empty.join(", ")}`] : [];
  return { pages, encoding, warnings };
}
