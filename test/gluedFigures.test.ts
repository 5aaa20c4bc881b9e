import { describe, expect, it } from "vitest";
import { gluedFigureCuts } from "../pipeline/normalize/gluedFigures.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";

/** The core facts of a text, as metric=value@as_of, sorted. */
const facts = async (text: string) =>
  processDocument(await readDocument("q.txt", new TextEncoder().encode(text)))
    .facts.filter((f) => f.metric !== "other")
    .map((f) => `${f.metric}=${f.value}@${f.asOf}`)
    .sort();

/** Each line of a page cut where the glued rows begin. */
const cut = (lines: string[]) =>
  gluedFigureCuts(lines).flatMap((starts, n) => {
    const line = lines[n] ?? "";
    return [0, ...starts].map((at, i) => line.slice(at, starts[i]));
  });

describe("a statistics table whose rows a copy glued together with no spaces", () => {
  it("keeps a header whole whose further columns are named in words (九月份, 本季度末)", async () => {
    expect(cut(["指标名称 单位 代码 数量 九月份 环比", "6.街道 JZH011113000 36 36"])[0]).toBe(
      "指标名称 单位 代码 数量 九月份 环比",
    );
    expect(
      await facts(
        "民政统计季报表(2024年10月)\n发文日期: 2024-11-13\n地区编码:430500000000 2024年10月 批准文号:国统制[2023]83号\n指标名称 单位 代码 数量 九月份 环比\n1.镇 JZH011111000 114 114\n2.街道 JZH011113000 36 36",
      ),
    ).toEqual(["community.streets=36@2024-10-31"]);
  });

  it("ends a row's figure where the next row's label begins", () => {
    expect(
      cut([
        "某市2023年6月民政统计",
        "打印本页指标名称单位数量一、社区服务",
        "街道72区公所",
        "社会组织合计1203其中：社会团体560",
      ]),
    ).toEqual([
      "某市2023年6月民政统计",
      "打印本页",
      "指标名称单位数量",
      "一、社区服务",
      "街道72",
      "区公所",
      "社会组织合计1203",
      "其中：社会团体560",
    ]);
  });

  it("cuts the next row's ordinal off the figure it is glued to, by the ordinal before it", () => {
    expect(
      cut(["指 标 单 位 数 量一、综合1.行政区划镇 个 318", "街道办事处 个 8642.社会服务支出 亿元 12.5"]),
    ).toEqual([
      "指 标 单 位 数 量",
      "一、综合1.行政区划镇 个 318",
      "街道办事处 个 864",
      "2.社会服务支出 亿元 12.5",
    ]);
    expect(
      cut([
        "指标名称 单位 代码 数量 上季度",
        "(一)乡级行政区划 ABC011110000 512 5121.镇 ABC011111000 301 3012.街道 ABC011113000 97 973.区公所",
      ]),
    ).toEqual([
      "指标名称 单位 代码 数量 上季度",
      "(一)乡级行政区划 ABC011110000 512 512",
      "1.镇 ABC011111000 301 301",
      "2.街道 ABC011113000 97 97",
      "3.区公所",
    ]);
  });

  it("leaves units, dates and ordinals after a label alone, and lines with no header or after a sentence", () => {
    expect(
      cut([
        "指标名称单位数量",
        "养老机构床位万张11.3",
        "三、民政机构和设施1.提供住宿的民政机构 617",
        "2023年6月",
      ]),
    ).toEqual([
      "指标名称单位数量",
      "养老机构床位万张11.3",
      "三、民政机构和设施1.提供住宿的民政机构 617",
      "2023年6月",
    ]);
    expect(
      cut([
        "拨打12345热线反映",
        "指标名称单位数量",
        "全市现有社区服务站200余个，街道72区公所3个。",
        "街道72区公所",
      ]),
    ).toEqual([
      "拨打12345热线反映",
      "指标名称单位数量",
      "全市现有社区服务站200余个，街道72区公所3个。",
      "街道72区公所",
    ]);
  });

  it("reads the streets and social organisations of the glued rows", async () => {
    const text = [
      "某市2023年6月社会服务统计报表",
      "打印本页指标名称单位数量一、民政事业费累计支出亿元3.4",
      "二、乡级行政区划单位镇14乡3",
      "街道72区公所",
      "三、社会组织个1203其中：社会团体个560",
    ].join("\n");
    expect(await facts(text)).toEqual([
      "community.streets=72@2023-06-30",
      "social_org.social_groups=560@2023-06-30",
      "social_org.total=1203@2023-06-30",
    ]);
  });
});
