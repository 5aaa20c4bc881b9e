// A one-page PDF of Chinese text in a font it does not embed (STSong-Light, as older office software
// writes it): one text object of several characters, and one of a single character, drawn on the
// page or inside a form XObject.
import { pdfFile } from "./pdfFile.js";

/** Big-endian UTF-16 as the hex string of a UniGB-UCS2-H text object. */
const ucs2 = (text: string) =>
  [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");

export function cjkTextPdf(line: string, alone: string, where: "page" | "form"): Uint8Array {
  const enc = new TextEncoder();
  const stream = (dict: string, content: string) => [
    enc.encode(`<< ${dict} /Length ${enc.encode(content).length} >>\nstream\n${content}\nendstream`),
  ];
  const single = `BT /F1 12 Tf 72 680 Td <${ucs2(alone)}> Tj ET`;
  const page = `BT /F1 12 Tf 72 700 Td <${ucs2(line)}> Tj ET\n${where === "form" ? "/Fm1 Do" : single}`;
  return pdfFile([
    [enc.encode("<< /Type /Catalog /Pages 2 0 R >>")],
    [enc.encode("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")],
    [
      enc.encode(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 7 0 R >> >> /Contents 4 0 R >>",
      ),
    ],
    stream("", page),
    [
      enc.encode(
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
      ),
    ],
    [
      enc.encode(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>",
      ),
    ],
    stream(
      "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>",
      single,
    ),
    [
      enc.encode(
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
      ),
    ],
  ]);
}
