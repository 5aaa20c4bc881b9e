// One-page PDFs without a text layer: nothing but a JPEG image, as a scanner makes, or nothing at all.

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

/** A PDF of `objects` (numbered from 1, the first the catalog), with its cross-reference table. */
function pdfFile(objects: Uint8Array[][]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = [enc.encode(`${i + 1} 0 obj\n`), ...body, enc.encode("\nendobj\n")];
    for (const c of chunk) offset += c.length;
    parts.push(...chunk);
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
  ].join("");
  parts.push(enc.encode(xref));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
