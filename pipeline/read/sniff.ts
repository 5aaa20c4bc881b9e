// Tell a file's format by its content first and its extension second.

import { extname } from "node:path";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { Format } from "../../schemas/document.js";

/** A saved web page: it opens with a doctype or an html, head or body tag. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Whether the ASCII `needle` occurs in `bytes` (zip entry names are stored as plain bytes). */
export function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const n = ascii(needle);
  const first = n[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - n.length; ) {
    for (let j = 1; j < n.length; j++) {
      if (bytes[i + j] !== n[j]) {
        i = bytes.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Binary formats recognised only to be refused with a name the user knows. */
const IMAGES: readonly [string, readonly number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", ascii("GIF8")],
  ["TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["TIFF image", [0x4d, 0x4d, 0x00, 0x2a]],
  ["BMP image", ascii("BM")],
];

/** Extensions of document types we know and do not read, with what to do about them. */
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  ".ppt": "PowerPoint presentation (.ppt)",
  ".pptx": "PowerPoint presentation (.pptx)",
  ".odt": "OpenDocument text (.odt): save it as .docx or PDF",
  ".rtf": "RTF document (.rtf): save it as .docx or PDF",
  ".ofd": "OFD document (.ofd): export it as PDF",
  ".png": "PNG image: OCR needed",
  ".jpg": "JPEG image: OCR needed",
  ".jpeg": "JPEG image: OCR needed",
  ".gif": "GIF image: OCR needed",
  ".tif": "TIFF image: OCR needed",
  ".tiff": "TIFF image: OCR needed",
  ".bmp": "BMP image: OCR needed",
  ".zip": "zip archive: unpack it first",
  ".rar": "RAR archive: unpack it first",
  ".7z": "7z archive: unpack it first",
};

/** Extensions of spreadsheets, whose unreadable files are E_BAD_SHEET rather than E_BAD_DOC. */
const SHEET_EXTENSIONS = new Set([".xls", ".xlsx", ".et"]);
const WORD_EXTENSIONS = new Set([".doc", ".wps"]);

const unsupported = (what: string): CivstatError =>
  new CivstatError("E_UNSUPPORTED", `unsupported document type: ${what}`);

/** What a zip archive holds, told by its entry names. */
function sniffZip(bytes: Uint8Array, ext: string): Format {
  if (containsAscii(bytes, "word/document.xml")) return "docx";
  if (containsAscii(bytes, "xl/workbook.xml")) return "xlsx";
  if (containsAscii(bytes, "ppt/presentation.xml")) throw unsupported("PowerPoint presentation (.pptx)");
  if (containsAscii(bytes, "application/vnd.oasis.opendocument")) throw unsupported("OpenDocument file");
  if (ext === ".docx")
    throw new CivstatError("E_BAD_DOCX", "not a Word document: the zip has no word/document.xml");
  if (SHEET_EXTENSIONS.has(ext))
    throw new CivstatError("E_BAD_SHEET", "not an Excel workbook: the zip has no xl/workbook.xml");
  throw unsupported("zip archive: unpack it first");
}

/**
 * What an OLE2 compound file (Word 97–2003, Excel 97–2003, WPS) holds, told by its streams. The
 * container reader comes with the spreadsheet library (1 MB), loaded only for such a file.
 */
async function sniffOle(bytes: Uint8Array, ext: string): Promise<Format> {
  const { oleKind, readOle } = await import("./ole.js");
  const sheet = SHEET_EXTENSIONS.has(ext);
  const kind = oleKind(
    readOle(
      bytes,
      sheet ? "E_BAD_SHEET" : "E_BAD_DOC",
      sheet ? "Excel 97–2003 workbook" : "Word 97–2003 document",
    ),
  );
  switch (kind) {
    case "doc":
      return "doc";
    case "xls":
      return "xls";
    case "encrypted":
      throw new CivstatError("E_ENCRYPTED", "password-protected Office document: remove the password first");
    case "powerpoint":
      throw unsupported("PowerPoint presentation (.ppt)");
    case "unknown":
      throw unsupported(
        UNSUPPORTED_EXTENSIONS[ext] ?? "legacy Office/WPS binary document: save it as .docx or PDF",
      );
  }
}

/** Text has no NUL bytes unless it is UTF-16 with a byte-order mark. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control <= head.length / 100;
}

/** Index of `%PDF-` within the first KiB, as PDF readers allow some junk before it; -1 when absent. */
export function pdfHeaderAt(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i !== -1; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(head, ascii("%PDF-"), i)) return i;
  }
  return -1;
}

/**
 * The format to read `bytes` as. Content wins over the extension: a `.txt` that is really a PDF
 * is read as PDF. Throws E_EMPTY, E_NOT_ZIP, E_BAD_DOCX, E_BAD_DOC, E_BAD_SHEET, E_BAD_PDF,
 * E_ENCRYPTED (an encrypted Office file) or E_UNSUPPORTED.
 */
export async function sniffFormat(file: string, bytes: Uint8Array): Promise<Format> {
  const ext = extname(file).toLowerCase();
  if (bytes.length === 0) throw new CivstatError("E_EMPTY", "empty file (0 bytes)");
  const pdfAt = pdfHeaderAt(bytes);
  // A text that quotes "%PDF-" near its start is still a text.
  if (pdfAt === 0 || (pdfAt > 0 && !looksLikeText(bytes))) return "pdf";
  if (startsWith(bytes, ZIP)) return sniffZip(bytes, ext);
  if (startsWith(bytes, OLE2)) return sniffOle(bytes, ext);
  if (startsWith(bytes, ascii("{\\rtf"))) throw unsupported("RTF document: save it as .docx or PDF");
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) {
    throw unsupported("WEBP image: OCR needed");
  }
  for (const [name, magic] of IMAGES) {
    if (startsWith(bytes, magic) && !looksLikeText(bytes)) throw unsupported(`${name}: OCR needed`);
  }
  if (ext === ".pdf") throw new CivstatError("E_BAD_PDF", "not a PDF: no %PDF header");
  if (ext === ".docx")
    throw new CivstatError("E_NOT_ZIP", "not a Word document: the file is not a zip archive");
  if (WORD_EXTENSIONS.has(ext) && !looksLikeText(bytes))
    throw new CivstatError("E_BAD_DOC", "not a Word 97–2003 document: no OLE2 header");
  if (SHEET_EXTENSIONS.has(ext) && !looksLikeText(bytes))
    throw new CivstatError("E_BAD_SHEET", "not an Excel workbook: neither a zip archive nor an OLE2 file");
  const known = UNSUPPORTED_EXTENSIONS[ext];
  if (known) throw unsupported(known);
  if (!looksLikeText(bytes)) throw unsupported(`unknown binary file${ext ? ` (${ext})` : ""}`);
  if (ext === ".csv") return "csv";
  // A saved web page is read as one; text under any other extension (.txt, .md, none) as text.
  if (
    ext === ".html" ||
    ext === ".htm" ||
    looksLikeHtml(new TextDecoder("latin1").decode(bytes.subarray(0, 1024)))
  ) {
    return "html";
  }
  return "txt";
}
