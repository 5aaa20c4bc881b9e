// One-page PDFs without a text layer: nothing but a JPEG image, as a scanner makes, or nothing at all.

import { pdfFile } from "./pdfFile.js";

/** `jpeg` is a baseline greyscale JPEG of `width`×`height` pixels, shown at `dpi`. */
export function imagePdf(jpeg: Uint8Array, width: number, height: number, dpi = 150): Uint8Array {
  const w = (width * 72) / dpi;
  const h = (height * 72) / dpi;
  const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Scan Do Q`;
  const enc = new TextEncoder();
  const objects: Uint8Array[][] = [
    [enc.encode("<< /Type /Catalog /Pages 2 0 R >>")],
    [enc.encode("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")],
    [
      enc.encode(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>`,
      ),
    ],
    [
      enc.encode(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      enc.encode("\nendstream"),
    ],
    [enc.encode(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)],
  ];
  return pdfFile(objects);
}

/** A page that draws nothing: no text, no image. */
export function blankPdf(): Uint8Array {
  const enc = new TextEncoder();
  return pdfFile([
    [enc.encode("<< /Type /Catalog /Pages 2 0 R >>")],
    [enc.encode("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")],
    [enc.encode("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>")],
    [enc.encode("<< /Length 0 >>\nstream\n\nendstream")],
  ]);
}
