import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CFB, utils, write } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { docLines } from "../pipeline/read/doc.js";
import { readDocument } from "../pipeline/read/read.js";
import { rowsToLines } from "../pipeline/read/sheet.js";
import { CORPUS, filesIn, INPUT, processFile, readError, scoredFactsOf } from "./helpers/pipeline.js";
import { loadExpected, type ScoredFact, score } from "./helpers/score.js";
import { storedZip } from "./helpers/zip.js";

const LEGACY = join(CORPUS, "legacy");
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(LEGACY, file)));

describe("Word 97–2003 documents", () => {
  it("give the expected facts of the sample corpus, as the DOCX form does", async () => {
    const facts = await scoredFactsOf(filesIn(LEGACY, /\.doc$/));
    const result = score(loadExpected(join(INPUT, "expected-facts.json")), facts);
    expect({ missing: result.missing, wrong: result.wrong }).toEqual({ missing: [], wrong: [] });
    const key = (f: ScoredFact) => `${f.doc_number} ${f.metric} ${f.value} ${f.as_of}`;
    const docx = await scoredFactsOf(filesIn(join(CORPUS, "docx"), /\.docx$/));
    expect(facts.map(key).sort()).toEqual(docx.map(key).sort());
  });

  it("keep “”, — and the document number as written", async () => {
    const raw = await readDocument("fumin-2023-32.doc", bytesOf("fumin-2023-32.doc"));
    expect(raw.format).toBe("doc");
    expect(raw.pages).toHaveLength(1);
    expect(raw.pages[0]?.text).toContain("福民函〔2023〕32号");
    expect(raw.pages[0]?.text).toContain("“双百工程”");
  });

  it("keep a table row a line, its cells apart by tabs", () => {
    expect(docLines("表一\r指标\t数量\t\r社会团体\t4691\t\r")).toBe("表一\n指标\t数量\n社会团体\t4691");
  });

  it("name a password-protected file", async () => {
    const container = CFB.read(bytesOf("fumin-2024-25.doc"), { type: "buffer" });
    const word = CFB.find(container, "/WordDocument");
    if (!word?.content) throw new Error("no WordDocument stream");
    const fib = Buffer.from(word.content as Uint8Array);
    fib.writeUInt16LE(fib.readUInt16LE(0x0a) | 0x0100, 0x0a);
    word.content = fib;
    const locked = new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
    expect(await readError("locked.doc", locked)).toEqual({
      code: "E_ENCRYPTED",
      message: "password-protected Word document: remove the password first",
    });
  });

  it("name a .doc that is no Word file, and a cut-off one", async () => {
    expect((await readError("x.doc", new Uint8Array([1, 2, 3, 0, 0, 250, 251, 7, 0]))).code).toBe(
      "E_BAD_DOC",
    );
    const cut = await readError("cut.doc", bytesOf("fumin-2024-25.doc").subarray(0, 4096));
    expect(cut.code).toBe("E_BAD_DOC");
    expect(cut.message).not.toContain("\n");
  });
});

describe("spreadsheets", () => {
  it("read each sheet as a page, the title row first, cells apart by tabs, in .xlsx and .xls alike", async () => {
    const xlsx = await readDocument("stats.xlsx", bytesOf("shenzhen-2020q2-stats.xlsx"));
    const xls = await readDocument("stats.xls", bytesOf("shenzhen-2020q2-stats.xls"));
    expect([xlsx.format, xls.format]).toEqual(["xlsx", "xls"]);
    expect(xls.pages).toEqual(xlsx.pages);
    const lines = xlsx.pages[0]?.text.split("\n") ?? [];
    expect(lines[0]).toBe("2020年2季度深圳民政统计季报");
    expect(lines).toContain("指标\t单位\t数量");
    expect(lines).toContain("社会团体\t个\t4691");
  });

  it("give the table's core facts for 深圳市 as of the quarter's end", async () => {
    for (const file of ["shenzhen-2020q2-stats.xlsx", "shenzhen-2020q2-stats.xls"]) {
      const { facts } = await processFile(join(LEGACY, file));
      const core = facts
        .filter((f) => f.metric !== "other")
        .map((f) => `${f.metric} ${f.value} ${f.asOf} ${f.region}`);
      expect(core).toEqual(
        expect.arrayContaining([
          "community.streets 74 2020-06-30 深圳市",
          "social_org.social_groups 4691 2020-06-30 深圳市",
          "social_org.private_non_enterprise 5803 2020-06-30 深圳市",
          "social_org.foundations 411 2020-06-30 深圳市",
        ]),
      );
    }
  });

  it("read a CSV as one sheet, quoted cells kept whole", async () => {
    const csv = '\uFEFF2023年社会组织统计表\n指标,单位,数量\n社会团体,家,"1,234"\n\n基金会,家,56\n';
    const raw = await readDocument("stats.csv", new TextEncoder().encode(csv));
    expect(raw.format).toBe("csv");
    expect(raw.encoding).toBe("utf-8-bom");
    expect(raw.pages).toEqual([
      { number: 1, text: "2023年社会组织统计表\n指标\t单位\t数量\n社会团体\t家\t1,234\n基金会\t家\t56" },
    ]);
  });

  it("make every sheet a page of its own", async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([["一季度"], ["街道", "个", 74]]), "Q1");
    utils.book_append_sheet(book, utils.aoa_to_sheet([]), "空表");
    utils.book_append_sheet(book, utils.aoa_to_sheet([["二季度"], ["街道", "个", 75]]), "Q2");
    const bytes = new Uint8Array(write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const raw = await readDocument("book.xlsx", bytes);
    expect(raw.pages.map((p) => p.text)).toEqual(["一季度\n街道\t个\t74", "", "二季度\n街道\t个\t75"]);
    expect(raw.warnings).toEqual(["empty sheets: 空表"]);
  });

  it("leave out empty rows and trailing empty cells, and keep a cell's line breaks inside it", () => {
    expect(
      rowsToLines([
        ["标题", "", ""],
        ["", "", ""],
        ["社会\n团体", "家", 4691, ""],
      ]),
    ).toEqual(["标题", "社会 团体\t家\t4691"]);
  });

  it("name a corrupt workbook, a password-protected one and a zip that holds none", async () => {
    const cut = await readError("cut.xlsx", bytesOf("shenzhen-2020q2-stats.xlsx").subarray(0, 3000));
    expect(cut.code).toBe("E_BAD_SHEET");
    expect(cut.message).toMatch(/^broken Excel workbook \(\.xlsx\): damaged or cut off/);
    expect(cut.message).not.toContain("\n");
    const cutXls = await readError("cut.xls", bytesOf("shenzhen-2020q2-stats.xls").subarray(0, 3000));
    expect(cutXls.code).toBe("E_BAD_SHEET");
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, "/EncryptionInfo", Buffer.from([4, 0, 4, 0]));
    CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(64));
    const locked = new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
    expect((await readError("locked.xlsx", locked)).code).toBe("E_ENCRYPTED");
    expect((await readError("none.xlsx", storedZip({ "readme.txt": "hello" }))).code).toBe("E_BAD_SHEET");
  });
});
