import { describe, expect, it } from "vitest";
import { run } from "./helpers/io.js";

// Every example the quantity normaliser was specified with, through `civstat quantities`.
// Each with its value, qualifier and unit (null: a bare number); null alone where the text holds no quantity.
const EXAMPLES: Array<[string, null] | [string, number, string, string | null]> = [
  ["59,395", 59395, "exact", null],
  ["１２３", 123, "exact", null],
  ["两个", 2, "exact", "item"],
  ["〇", null],
  ["一百零八个", 108, "exact", "item"],
  ["廿三家", 23, "exact", "org"],
  ["壹佰贰拾叁元", 123, "exact", "yuan"],
  ["7万5千4百人", 75400, "exact", "person"],
  ["3万余名", 30000, "more_than", "person"],
  ["1.21亿元", 121000000, "exact", "yuan"],
  ["十五个", 15, "exact", "item"],
  ["21.5%", 21.5, "exact", "percent"],
  ["百分之五十", 50, "exact", "percent"],
  ["千分之二", 2, "exact", "permille"],
  ["增加3个百分点", 3, "exact", "percentage_point"],
  ["超100场", 100, "more_than", "item"],
  ["逾千人", 1000, "more_than", "person"],
  ["50人以上", 50, "more_than", "person"],
  ["近2000家", 2000, "nearly", "org"],
  ["约1.2万人", 12000, "nearly", "person"],
  ["500人左右", 500, "nearly", "person"],
  ["不低于80%", 80, "at_least", "percent"],
  ["不少于80学时", 80, "at_least", "hour"],
  ["不超过15%", 15, "at_most", "percent"],
  ["10个以内", 10, "at_most", "item"],
  ["65-70", 65, "exact", null],
  ["3—5年", 3, "exact", "year"],
  ["3000至5000元", 3000, "exact", "yuan"],
  ["70:1", 70, "exact", "ratio"],
  ["16.3万元/人/年", 163000, "exact", "yuan"],
  ["3节次", 3, "exact", "item"],
  ["2套", 2, "exact", "item"],
  ["9279小时", 9279, "exact", "hour"],
  ["2024年5月", null],
  ["福民函〔2024〕25号", null],
  ["第20240061号", null],
  ["联系电话：82918202", null],
  ["一、", null],
  ["（二）", null],
  ["5A级", null],
];

describe("civstat quantities on the specified examples", () => {
  it("returns the right value, qualifier and unit for each", async () => {
    const result = await run(["quantities", "--format", "jsonl"], {
      stdin: EXAMPLES.map(([t]) => t).join("\n"),
    });
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const got = lines.map((l) => {
      const q = l.quantities[0];
      return q ? [l.input, q.value, q.qualifier, q.unit] : [l.input, null];
    });
    expect(got).toEqual(EXAMPLES);
  });

  it("keeps the upper end of a range and both sides of a ratio", async () => {
    const result = await run(["quantities", "3—5年"]);
    expect(JSON.parse(result.stdout).quantities[0]).toMatchObject({ value: 3, max: 5, unit: "year" });
    const ratio = await run(["quantities", "1:(5-8)"]);
    expect(JSON.parse(ratio.stdout).quantities[0]).toMatchObject({ ratio: [1, 5] });
  });
});
