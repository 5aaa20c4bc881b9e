import { describe, expect, it } from "vitest";
import { layOutOcrLines, mendDoubledBrackets, type OcrLine } from "../pipeline/read/ocrText.js";

/** A line OCR found in the box from (left, top) to (right, bottom). */
const line = (
  text: string,
  left: number,
  top: number,
  right: number,
  bottom: number,
  mean = 0.99,
): OcrLine => ({
  text,
  mean,
  box: [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ],
});

describe("OCR lines laid out as a page", () => {
  it("puts rows top to bottom whatever order OCR found them in", () => {
    const text = layOutOcrLines([line("第二行", 100, 200, 400, 240), line("第一行", 100, 100, 400, 140)]);
    expect(text).toBe("第一行\n第二行");
  });

  it("joins boxes of one row left to right, a wide gap making a table cell", () => {
    const text = layOutOcrLines([
      line("个", 700, 102, 740, 142),
      line("社会团体", 100, 100, 300, 140),
      line("4691", 1000, 104, 1100, 144),
    ]);
    expect(text).toBe("社会团体\t个\t4691");
  });

  it("keeps a row whose boxes drift down with a slightly rotated scan", () => {
    const text = layOutOcrLines([
      line("共有10个街道，", 100, 100, 700, 140),
      line("92个社区", 720, 112, 1000, 152),
    ]);
    expect(text).toBe("共有10个街道，92个社区");
  });

  it("spaces Latin words apart and drops specks read with little confidence", () => {
    const text = layOutOcrLines([
      line("PP-OCR", 100, 100, 300, 140),
      line("v4", 310, 100, 360, 140),
      line("·", 900, 400, 910, 410, 0.3),
    ]);
    expect(text).toBe("PP-OCR v4");
  });

  it("keeps one bracket where OCR read a document number's bracket twice", () => {
    expect(mendDoubledBrackets("福民函〔[2024]25号")).toBe("福民函〔2024]25号");
    expect(mendDoubledBrackets("福民函[2023]]32号")).toBe("福民函[2023]32号");
    expect(mendDoubledBrackets("见表[1]和【附件】")).toBe("见表[1]和【附件】");
  });
});
