import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findQuantities, readQuantities } from "../extractors/quantities/quantities.js";
import type { Quantity } from "../schemas/quantity.js";

/** One quantity as the case table writes it: value unit [qualifier] [max=] [ratio=] [per=]. */
function compact(q: Quantity): string {
  return [
    String(q.value),
    q.unit || "-",
    q.qualifier === "exact" ? "" : q.qualifier,
    q.max !== undefined ? `max=${q.max}` : "",
    q.ratio ? `ratio=${q.ratio.join(":")}` : "",
    q.per !== undefined ? `per=${q.per}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

const normalise = (expected: string): string =>
  expected === "-"
    ? ""
    : expected
        .split("|")
        .map((item) => item.trim().split(/\s+/).sort(byField).join(" "))
        .join(" | ");

/** Fields after value and unit may come in any order in the table. */
function byField(a: string, b: string): number {
  const rank = (s: string) => (/^[\d.-]/.test(s) ? 0 : /=/.test(s) ? 2 : 1);
  return rank(a) - rank(b);
}

const CASES = readFileSync(new URL("./input/quantities-cases.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => {
    const [input = "", expected = ""] = line.split("\t");
    return [input.replaceAll("\\t", "\t"), expected.trim()] as const;
  });

describe("findQuantities: the case table", () => {
  it("has at least 150 cases, a third of them with nothing to find", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(CASES.filter(([, e]) => e === "-").length).toBeGreaterThan(50);
  });

  it.each(CASES)("%s", (input, expected) => {
    const got = findQuantities(input).map(compact).join(" | ");
    expect(normalise(got)).toBe(normalise(expected));
  });
});

describe("findQuantities: spans and written forms", () => {
  it("keeps qualifier words and the unit in the text, and the number's own span", () => {
    const input = "截至2023年6月，全区共有3万余名志愿者";
    const [q] = findQuantities(input);
    expect(q).toMatchObject({ text: "3万余名", value: 30000, unit: "person", unitText: "名", kind: "count" });
    expect(input.slice(q!.numberStart, q!.numberEnd)).toBe("3万");
    expect(input.slice(q!.start, q!.end)).toBe("3万余名");
  });

  it("writes money units with their multiplier: 万元, 亿元", () => {
    const [a, b] = findQuantities("整体打包费标准不低于16.3万元/人/年，资助总金额约1.21亿元");
    expect(a).toMatchObject({ text: "不低于16.3万元/人/年", unitText: "万元", per: "人/年", kind: "money" });
    expect(b).toMatchObject({ text: "约1.21亿元", unitText: "亿元", value: 121000000, qualifier: "nearly" });
  });

  it("reads a bound said before the rate a figure is paid at: 不低于每人每年…", () => {
    const [a] = findQuantities("项目经费标准不低于每人每年11.8万元");
    expect(a).toMatchObject({ value: 118000, qualifier: "at_least", per: "人每年" });
    const [b] = findQuantities("站点运营补助不超过每个站点每月2000元");
    expect(b).toMatchObject({ value: 2000, qualifier: "at_most", per: "个站点每月" });
    // Only a bound that reaches over a phrase: 约 before a rate is no bound of the figure.
    const [c] = findQuantities("按每人每年6万元发放，约每年投入");
    expect(c).toMatchObject({ value: 60000, qualifier: "exact" });
  });

  it("spans the original text when it is written in full width or traditional characters", () => {
    const input = "舉辦活動１．７萬場次以上";
    const [q] = findQuantities(input);
    expect(q).toMatchObject({
      text: "１．７萬場次以上",
      value: 17000,
      unitText: "場次",
      qualifier: "more_than",
    });
  });

  it("gives a list item the unit written after the last item", () => {
    const input = "分别对区属811、766家社会组织";
    const [a, b] = findQuantities(input);
    expect(a).toMatchObject({ text: "811", value: 811, unit: "org", unitText: "家" });
    expect(b).toMatchObject({ text: "766家", value: 766, unit: "org" });
  });

  it("records both ends of a ratio whose side is a range", () => {
    const [q] = findQuantities("社区党群服务中心按1:(5-8)配备");
    expect(q).toMatchObject({ text: "1:(5-8)", kind: "ratio", ratio: [1, 5], ratioMax: [1, 8] });
    expect(q!.value).toBeCloseTo(0.125);
    expect(q!.max).toBeCloseTo(0.2);
  });

  it("reads 百分之 and 千分之 with their words as the unit", () => {
    const [q] = findQuantities("覆盖率达到百分之五十");
    expect(q).toMatchObject({
      text: "百分之五十",
      value: 50,
      unit: "percent",
      unitText: "百分之",
      kind: "percent",
    });
  });
});

describe("findQuantities: a level said with a bound", () => {
  it.each([
    ["总量跌破90万个", ["900000 item at_most"]],
    ["总量突破90万个", ["900000 item more_than"]],
    ["持证社工不足500人", ["500 person at_most"]],
  ])("%s", (input, expected) => {
    expect(findQuantities(input).map(compact)).toEqual(expected);
  });
});

describe("findQuantities: the rules for 一", () => {
  // 一 before a measure word is an article in running prose (一支队伍, 一批, 一个主体, 一大批) and
  // is counted only after a counting word (共, 共计, 累计, 新增, 仅, 达到, 各 …) or a level (区级一个);
  // with a unit that is not a count (一个月, 一年, 一个百分点) it is a quantity.
  it.each([
    ["成为一支重要专业力量", []],
    ["打造一批示范点", []],
    ["构筑一个主体多元的生态圈", []],
    ["每3年调整一次", ["3 year"]],
    ["区级一个，街道级十个", ["1 item", "10 item"]],
    ["全区累计一家", ["1 org"]],
    ["一个月内办结", ["1 month at_most"]],
    ["提高一个百分点", ["1 percentage_point"]],
  ])("%s", (input, expected) => {
    expect(findQuantities(input).map(compact)).toEqual(expected);
  });
});

describe("readQuantities: the reason each number is left out", () => {
  it.each([
    ["福民函〔2024〕25号", ["document_number", "number_sign"]],
    ["2024年5月31日", ["year", "month", "day_of_month"]],
    ["截至202311月底", ["month"]],
    ["联系电话：82918202", ["phone"]],
    ["第3批", ["ordinal"]],
    ["5A级", ["code"]],
    ["（二）", ["heading"]],
    ["加强党的建设", []],
    ["三是强化保障", ["no_unit"]],
    ["十四五", []],
    ["近三年", ["time_window"]],
    ["一支队伍", ["determiner"]],
    ["“两年规范”", ["name"]],
    ["持证社工人数位居全区前两位", ["ranking"]],
    ["志愿服务时长进入全省前10名", ["ranking"]],
    ["数十万人参与", ["vague"]],
    // 人数三万二千…: 数 ends the measure word before the figure, no vague 数.
    ["志愿者人数三万二千一百人", [null]],
  ])("%s", (input, reasons) => {
    expect(readQuantities(input).map((r) => r.rejected)).toEqual(reasons);
  });
});
