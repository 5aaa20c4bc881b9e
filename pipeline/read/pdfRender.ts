// Render PDF pages to greyscale PNG images with PDFium, for OCR.

import { PDFiumLibrary, type PDFiumPage } from "@hyzyla/pdfium";

/** One rendered page: its number from 1 and a PNG of it. */
export interface PageImage {
  number: number;
  png: Buffer;
  width: number;
  height: number;
}

let library: Promise<PDFiumLibrary> | null = null;
const pdfium = (): Promise<PDFiumLibrary> => {
  library ??= PDFiumLibrary.init();
  return library;
};

/** PDF user-space units are 1/72 inch. */
const POINTS_PER_INCH = 72;

/** Bounds on the resolution a page is rendered at, in dots per inch. */
const MIN_DPI = 100;
const MAX_DPI = 300;

/**
 * The resolution of the widest image on the page, taken to fill its width as a scan does: rendering
 * finer adds no detail and makes OCR slower; with no image, `fallback`.
 */
async function scanDpi(page: PDFiumPage, fallback: number): Promise<number> {
  let widest = 0;
  for (const object of page.objects()) {
    if (object.type !== "image") continue;
    const raw = await object.getImageDataRaw().catch(() => null);
    widest = Math.max(widest, raw?.width ?? 0);
  }
  if (widest === 0) return fallback;
  const dpi = (widest / page.getOriginalSize().originalWidth) * POINTS_PER_INCH;
  return Math.min(MAX_DPI, Math.max(MIN_DPI, dpi));
}

const loadSharp = async () => (await import("sharp")).default;
let sharpLoading: ReturnType<typeof loadSharp> | null = null;

/**
 * Greyscale bytes, one a pixel, as PNG. sharp (libvips) loads on the first page rendered: a PDF
 * whose text layer is read needs none of it (this module is loaded for its page count).
 */
export async function grayToPng(gray: Uint8Array, width: number, height: number): Promise<Buffer> {
  sharpLoading ??= loadSharp();
  const sharp = await sharpLoading;
  return sharp(gray, { raw: { width, height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * Renders the given pages (numbered from 1) at the resolution of their scan (`dpi` when they hold
 * no image), one at a time, so that only one page's bitmap is in memory.
 */
export async function* renderPages(
  bytes: Uint8Array,
  numbers: readonly number[],
  dpi: number,
): AsyncGenerator<PageImage> {
  const doc = await (await pdfium()).loadDocument(bytes);
  try {
    for (const number of numbers) {
      const page = doc.getPage(number - 1);
      const scale = (await scanDpi(page, dpi)) / POINTS_PER_INCH;
      const bitmap = await page.render({ scale, colorSpace: "Gray", render: "bitmap" });
      const png = await grayToPng(bitmap.data, bitmap.width, bitmap.height);
      yield { number, png, width: bitmap.width, height: bitmap.height };
    }
  } finally {
    doc.destroy();
  }
}

/** How many pages a PDF has. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await (await pdfium()).loadDocument(bytes);
  try {
    return doc.getPageCount();
  } finally {
    doc.destroy();
  }
}
