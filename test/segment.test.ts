import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMetadata } from "../pipeline/metadata/metadata.js";
import { headingOf } from "../pipeline/segment/headings.js";
import { segment } from "../pipeline/segment/segment.js";
import type { CleanDocument } from "../schemas/document.js";
import { checkGolden } from "./helpers/golden.js";
import { CORPUS, filesIn, processFile } from "./helpers/pipeline.js";

describe("golden sections and sentences per sample document", () => {
  for (const format of ["txt", "docx", "pdf", "odd"]) {
    for (const path of filesIn(join(CORPUS, format))) {
      it(`${format}/${basename(path)}`, async () => {
        const { doc } = await processFile(path);
        const sections = doc.sections
          .map((s) => `${s.id}\t${s.parent ?? ""}\t${s.level}\t${s.marker}\t${s.title}\t${s.start}-${s.end}`)
          .join("\n");
        const sentences = doc.sentences
          .map((s) => `${s.id}\t${s.section ?? ""}\t${s.page ?? ""}\t${s.kind}\t${s.text}`)
          .join("\n");
        const name = `${format}-${basename(path).replace(/\.[^.]+$/, "")}`;
        expect(checkGolden(name, "sections.tsv", `${sections}\n`)).toBeNull();
        expect(checkGolden(name, "sentences.tsv", `${sentences}\n`)).toBeNull();
        for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      });
    }
  }
});

describe("headings", () => {
  it.each([
    ["一、区社会组织基本情况", "heading", { level: 1, marker: "一、", title: "区社会组织基本情况" }],
    [
      "（二）开展区社会组织人才培训工作。以等级评估为抓手，每年制定方案。",
      "paragraph",
      { level: 2, marker: "（二）", title: "开展区社会组织人才培训工作" },
    ],
    ["(十八) 加强宣传引导。", "paragraph", { level: 2, marker: "(十八)", title: "加强宣传引导" }],
    ["3. 规范项目管理", "heading", { level: 3, marker: "3.", title: "规范项目管理" }],
    ["（1）建立台账", "heading", { level: 4, marker: "（1）", title: "建立台账" }],
    ["附件 1", "heading", { level: 1, marker: "附件1", title: "" }],
    ["第二章 登记管理", "heading", { level: 1, marker: "第二章", title: "登记管理" }],
  ] as const)("%s", (line, kind, expected) => expect(headingOf(line, kind)).toEqual(expected));

  it.each(["1.21亿元资助项目", "一是聚焦机制完善", "2024年工作要点", "截至2024年5月底，共751家。"])(
    "%s is no heading",
    (line) => expect(headingOf(line, "paragraph")).toBeNull(),
  );
});

describe("sentences", () => {
  it("split at 。！？ outside brackets and quotes, with sections nested by level", () => {
    const text =
      "一、基本情况\n截至2024年5月底，共751家（含“双百工程”。）。其中社会团体306家！\n（一）做法\n推进工作？是的";
    const lines = text.split("\n");
    let at = 0;
    const doc = {
      text,
      lines: lines.map((l, i) => {
        const line = {
          kind: i % 2 === 0 ? ("heading" as const) : ("paragraph" as const),
          start: at,
          end: at + l.length,
        };
        at += l.length + 1;
        return line;
      }),
      map: { page: new Int32Array(text.length), offset: new Int32Array(text.length) },
    } as unknown as CleanDocument;
    const segmented = segment(doc, readMetadata(doc));
    expect(segmented.sentences.map((s) => [s.text, s.section, s.kind])).toEqual([
      ["一、基本情况", 0, "heading"],
      ["截至2024年5月底，共751家（含“双百工程”。）。", 0, "paragraph"],
      ["其中社会团体306家！", 0, "paragraph"],
      ["（一）做法", 1, "heading"],
      ["推进工作？", 1, "paragraph"],
      ["是的", 1, "paragraph"],
    ]);
    expect(segmented.sections.map((s) => [s.marker, s.parent, s.level])).toEqual([
      ["一、", null, 1],
      ["（一）", 0, 2],
    ]);
  });

  it("split at an ASCII full stop after Chinese text or a percent sign, not inside a number", () => {
    const text = "全市社会组织比上年增长4.5%.市本级登记312家.其中基金会6家";
    const doc = {
      text,
      lines: [{ kind: "paragraph" as const, start: 0, end: text.length }],
      map: { page: new Int32Array(text.length), offset: new Int32Array(text.length) },
    } as unknown as CleanDocument;
    expect(segment(doc, readMetadata(doc)).sentences.map((s) => s.text)).toEqual([
      "全市社会组织比上年增长4.5%.",
      "市本级登记312家.",
      "其中基金会6家",
    ]);
  });
});
