import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText, readHtml } from "../pipeline/read/html.js";
import { looksLikeHtml, sniffFormat } from "../pipeline/read/sniff.js";
import { INPUT, processFile } from "./helpers/pipeline.js";

const page = join(INPUT, "html", "nanning-news-2023.html");
const big5Page = join(INPUT, "html", "big5-notice.html");
const sharePage = join(INPUT, "html", "share-split-news.html");
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("web pages saved as HTML", () => {
  it("are told by extension or content", async () => {
    const bytes = new TextEncoder().encode("<!DOCTYPE html><html><body><p>正文</p></body></html>");
    expect(await sniffFormat("page.htm", bytes)).toBe("html");
    expect(await sniffFormat("saved.txt", bytes)).toBe("html");
    expect(await sniffFormat("note.txt", new TextEncoder().encode("截至2023年底，共有<b>12</b>家。"))).toBe(
      "txt",
    );
    expect(looksLikeHtml("  <html lang=zh>")).toBe(true);
  });

  it("keep their text, blocks as lines and table cells as tabs, without scripts or styles", () => {
    const html =
      '<html><head><style>p{}</style><script>var a="1家";</script></head><body><p>第一段&nbsp;共3家。</p><br><table><tr><th>指标</th><th>2023年</th></tr><tr><td>社会团体</td><td>12</td></tr></table><!-- 注释 --></body></html>';
    expect(htmlToText(html)).toBe("第一段\u00a0共3家。\n指标\t2023年\n社会团体\t12");
  });

  it("decode every named and numeric entity", () => {
    expect(htmlToText("<p>&ldquo;十四五&rdquo;&hellip;&mdash;&#x4E00;&#20108;&middot;&frac12;</p>")).toBe(
      "“十四五”…—一二·½",
    );
  });

  it("give a line per block, inline elements kept within their line", () => {
    const html =
      '<body><div class="nav"><a href="/">首页</a> &gt; <span>动态</span></div><div>发布时间：<b>2023-08-16</b><br>来源：民政局</div>' +
      "<section><h2>概况</h2><div><p>共有<strong>12</strong>家。</p></div></section><noscript>请启用脚本</noscript>" +
      "<svg><text>图表 99</text></svg><ul><li>要点一</li><li>要点二</li></ul></body>";
    expect(htmlToText(html)).toBe(
      [
        "首页 > 动态",
        "发布时间：2023-08-16",
        "来源：民政局",
        "# 概况",
        "共有12家。",
        "要点一",
        "要点二",
      ].join("\n"),
    );
  });

  it("read a charset declared with any label TextDecoder knows", async () => {
    const read = readHtml(new Uint8Array(readFileSync(big5Page)));
    expect(read.encoding).toBe("big5");
    expect(read.pages[0]?.text).toBe(
      "# 本市社會組織概況\n截至2023年底，全市登記社會團體1,234個，基金會56個。\n“十四五”期間…持續推動。",
    );
    const { facts } = await processFile(big5Page);
    expect(facts.map((f) => `${f.metric}=${f.value}@${f.asOf}`)).toEqual([
      "social_org.social_groups=1234@2023-12-31",
      "social_org.foundations=56@2023-12-31",
    ]);
  });

  it("sniff the bytes when no charset is declared or the declaration cannot be right", () => {
    const page = (meta: string) => `<html><head>${meta}</head><body><p>社会团体12家</p></body></html>`;
    const gbk = (text: string) => {
      const ascii = text.split("社会团体12家");
      // 社会团体 in GBK, then ASCII 12, then 家
      const bytes = [0xc9, 0xe7, 0xbb, 0xe1, 0xcd, 0xc5, 0xcc, 0xe5, 0x31, 0x32, 0xbc, 0xd2];
      return new Uint8Array([...utf8(ascii[0] ?? ""), ...bytes, ...utf8(ascii[1] ?? "")]);
    };
    const cases: [Uint8Array, string][] = [
      [utf8(page("")), "utf-8"],
      [gbk(page("")), "gb18030"],
      [gbk(page('<meta charset="gb2312">')), "gbk"],
      [gbk(page('<meta charset="no-such-charset">')), "gb18030"],
      [utf8(page('<meta charset="gb2312">')), "utf-8"],
      [utf8(page('<meta charset="utf-16">')), "utf-8"],
    ];
    for (const [bytes, encoding] of cases) {
      const read = readHtml(bytes);
      expect(read.encoding).toBe(encoding);
      expect(read.pages[0]?.text).toBe("社会团体12家");
    }
  });

  it("are decoded by their declared charset and give their facts and metadata", async () => {
    expect(readFileSync(page).includes(Buffer.from("南宁", "utf8"))).toBe(false);
    const { doc, facts } = await processFile(page);
    expect(doc.raw.format).toBe("html");
    expect(doc.raw.encoding).toBe("gbk");
    expect(doc.text).not.toMatch(/_hmt|统计代码|color/);
    expect(doc.meta).toMatchObject({ issuer: "南宁市民政局", issued: "2023-08-16", region: "南宁市" });
    const core = facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}`);
    expect(core).toEqual([
      "social_org.total=4236@2023-06-30",
      "social_org.social_groups=1872@2023-06-30",
      "social_org.private_non_enterprise=2319@2023-06-30",
      "social_org.foundations=45@2023-06-30",
      "social_work.certified_workers=5018@2023-08-16",
      "social_work.service_orgs=112@2023-08-16",
      "social_work.stations=118@2022",
      "social_work.stations=126@2023-06",
    ]);
  });

  it("lose their share buttons, advert labels and comment counters, which split no paragraph", async () => {
    const { doc, facts } = await processFile(sharePage);
    expect(doc.text).not.toMatch(/分享到|广告|评论/);
    expect(doc.text).toContain("全区注册志愿者8.6万人，志愿服务组织320个。");
    const core = facts.filter((f) => f.metric !== "other").map((f) => `${f.metric}=${f.value}@${f.asOf}`);
    expect(core).toEqual([
      "social_org.total=468@2023-12-31",
      "social_org.social_groups=201@2023-12-31",
      "social_org.private_non_enterprise=262@2023-12-31",
      "social_org.foundations=5@2023-12-31",
      "social_work.certified_workers=1203@2024-03-05",
      "social_work.volunteers=86000@2024-03-05",
    ]);
    expect(facts.find((f) => f.metric === "social_work.volunteers")?.snippet).toBe(
      "全区注册志愿者8.6万人，志愿服务组织320个。",
    );
  });
});
