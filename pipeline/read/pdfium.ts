// Read a PDF's text per page with PDFium (WebAssembly, loaded once per thread on the first PDF).
// It reads non-embedded CJK fonts without CMaps and is several times faster than pdf.js. Where it
// would give less than the file holds, it answers null and the caller reads the file with pdf.js.

import { CivstatError } from "../../schemas/basics/errors.js";
import type { RawPage } from "../../schemas/document.js";
import { missingTextError, type PageDrawing } from "./missingText.js";

/** The PDFium C functions used here, as the WebAssembly module exports them. */
interface Pdfium {
  _FPDF_InitLibraryWithConfig(config: object): void;
  _FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  _FPDF_GetLastError(): number;
  _FPDF_CloseDocument(doc: number): void;
  _FPDF_GetPageCount(doc: number): number;
  _FPDF_LoadPage(doc: number, index: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDFPage_CountObjects(page: number): number;
  _FPDFPage_GetObject(page: number, index: number): number;
  _FPDFPageObj_GetType(object: number): number;
  _FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  _FPDFTextObj_GetFont(object: number): number;
  _FPDFFont_GetIsEmbedded(font: number): number;
  _FPDFFormObj_CountObjects(form: number): number;
  _FPDFFormObj_GetObject(form: number, index: number): number;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(textPage: number): void;
  _FPDFText_CountChars(textPage: number): number;
  _FPDFText_GetText(textPage: number, start: number, count: number, buffer: number): number;
  _FPDFText_GetCharIndexFromTextIndex(textPage: number, textIndex: number): number;
  _FPDFText_IsHyphen(textPage: number, charIndex: number): number;
  wasmExports: { malloc(size: number): number; free(pointer: number): void };
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
}

const FPDF_ERR_PASSWORD = 4;
const FPDF_PAGEOBJ_TEXT = 1;
const FPDF_PAGEOBJ_IMAGE = 3;
const FPDF_PAGEOBJ_FORM = 5;
/** PDFium writes U+FFFE where it removed a line-end hyphen, and for a glyph with no character. */
const MARKER = "\uFFFE";

let loading: Promise<Pdfium> | null = null;

function pdfium(): Promise<Pdfium> {
  loading ??= import("@hyzyla/pdfium").then(async ({ PDFiumModule }) => {
    const module = (await PDFiumModule({})) as unknown as Pdfium;
    module._FPDF_InitLibraryWithConfig({
      version: 2,
      m_pIsolate: null,
      m_pUserFontPaths: null,
      m_v8EmbedderSlot: 0,
      m_pPlatform: null,
    });
    return module;
  });
  return loading;
}

/** Loads and starts PDFium in this thread, once. */
export async function loadPdfium(): Promise<void> {
  await pdfium();
}

/** A page's objects with their types, then inside each form its objects (recursively), in order. */
function* objectsOf(m: Pdfium, page: number): Generator<{ object: number; type: number }> {
  function* walk(
    count: number,
    objectAt: (i: number) => number,
  ): Generator<{ object: number; type: number }> {
    for (let i = 0; i < count; i++) {
      const object = objectAt(i);
      const type = m._FPDFPageObj_GetType(object);
      yield { object, type };
      if (type === FPDF_PAGEOBJ_FORM) {
        yield* walk(m._FPDFFormObj_CountObjects(object), (k) => m._FPDFFormObj_GetObject(object, k));
      }
    }
  }
  yield* walk(m._FPDFPage_CountObjects(page), (i) => m._FPDFPage_GetObject(page, i));
}

/**
 * PDFium skips a text object whose box has no width: so it is for a single glyph in a font that
 * is not embedded (it has no outlines for it), on the page or inside a form. Such a page would lose
 * characters.
 */
function losesText(m: Pdfium, page: number): boolean {
  const box = m.wasmExports.malloc(16);
  try {
    for (const { object, type } of objectsOf(m, page)) {
      if (type !== FPDF_PAGEOBJ_TEXT) continue;
      // Whether the font is embedded is a look-up; the box is worked out from the glyphs.
      if (m._FPDFFont_GetIsEmbedded(m._FPDFTextObj_GetFont(object))) continue;
      if (!m._FPDFPageObj_GetBounds(object, box, box + 4, box + 8, box + 12)) continue;
      const left = m.HEAPF32[box >> 2] ?? 0;
      const right = m.HEAPF32[(box + 8) >> 2] ?? 0;
      if (Math.abs(right - left) < 0.01) return true;
    }
    return false;
  } finally {
    m.wasmExports.free(box);
  }
}

/** Adds the text and image objects the page draws (on it and inside its forms) to `drawing`. */
function countObjects(m: Pdfium, page: number, drawing: PageDrawing): void {
  for (const { type } of objectsOf(m, page)) {
    if (type === FPDF_PAGEOBJ_TEXT) drawing.textOps++;
    else if (type === FPDF_PAGEOBJ_IMAGE) drawing.imageOps++;
  }
}

/** The page's text as pdf.js lays it out: `\n` line ends, a removed line-end hyphen put back. */
function pageText(m: Pdfium, textPage: number): string {
  const chars = m._FPDFText_CountChars(textPage);
  if (chars <= 0) return "";
  const buffer = m.wasmExports.malloc((chars + 1) * 2);
  let text: string;
  try {
    const length = m._FPDFText_GetText(textPage, 0, chars, buffer);
    text =
      length > 1
        ? new TextDecoder("utf-16le").decode(m.HEAPU8.subarray(buffer, buffer + (length - 1) * 2))
        : "";
  } finally {
    m.wasmExports.free(buffer);
  }
  if (text.includes(MARKER)) {
    let restored = "";
    for (let i = 0; i < text.length; i++) {
      const c = text[i] ?? "";
      if (c !== MARKER) restored += c;
      else if (m._FPDFText_IsHyphen(textPage, m._FPDFText_GetCharIndexFromTextIndex(textPage, i))) {
        restored += "-\n";
      }
    }
    text = restored;
  }
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "");
}

