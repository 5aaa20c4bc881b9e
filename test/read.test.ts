import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { htmlToLines } from "../pipeline/read/htmlLines.js";
import { explainMissingText } from "../pipeline/read/pdfDiagnosis.js";
import { readPdfiumPages } from "../pipeline/read/pdfium.js";
import { readDocument } from "../pipeline/read/read.js";
import { sniffFormat } from "../pipeline/read/sniff.js";
import type { ErrorCode } from "../schemas/basics/errors.js";
import { cjkTextPdf } from "./helpers/cjkTextPdf.js";
import { blankPdf } from "./helpers/imagePdf.js";
import { readError } from "./helpers/pipeline.js";
import { storedZip } from "./helpers/zip.js";

/** An OLE2 signature and nothing of the compound file behind it. */
const OLE2_HEADER_ONLY = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

const corpus = join(import.meta.dirname, "..", "data", "corpus");
const bytesOf = (...parts: string[]) => new Uint8Array(readFileSync(join(corpus, ...parts)));

describe("bad files give their error", () => {
  it.each<[string, ErrorCode, RegExp]>([
    ["empty.pdf", "E_EMPTY", /empty/],
    ["not-a-zip.docx", "E_NOT_ZIP", /not a zip/],
    ["truncated-fumin-2022-27.pdf", "E_TRUNCATED", /truncated/],
    ["encrypted-fumin-2024-25.pdf", "E_ENCRYPTED", /password/],
    ["scanned-fumin-2023-32.pdf", "E_NO_TEXT_LAYER", /no text layer \(scanned\?\), OCR needed/],
  ])("%s → %s", async (file, code, message) => {
    const error = await readError(join(corpus, "bad", file), bytesOf("bad", file));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
    expect(error.message).not.toContain(file);
  });
});

