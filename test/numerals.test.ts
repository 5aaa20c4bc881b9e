import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumeral } from "../extractors/quantities/numerals.js";
import { findQuantities } from "../extractors/quantities/quantities.js";

const CASES: [string, number | null][] = [
  // Arabic, separators, full width, decimals
  ["0", 0],
  ["751", 751],
  ["59,395", 59395],
  ["59，395", 59395],
  ["1,234,567.5", 1234567.5],
  ["１２３", 123],
  ["２１．５", 21.5],
  ["21.5", 21.5],
  ["0.125", 0.125],
  [" 42 ", 42],
  // Chinese
  ["零", 0],
  ["〇", 0],
  ["十", 10],
  ["十五", 15],
  ["一十五", 15],
  ["二十", 20],
  ["一百零八", 108],
  ["一百一十", 110],
  ["一千零五十", 1050],
  ["两万", 20000],
  ["两千三百", 2300],
  ["三万五千", 35000],
  ["十万", 100000],
  ["二十万零三千", 203000],
  ["一亿零一万", 100010000],
  ["一万亿", 1e12],
  ["廿五", 25],
  ["卅", 30],
  ["廿", 20],
  // abbreviated last digit
  ["一万五", 15000],
  ["三千五", 3500],
  ["一百五", 150],
  // financial and traditional forms
  ["壹仟贰佰", 1200],
  ["壹万贰仟", 12000],
  ["伍拾", 50],
  ["叁佰零陆", 306],
  ["玖萬", 90000],
  ["兩萬", 20000],
  ["貳億", 200000000],
  // digit by digit
  ["二〇二四", 2024],
  ["二零二一", 2021],
  ["一九九八", 1998],
  // Chinese decimals
  ["三点五", 3.5],
  ["零点五", 0.5],
  ["三十五点五", 35.5],
  ["一点二一亿", 121000000],
  // Arabic with multipliers
  ["3万", 30000],
  ["3 万", 30000],
  ["1.21亿", 121000000],
  ["16.3万", 163000],
  ["7万5千4百", 75400],
  ["1亿2000万", 120000000],
  ["3千", 3000],
  ["5百万", 5000000],
  ["1,000万", 10000000],
  ["3万亿", 3e12],
  ["7万5", 75000],
  ["3万500", 30500],
  // not numbers
  ["", null],
  ["   ", null],
  ["万", null],
  ["百", null],
  ["千", null],
  ["亿", null],
  ["万万", null],
  ["十十", null],
  ["十四五", null],
  ["三百五百", null],
  ["3万4万", null],
  ["1亿亿", null],
  ["1 2", null],
  ["12,34", null],
  ["1,2345", null],
  ["5.", null],
  [".5", null],
  ["点五", null],
  ["abc", null],
  ["21.5%", null],
  ["三个", null],
  ["第一", null],
  ["十几", null],
  ["-5", null],
];

describe("parseNumeral", () => {
  it.each(CASES)("%s → %s", (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });
});

// A Chinese numeral formatter written independently of the parser, by the usual rules: 零 marks a
// gap, a leading 一十 is written 十, groups of four digits take 万, 亿 and 万亿.
const DIGITS = "零一二三四五六七八九";
const SMALL_UNITS = ["", "十", "百", "千"];

function group(n: number): string {
  let out = "";
  let gap = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) gap = true;
      continue;
    }
    if (gap) out += "零";
    gap = false;
    out += DIGITS[d]! + SMALL_UNITS[p]!;
  }
  return out;
}

function chinese(n: number): string {
  if (n === 0) return "零";
  const groups = [n % 1e4, Math.floor(n / 1e4) % 1e4, Math.floor(n / 1e8) % 1e4, Math.floor(n / 1e12)];
  const names = ["", "万", "亿", "万亿"];
  let out = "";
  let gap = false;
  for (let g = 3; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) {
      if (out) gap = true;
      continue;
    }
    if (out && (gap || v < 1000)) out += "零";
    gap = false;
    out += group(v) + names[g]!;
  }
  return out.replace(/^一十/, "十");
}

// biome-ignore format: a table
const FINANCIAL: Record<string, string> = {
  一: "壹", 二: "贰", 三: "叁", 四: "肆", 五: "伍", 六: "陆", 七: "柒", 八: "捌", 九: "玖",
  十: "拾", 百: "佰", 千: "仟", 万: "萬", 亿: "億",
};

const integers = fc.integer({ min: 0, max: 1e12 });

describe("parseNumeral round trips", () => {
  it("formats its own examples as expected", () => {
    expect(chinese(108)).toBe("一百零八");
    expect(chinese(100010000)).toBe("一亿零一万");
    expect(chinese(15)).toBe("十五");
    expect(chinese(1e12)).toBe("一万亿");
  });

  it("reads back any integer 0..1e12 written in Chinese", () => {
    fc.assert(fc.property(integers, (n) => parseNumeral(chinese(n)) === n));
  });

  it("reads back 两 for 2 before a multiplier and the financial forms", () => {
    fc.assert(
      fc.property(integers, (n) => {
        const text = chinese(n);
        const liang = text.replace(/二(?=[千万亿])/g, "两");
        const financial = [...text].map((c) => FINANCIAL[c] ?? c).join("");
        return parseNumeral(liang) === n && parseNumeral(financial) === n;
      }),
    );
  });

  it("reads back any integer written in Arabic with or without separators, half or full width", () => {
    fc.assert(
      fc.property(integers, (n) => {
        const grouped = n.toLocaleString("en-US");
        const wide = [...grouped.replaceAll(",", "，")]
          .map((c) => (/\d/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
          .join("");
        return parseNumeral(String(n)) === n && parseNumeral(grouped) === n && parseNumeral(wide) === n;
      }),
    );
  });

  it("scales decimals by 万 and 亿 without binary noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, "0")}`;
        return (
          parseNumeral(`${text}万`) === (whole * 100 + cents) * 100 &&
          parseNumeral(`${text}亿`) === (whole * 100 + cents) * 1e6
        );
      }),
    );
  });
});

const NUMERAL_CHARS = [
  ..."0123456789,.，．０１２３〇零一二两三四五六七八九十百千万亿廿卅点壹贰拾佰仟萬億 %-",
];

describe("never throws", () => {
  it("parseNumeral returns a finite number or null for any string", () => {
    const check = (s: string) => {
      const v = parseNumeral(s);
      return v === null || Number.isFinite(v);
    };
    fc.assert(fc.property(fc.string({ maxLength: 40 }), check));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...NUMERAL_CHARS), maxLength: 30 }), check));
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), check));
  });

  it("findQuantities returns well-formed spans for any string", () => {
    const chars = [...NUMERAL_CHARS, ..."年月日号第个家名人元万元%：:()（）、—~至以上余多近约超不低于每/"];
    const check = (s: string) => {
      for (const q of findQuantities(s)) {
        if (s.slice(q.start, q.end) !== q.text) return false;
        if (!(q.start <= q.numberStart && q.numberEnd <= q.end && Number.isFinite(q.value))) return false;
      }
      return true;
    };
    fc.assert(fc.property(fc.string({ maxLength: 60 }), check));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 60 }), check), {
      numRuns: 2000,
    });
  });
});
