import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../pipeline/read/html.js";
import { sniffFormat } from "../pipeline/read/sniff.js";
import { INPUT, processFile } from "./helpers/pipeline.js";

const page = join(INPUT, "html", "nanning-news-2023.html");

describe("web pages saved as HTML", () => {
  it("are told by extension or content", () => {
    const bytes = new TextEncoder().encode("<!DOCTYPE html><html><body><p>正文</p></body></html>");
    expect(sniffFormat("page.htm", bytes)).toBe("html");
    expect(sniffFormat("saved.txt", bytes)).toBe("html");
    expect(sniffFormat("note.txt", new TextEncoder().encode("截至2023年底，共有<b>12</b>家。"))).toBe("txt");
    expect(looksLikeHtml("  <html lang=zh>")).toBe(true);
  });

  it("keep their text, blocks as lines and table cells as tabs, without scripts or styles", () => {
    const html =
      '<html><head><style>p{}</style><script>var a="1家";</script></head><body><p>第一段&nbsp;共3家。</p><br><table><tr><th>指标</th><th>2023年</th></tr><tr><td>社会团体</td><td>12</td></tr></table><!-- 注释 --></body></html>';
    expect(htmlToText(html)).toBe("第一段\u00a0共3家。\n\n指标\t2023年\n社会团体\t12");
  });

  it("are decoded by their declared charset and give their facts and metadata", async () => {
    expect(readFileSync(page).includes(Buffer.from("南宁", "utf8"))).toBe(false);
    const { doc, facts } = await processFile(page);
    expect(doc.raw.format).toBe("html");
    expect(doc.raw.encoding).toBe("gb18030");
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
});
