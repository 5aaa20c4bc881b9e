import { describe, expect, it } from "vitest";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";

/** The core facts of a text, as metric=value@as_of, sorted. */
const facts = async (text: string) =>
  processDocument(await readDocument("t.txt", new TextEncoder().encode(text)))
    .facts.filter((f) => f.metric !== "other")
    .map((f) => `${f.metric}=${f.value}@${f.asOf}`)
    .sort();

describe("a table's column of another period than its own", () => {
  it("gives no figure of 上年末, 上年同期 or 去年同期, whichever side of the current column it stands", async () => {
    const current = ["social_org.total=2310@2024", "social_work.certified_workers=645@2024"];
    expect(
      await facts(
        "某县2024年民政统计数据\n指标 | 本年末 | 上年末\n社会组织（个） | 2310 | 2208\n持证社会工作者（人） | 645 | 590",
      ),
    ).toEqual(current);
    expect(
      await facts(
        "某县2024年民政统计数据\n指标 | 上年末 | 本年末\n社会组织（个） | 2208 | 2310\n持证社会工作者（人） | 590 | 645",
      ),
    ).toEqual(current);
    expect(
      await facts(
        "某县民政统计数据\n项目 | 2024年 | 上年同期\n社会组织（个） | 2310 | 2208\n持证社会工作者（人） | 645 | 590",
      ),
    ).toEqual(current);
    expect(
      await facts("某县民政统计数据\n项目 | 2024年 | 去年同期（人）\n持证社会工作者（人） | 645 | 590"),
    ).toEqual(["social_work.certified_workers=645@2024"]);
  });

  it("keeps an indicator table's current column, and every column of a year", async () => {
    expect(
      await facts(
        "某县2024年9月民政统计月报\n指标名称 | 单位 | 本月 | 去年同期\n社会组织 | 个 | 2310 | 2208",
      ),
    ).toEqual(["social_org.total=2310@2024-09-30"]);
    expect(await facts("某县民政统计数据\n项目 | 2023年 | 2024年\n社会组织（个） | 2208 | 2310")).toEqual([
      "social_org.total=2208@2023",
      "social_org.total=2310@2024",
    ]);
  });
});