describe("format told by content", () => {
  const pdf = bytesOf("pdf", "fumin-2024-25.pdf");

  it("reads a .txt that is really a PDF as PDF", async () => {
    const raw = await readDocument("misnamed.txt", pdf);
    expect(raw.format).toBe("pdf");
    expect(raw.pages.length).toBe(5);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["slides.pptx", storedZip({ "ppt/presentation.xml": "<presentation/>" }), /PowerPoint/],
    [
      "scan.png",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /PNG image: OCR/,
    ],
    ["photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /JPEG/],
    ["blob", new Uint8Array([1, 2, 3, 0, 0, 0, 250, 251, 7, 0]), /unknown binary/],
    [
      "slides.odp",
      storedZip({ mimetype: "application/vnd.oasis.opendocument.presentation" }),
      /OpenDocument/,
    ],
  ])("%s → E_UNSUPPORTED naming what it is", async (name, bytes, what) => {
    const error = await readError(name, bytes);
    expect(error.code).toBe("E_UNSUPPORTED");
    expect(error.message).toMatch(what);
  });

  it.each<[string, Uint8Array, ErrorCode, RegExp]>([
    ["report.wps", OLE2_HEADER_ONLY, "E_BAD_DOC", /^broken Word 97–2003 document/],
    ["report.doc", OLE2_HEADER_ONLY, "E_BAD_DOC", /^broken Word 97–2003 document/],
    ["table.xls", OLE2_HEADER_ONLY, "E_BAD_SHEET", /^broken Excel 97–2003 workbook/],
    ["table.xlsx", storedZip({ "xl/workbook.xml": "<workbook/>" }), "E_BAD_SHEET", /^broken Excel workbook/],
  ])("%s, an Office file that cannot be read, → %s", async (name, bytes, code, what) => {
    const error = await readError(name, bytes);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(what);
    expect(error.message).not.toContain("\n");
  });

  it("reads a .wps that holds plain text as text", async () => {
    expect(await sniffFormat("notes.wps", new TextEncoder().encode("plain words"))).toBe("txt");
  });

  it("a zip without word/document.xml is a bad docx", async () => {
    const error = await readError("letter.docx", storedZip({ "readme.txt": "hello" }));
    expect(error).toEqual({ code: "E_BAD_DOCX", message: expect.stringMatching(/word\/document\.xml/) });
  });

  it("a .pdf without a PDF header is a bad PDF", async () => {
    expect((await readError("x.pdf", new TextEncoder().encode("<html>…</html>"))).code).toBe("E_BAD_PDF");
  });

  it("takes a PDF with junk before its header for a PDF, and a text quoting %PDF- for a text", async () => {
    const junk = new Uint8Array([0, 1, 2, 0, ...new TextEncoder().encode("%PDF-1.4\n"), 0, 0xff]);
    expect(await sniffFormat("x.bin", junk)).toBe("pdf");
    expect(await sniffFormat("notes.txt", new TextEncoder().encode("文件头是 %PDF-1.7 的文件"))).toBe("txt");
  });

  it("sniffs text under an unknown extension as text, and a web page as HTML", async () => {
    expect(await sniffFormat("notes.md", new TextEncoder().encode("<p>深圳</p>"))).toBe("txt");
    expect(await sniffFormat("notes.html", new TextEncoder().encode("<p>深圳</p>"))).toBe("html");
  });
});

describe("text files", () => {
  const utf8 = readFileSync(join(corpus, "txt", "fumin-2023-32.txt"), "utf8");

  it("records encoding, sha256, basename and length", async () => {
    const bytes = bytesOf("txt", "fumin-2024-25.txt");
    const raw = await readDocument(join(corpus, "txt", "fumin-2024-25.txt"), bytes);
    expect(raw).toMatchObject({
      file: "fumin-2024-25.txt",
      format: "txt",
      encoding: "utf-8",
      bytes: bytes.length,
    });
    expect(raw.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(raw.pages).toEqual([
      { number: null, text: expect.stringContaining("深 圳 市 福 田 区 民 政 局") },
    ]);
  });

  it("reads GB18030 to the same text as UTF-8", async () => {
    const raw = await readDocument("gb18030-fumin-2023-32.txt", bytesOf("odd", "gb18030-fumin-2023-32.txt"));
    expect(raw.encoding).toBe("gb18030");
    expect(raw.pages[0]?.text).toBe(utf8);
  });

  it("drops a UTF-8 byte-order mark", async () => {
    const raw = await readDocument("bom.txt", bytesOf("odd", "bom-fumin-2024-25.txt"));
    expect(raw.encoding).toBe("utf-8-bom");
    expect(raw.pages[0]?.text.startsWith("\uFEFF")).toBe(false);
    expect(raw.pages[0]?.text).toBe(readFileSync(join(corpus, "txt", "fumin-2024-25.txt"), "utf8"));
  });

  it("reads UTF-16 with a byte-order mark and unifies CRLF and CR", async () => {
    const text = "深圳市民政局\r\n第一行\r第二行\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const raw = await readDocument("u16.txt", new Uint8Array(le));
    expect(raw.encoding).toBe("utf-16le");
    expect(raw.pages[0]?.text).toBe("深圳市民政局\n第一行\n第二行\n");
  });

  it("refuses an empty or whitespace-only text", async () => {
    expect((await readError("a.txt", new TextEncoder().encode(" \r\n\u3000\t\n"))).code).toBe("E_EMPTY");
    expect((await readError("b.txt", new Uint8Array())).code).toBe("E_EMPTY");
  });
});

describe("PDF", () => {
  it("reads pages numbered from 1 with the page footers still in", async () => {
    const raw = await readDocument("fumin-2024-25.pdf", bytesOf("pdf", "fumin-2024-25.pdf"));
    expect(raw.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(raw.pages[0]?.text).toMatch(/^深 圳 市 福 田 区 民 政 局\n/);
    expect(raw.pages[0]?.text).toMatch(/— 1 —$/);
    expect(raw.encoding).toBeNull();
  });

  it("reads a non-embedded STSong-Light font through the CMaps", async () => {
    const raw = await readDocument("cidfont.pdf", bytesOf("odd", "cidfont-fumin-2024-25.pdf"));
    expect(raw.pages.length).toBe(4);
    expect(raw.pages[0]?.text).toContain("截至 2024 年 5 月底，福田区登记的社会组织共 751 家");
  });

  it.each(["page", "form"] as const)(
    "keeps a lone character in a font it does not embed, drawn on the %s",
    async (where) => {
      // PDFium leaves such a one-glyph object out of the page's text: pdf.js reads the file instead.
      const bytes = cjkTextPdf("全区社会组织共751家", "号", where);
      expect(await readPdfiumPages(bytes)).toBeNull();
      const raw = await readDocument(`lone-${where}.pdf`, bytes);
      expect(raw.pages.map((p) => p.text)).toEqual(["全区社会组织共751家\n号"]);
    },
  );

  it("reads the same bytes twice (the parser does not keep or detach the caller's buffer)", async () => {
    const bytes = bytesOf("pdf", "fumin-2023-32.pdf");
    const a = await readDocument("a.pdf", bytes);
    const b = await readDocument("b.pdf", bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect(b.pages).toEqual(a.pages);
  });
});

describe("pdf.js leaves the engine's built-ins as it found them", () => {
  // The legacy pdf.js build swaps in slower code of its own for Array.prototype.push and JSON.parse,
  // and makes this realm's Function.prototype.toString call it native: a fresh realm's tells.
  const sourceOf = runInNewContext("Function.prototype.toString") as (this: unknown) => string;
  const native = (f: unknown) => sourceOf.call(f).includes("[native code]");

  it("after a read with pdf.js and after explaining a PDF without text", async () => {
    await readDocument("a.pdf", bytesOf("pdf", "fumin-2023-32.pdf"), { pdfEngine: "pdfjs" });
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    await explainMissingText(bytesOf("bad", "scanned-fumin-2023-32.pdf"));
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
  });
});

describe("why a PDF gave no text", () => {
  it("says fonts when text is drawn but not decoded, OCR when nothing is drawn as text", async () => {
    const font = await explainMissingText(bytesOf("odd", "cidfont-fumin-2024-25.pdf"));
    expect(font.code).toBe("E_FONT");
    expect(font.message).toMatch(/fonts/);
    const scan = await explainMissingText(bytesOf("bad", "scanned-fumin-2023-32.pdf"));
    expect(scan.code).toBe("E_NO_TEXT_LAYER");
  });

  it("PDFium tells a scan itself, in pdf.js's words; a page that draws nothing it leaves to pdf.js", async () => {
    const scan = bytesOf("bad", "scanned-fumin-2023-32.pdf");
    await expect(readPdfiumPages(scan)).rejects.toMatchObject({
      code: "E_NO_TEXT_LAYER",
      message: (await explainMissingText(scan)).message,
    });
    for (const name of readdirSync(join(corpus, "scanned")).filter((f) => f.endsWith(".pdf"))) {
      await expect(readPdfiumPages(bytesOf("scanned", name)), name).rejects.toMatchObject({
        code: "E_NO_TEXT_LAYER",
        message: expect.stringMatching(/pages hold \d+ images and no text/),
      });
    }
    expect(await readPdfiumPages(blankPdf())).toBeNull();
  });
});

describe("DOCX", () => {
  it("reads one page without a number, one line a paragraph", async () => {
    const raw = await readDocument("fumin-2024-25.docx", bytesOf("docx", "fumin-2024-25.docx"));
    expect(raw.format).toBe("docx");
    expect(raw.pages.length).toBe(1);
    expect(raw.pages[0]?.number).toBeNull();
    expect(raw.pages[0]?.text.split("\n").slice(0, 3)).toEqual([
      "深圳市福田区民政局",
      "福民函〔2024〕25 号",
      "关于建立社会组织人才保障体系的建议第 20240061 号的答复",
    ]);
  });

  it("keeps headings and tables", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              text: "關於社會組織的統計",
              heading: HeadingLevel.TITLE,
              alignment: AlignmentType.CENTER,
            }),
            new Paragraph({ text: "一、基本情況", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun("全區共有社會組織"),
                new TextRun({ text: "751", bold: true }),
                new TextRun("家。"),
              ],
            }),
            new Table({
              rows: [
                new TableRow({ children: [cell("類別"), cell("數量")] }),
                new TableRow({ children: [cell("社會團體"), cell("306")] }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph("民辦非企業"), new Paragraph("單位")] }),
                    cell("445"),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const raw = await readDocument("made.docx", bytes);
    expect(raw.pages[0]?.text).toBe(
      [
        "關於社會組織的統計",
        "# 一、基本情況",
        "全區共有社會組織751家。",
        "類別\t數量",
        "社會團體\t306",
        "民辦非企業 單位\t445",
      ].join("\n"),
    );
  });
});

describe("htmlToLines", () => {
  it("numbers the items of numbered lists, by level", () => {
    const html =
      "<ol><li>基本情况<ol><li>社会组织</li><li>社工队伍</li></ol></li><li>主要做法</li></ol><ul><li>要点</li></ul>";
    expect(htmlToLines(html)).toEqual(["1. 基本情况", "(1) 社会组织", "(2) 社工队伍", "2. 主要做法", "要点"]);
  });

  it("decodes entities, splits at <br>, marks headings and flattens tables", () => {
    const html =
      "<h2>附件&nbsp;1</h2><p>A &amp; B &lt;深圳&gt;<br />第二行</p><table><tr><th><p>序号</p></th><td><p>名称</p></td></tr>" +
      "<tr><td><p>1</p></td><td><table><tr><td>内</td><td>表</td></tr></table></td></tr></table><p></p>";
    expect(htmlToLines(html)).toEqual(["# 附件\u00a01", "A & B <深圳>", "第二行", "序号\t名称", "1\t内 表"]);
  });
});
