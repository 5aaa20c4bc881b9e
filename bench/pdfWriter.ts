// A small PDF writer for the benchmark corpus: lines of Chinese text in the non-embedded
// STSong-Light font (Adobe-GB1, UCS-2 encoding), as many government PDFs are made. The glyph
// widths (/W) are taken from a sample PDF of that kind, so figures are spaced as in real files.

const PAGE_LINES = 38;
const LINE_CHARS = 34;
const FONT_SIZE = 14;

/** Lines no wider than the page, none of a single character (a lone glyph reads as its own line). */
function wrap(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    const chars = [...paragraph.trim()];
    if (chars.length === 0) continue;
    for (let i = 0; i < chars.length; i += LINE_CHARS) {
      const rest = chars.length - i - LINE_CHARS;
      const width = rest === 1 ? LINE_CHARS + 1 : LINE_CHARS;
      out.push(chars.slice(i, i + width).join(""));
      if (width > LINE_CHARS) i++;
    }
  }
  return out;
}

const ucs2 = (line: string) =>
  [...line]
    .map((c) => c.codePointAt(0) ?? 0x3f)
    .map((code) => (code > 0xffff ? 0x3f : code).toString(16).padStart(4, "0"))
    .join("");

/** The PDF bytes of `text`; `widths` is the font's /W array (`[ 1 [ … ] … ]`). */
export function pdfOf(text: string, widths: string): Uint8Array {
  const lines = wrap(text);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += PAGE_LINES) pages.push(lines.slice(i, i + PAGE_LINES));
  if (pages.length === 0) pages.push([""]);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pagesIndex = add("");
  const font = add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [ 4 0 R ] >>",
  );
  add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W ${widths} >>`,
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [ -25 -254 1000 880 ] /ItalicAngle 0 /Ascent 752 /Descent -271 /CapHeight 737 /StemV 58 >>",
  );
  const kids: number[] = [];
  for (const page of pages) {
    const stream = page
      .map((line, i) => `BT /F1 ${FONT_SIZE} Tf 60 ${780 - i * 19} Td <${ucs2(line)}> Tj ET`)
      .join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 595 842 ] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesIndex - 1] =
    `<< /Type /Pages /Kids [ ${kids.map((k) => `${k} 0 R`).join(" ")} ] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
