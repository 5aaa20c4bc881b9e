import { describe, expect, it } from "vitest";
import { findDates, isoDate, parseDate, smallNumber } from "../extractors/dates.js";

describe("smallNumber", () => {
  it.each([
    ["2024", 2024],
    ["二〇二四", 2024],
    ["二零二零", 2020],
    ["十一", 11],
    ["十", 10],
    ["二十", 20],
    ["廿三", 23],
    ["三十一", 31],
    ["七", 7],
    ["", null],
    ["十十", null],
  ])("%s → %s", (text, expected) => expect(smallNumber(text)).toBe(expected));
});

describe("parseDate", () => {
  it.each([
    ["2024年6月7日", "2024-06-07"],
    ["2024 年 6 月 7 日", "2024-06-07"],
    ["二〇二〇年十一月二日", "2020-11-02"],
    ["二〇二一年一月二十八日", "2021-01-28"],
    ["截至2024年5月底", "2024-05-31"],
    ["截至 2024 年 2 月底", "2024-02-29"],
    ["截至2023年2月末", "2023-02-28"],
    ["2023年6月", "2023-06"],
    ["2022年底", "2022-12-31"],
    ["2021年", "2021"],
    ["2022年上半年", "2022-06-30"],
    ["2022.6.30", "2022-06-30"],
    ["2022-06-30", "2022-06-30"],
    ["2022/6/30", "2022-06-30"],
    ["2022年6月30号", "2022-06-30"],
    ["2024年13月", null],
    ["1.21亿元", null],
    ["第20240061号", null],
    ["0755-82918202", null],
  ])("%s → %s", (text, expected) => expect(parseDate(text)).toBe(expected));

  it("keeps offsets of every date in a sentence", () => {
    const text = "2021年、2022年分别对区属811、766家社会组织，截止2022年6月30日";
    expect(findDates(text).map((d) => [d.text, d.start, isoDate(d)])).toEqual([
      ["2021年", 0, "2021"],
      ["2022年", 6, "2022"],
      ["2022年6月30日", 31, "2022-06-30"],
    ]);
  });
});
