import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { depths, startAfter } from "../extractors/context/context.js";
import { blockedSpans } from "../extractors/quantities/quantityNames.js";
import {
  fold,
  isCjk,
  isCnDigit,
  isCnNumeral,
  isCnStart,
  isMultiplier,
} from "../extractors/quantities/quantityText.js";
import { matchUnit } from "../extractors/quantities/units.js";
import { anyCharacter } from "./helpers/anyCharacter.js";

describe("fold", () => {
  it("turns full-width ASCII into ASCII and traditional number words into simplified ones", () => {
    expect(fold("截至２０２４年，舉辦１２３個項目（萬元）")).toBe("截至2024年,举办123个项目(万元)");
    expect(fold("增长\u3000３﹪，一∶二，3〜5")).toBe("增长 3%,一:二,3~5");
  });

  it("returns a text with nothing to fold as it is", () => {
    const text = "社会组织共有751家";
    expect(fold(text)).toBe(text);
  });

  it("keeps every offset: one character for one", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCharacter }), (text) => {
        const folded = fold(text);
        expect(folded.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code >= 0xff01 && code <= 0xff5e) expect(folded.charCodeAt(i)).toBe(code - 0xfee0);
        }
      }),
    );
  });
});

describe("character classes", () => {
  /** Which characters of `text` are in the class, as 1s and 0s. */
  const marks = (text: string, inClass: (ch: string) => boolean) =>
    [...text].map((ch) => (inClass(ch) ? "1" : "0")).join("");

  it("tell Chinese numerals apart character by character", () => {
    expect(marks("一两十廿壹万点个", isCnDigit)).toBe("11001000");
    expect(marks("一两十廿壹万点个", isCnStart)).toBe("11111000");
    expect(marks("一十万亿点个5", isCnNumeral)).toBe("1111100");
    expect(marks("十百千万亿拾一", isMultiplier)).toBe("1111110");
    expect(marks("社a，", isCjk)).toBe("100");
    expect([isCnStart(undefined), isCjk(undefined)]).toEqual([false, false]);
  });
});

describe("blockedSpans", () => {
  const blocked = (text: string) => [...text].map((_, i) => blockedSpans(text)(i));

  it("blocks plan names, slogans, formulas and dates written with separators", () => {
    expect(blockedSpans("落实“两个维护”要求")(3)).toBe(7);
    expect(blockedSpans("十四五期间新建10个")(0)).toBe(3);
    expect(blockedSpans("7×24小时服务")(0)).toBe(4);
    expect(blockedSpans("截至2024-05-31共有")(2)).toBe(12);
    // A page's date run into a lead that opens with its day: the date's day is its two digits.
    expect(blockedSpans("召开2023-02-222月14日")(2)).toBe(12);
    expect(blockedSpans("一年覆盖、两年规范、三年提升")(0)).toBe(14);
  });

  it("blocks nothing in a text without a digit, Arabic or Chinese", () => {
    expect(new Set(blocked("社会组织登记管理工作稳步推进"))).toEqual(new Set([-1]));
    expect(new Set(blocked("共有社会组织751家"))).toEqual(new Set([-1]));
  });
});

describe("depths", () => {
  it("counts open brackets and quotes before each character, never below zero", () => {
    expect(depths("a（b“c”）)d")).toEqual([0, 0, 1, 1, 2, 1, 0, 0, 0]);
  });

  it("gives both halves of a character outside the basic plane the same depth", () => {
    expect(depths("（𠀀）")).toEqual([0, 1, 1, 0]);
  });
});

describe("startAfter", () => {
  it("is where the text after the last mark at or before a position starts", () => {
    const text = "全市共有社会组织751家，其中社会团体320家；基金会12家";
    expect(startAfter(text, "，；", text.indexOf("320"))).toBe(text.indexOf("其中"));
    expect(startAfter(text, "，；", text.indexOf("基金会"))).toBe(text.indexOf("基金会"));
    expect(startAfter(text, "。", text.length)).toBe(0);
    expect(startAfter(text, "，", text.indexOf("，"))).toBe(text.indexOf("，") + 1);
    expect(startAfter(text, "，", text.indexOf("，") - 1)).toBe(0);
  });
});

describe("matchUnit", () => {
  it("finds the longest unit at a position, and none where no unit starts", () => {
    expect(matchUnit("3万元以上", 1)?.form).toBe("万元");
    expect(matchUnit("12个百分点", 2)?.form).toBe("个百分点");
    expect(matchUnit("5家庭", 1)).toBeNull();
    expect(matchUnit("5社会组织", 1)).toBeNull();
    expect(matchUnit("5", 1)).toBeNull();
  });
});