/**
 * Text per page, or null when PDFium cannot open the file, finds no text on any page, or would drop
 * characters: pdf.js then reads it and explains what is wrong. Throws E_ENCRYPTED, and
 * E_NO_TEXT_LAYER for pages that draw images and no text.
 */
export async function readPdfiumPages(bytes: Uint8Array): Promise<RawPage[] | null> {
  const m = await pdfium();
  const data = m.wasmExports.malloc(Math.max(1, bytes.length));
  m.HEAPU8.set(bytes, data);
  try {
    const doc = m._FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) {
      if (m._FPDF_GetLastError() === FPDF_ERR_PASSWORD) {
        throw new CivstatError("E_ENCRYPTED", "password-protected PDF: remove the password first");
      }
      return null;
    }
    try {
      const pages: RawPage[] = [];
      /** What the pages that gave no text draw. */
      const blankDrawing: PageDrawing = { textOps: 0, imageOps: 0 };
      const count = m._FPDF_GetPageCount(doc);
      for (let n = 0; n < count; n++) {
        const page = m._FPDF_LoadPage(doc, n);
        if (!page) return null;
        try {
          if (losesText(m, page)) return null;
          const textPage = m._FPDFText_LoadPage(page);
          if (!textPage) return null;
          try {
            const text = pageText(m, textPage);
            pages.push({ number: n + 1, text });
            if (text.trim() === "") countObjects(m, page, blankDrawing);
          } finally {
            m._FPDFText_ClosePage(textPage);
          }
        } finally {
          m._FPDF_ClosePage(page);
        }
      }
      if (pages.some((page) => page.text.trim() !== "")) return pages;
      // Images and no text object anywhere: a scan, told as pdf.js would tell it, without pdf.js
      // reading every page and decoding every image to find that out. Anything else (text objects
      // that gave no characters, or nothing drawn at all) is left to pdf.js.
      if (blankDrawing.textOps === 0 && blankDrawing.imageOps > 0) throw missingTextError(blankDrawing);
      return null;
    } finally {
      m._FPDF_CloseDocument(doc);
    }
  } finally {
    m.wasmExports.free(data);
  }
}
