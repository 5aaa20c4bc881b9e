import { describe, expect, it } from "vitest";
import { interrupts, isCaptionLine, isPageJunk } from "../extractors/tables/interruptions.js";
import { readDocument } from "../pipeline/read/read.js";
import { processDocument } from "../pipeline/run/process.js";

/** Lines a web page or a PDF leaves between the rows of a table. */
const JUNK: Record<string, string> = {
  "a blank line": "",
  "an advert": "最新影视免费在线观看 无需下载",
  "an advert with punctuation": "限时特惠，注册即送88元红包！点击进入",
  "a byline": "来源:区民政局 编辑:周敏",
  "a byline with punctuation": "来源：某某网，责任编辑：刘洋",
  "a share line": "分享到:微信 微博 QQ空间",
  "a page number": "第 2 页",
  "a page number in dashes": "- 3 -",
  "a crumb": "首页 > 政务公开 > 统计数据",
  "a footnote's mark": "①",
  "a short note": "注:*为快报数",
};

async function coreFacts(text: string): Promise<string[]> {
  const { facts } = processDocument(await readDocument("t.txt", new TextEncoder().encode(text)));
  return facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}@${f.region}`);
}

const asTabs = (lines: readonly string[]) =>
  lines.map((l) =>
    l.includes("|")
      ? l
          .replace(/\s*\|\s*$/, "")
          .split(/\s*\|\s*/)
          .join("\t")
      : l,
  );

/** `lines` with `junk` put in before line `at`, in pipes or tabs. */
const withJunk = (lines: readonly string[], at: number, junk: string | null, tabs: boolean) => {
  const out = [...lines];
  if (junk !== null) out.splice(at, 0, junk);
  return (tabs ? asTabs(out) : out).join("\n");
};

const QUARTERLY = [
  "2022年4季度漳州民政统计季报",
  "指标名称 | 单位 | 本期 | 上期 |",
  "一、区划 |",
  "街道 | 个 | 15 | 15 |",
  "二、社会组织 |",
  "社会团体 | 个 | 1,820 | 1,790 |",
  "民办非企业单位 | 个 | 2,460 | 2,400 |",
  "基金会 | 个 | 38 | 36 |",
];
const QUARTERLY_FACTS = [
  "community.streets=15",
  "social_org.social_groups=1820",
  "social_org.private_non_enterprise=2460",
  "social_org.foundations=38",
].map((f) => `${f}@2022-12-31@null`);

const PLACES = [
  "2023年区民政工作统计",
  "表1 2023年末各区社会组织数量（单位：家）",
  "区域 | 社会团体 | 民办非企业单位 |",
  "福田区 | 410 | 620 |",
  "南山区 | 305 | 512 |",
  "罗湖区 | 233 | 356 |",
];
const PLACES_FACTS = [
  "social_org.social_groups=410@2023-12-31@福田区",
  "social_org.private_non_enterprise=620@2023-12-31@福田区",
  "social_org.social_groups=305@2023-12-31@南山区",
  "social_org.private_non_enterprise=512@2023-12-31@南山区",
  "social_org.social_groups=233@2023-12-31@罗湖区",
  "social_org.private_non_enterprise=356@2023-12-31@罗湖区",
];

describe("a line that is no row, inside a table", () => {
  for (const tabs of [false, true]) {
    const form = tabs ? "tabs" : "pipes";
    it.each(Object.keys(JUNK))(`leaves a row of a quarterly table its label (${form}): %s`, async (kind) => {
      expect(await coreFacts(withJunk(QUARTERLY, 5, JUNK[kind] ?? null, tabs))).toEqual(QUARTERLY_FACTS);
    });

    it.each(Object.keys(JUNK))(`leaves the rows after it their header (${form}): %s`, async (kind) => {
      expect(await coreFacts(withJunk(PLACES, 4, JUNK[kind] ?? null, tabs))).toEqual(PLACES_FACTS);
    });

    it.each(Object.keys(JUNK))(`between the header and the rows (${form}): %s`, async (kind) => {
      expect(await coreFacts(withJunk(PLACES, 3, JUNK[kind] ?? null, tabs))).toEqual(PLACES_FACTS);
    });

    it.each(["a page number", "a footnote's mark", "a crumb"])(
      `between the caption and the header leaves the caption its date (${form}): %s`,
      async (kind) => {
        expect(await coreFacts(withJunk(PLACES, 2, JUNK[kind] ?? null, tabs))).toEqual(PLACES_FACTS);
      },
    );
  }

  it("with figures of its own is read as the text it is", async () => {
    const text = withJunk(PLACES, 4, "另有基金会3家", false);
    expect((await coreFacts(text)).sort()).toEqual(
      [...PLACES_FACTS, "social_org.foundations=3@2023@null"].sort(),
    );
  });
});

describe("the end of a table", () => {
  const SECOND = ["项目 | 2022年 | 2023年 |", "在岗社会工作者 | 640 | 702 |", "持证社会工作者 | 515 | 580 |"];
  const SECOND_FACTS = [
    "social_work.workers=640@2022@null",
    "social_work.workers=702@2023@null",
    "social_work.certified_workers=515@2022@null",
    "social_work.certified_workers=580@2023@null",
  ];
  const ENDS: Record<string, string> = {
    "a sentence": "全区社会工作队伍持续壮大。",
    "a caption": "表2 2022—2023年社会工作人员情况（单位：人）",
    "a line introducing what follows": "近两年社会工作人员情况如下：",
    "a short title over a header": "社会工作人员情况",
    "page junk over a header": "来源:区民政局",
  };
  for (const tabs of [false, true]) {
    it.each(Object.keys(ENDS))(
      `comes before a second table: %s (${tabs ? "tabs" : "pipes"})`,
      async (kind) => {
        const text = withJunk([...PLACES.slice(0, 5), ...SECOND], 5, ENDS[kind] ?? null, tabs);
        expect((await coreFacts(text)).sort()).toEqual([...PLACES_FACTS.slice(0, 4), ...SECOND_FACTS].sort());
      },
    );
  }
});

describe("which lines a table steps over", () => {
  it("knows page junk by its shape", () => {
    const junk = [
      "来源:区民政局",
      "责任编辑：刘洋",
      "(责任编辑:刘洋)",
      "当前位置:首页",
      "首页 > 数据",
      "第 2 页",
      "共 4 页 第 2 页",
      "- 3 -",
      "①",
      "※",
    ];
    expect(junk.filter((t) => !isPageJunk(t))).toEqual([]);
    expect(["一、区划", "社会团体", "(一)社会组织", "注:全区数据含区本级"].filter(isPageJunk)).toEqual([]);
  });

  it("steps over a short line that is no sentence, never over a sentence or a caption", () => {
    expect(["限时特惠，注册即送88元红包！", "城市最低生活保障", "其中:"].every(interrupts)).toBe(true);
    expect(
      ["全区社会组织发展平稳。", "表2 各街道社区数量", "单位：个", "各区情况如下："].some(interrupts),
    ).toBe(false);
    expect(["表2 各街道社区数量", "（单位：家）", "各区情况如下："].every(isCaptionLine)).toBe(true);
  });
});
