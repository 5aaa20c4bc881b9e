import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseNotebook } from "../report/parse.js";
import { parseMarkdown, tokensHtml } from "../report/render/markdownIt.js";
import { proseMarkdown } from "../report/render/proseMarkdown.js";

const html = (markdown: string) => tokensHtml(parseMarkdown(markdown));
const markdown = (source: string) => proseMarkdown(parseMarkdown(source));

const TABLE = ["| 类别 | 数量 |", "| :--- | ---: |", "| 社会团体 | 306 |", "| 基金会 | 1 \\| 2 |"].join("\n");
const NESTED = ["- 社会组织", "  - 社会团体", "    1. 行业协会", "  - 基金会", "- 社工"].join("\n");

describe("notebook prose as HTML", () => {
  it("renders a GFM table as an HTML table with its alignment", () => {
    expect(html(TABLE)).toBe(
      [
        '<div class="table"><table>',
        "<thead>",
        "<tr>",
        '<th style="text-align:left">类别</th>',
        '<th style="text-align:right">数量</th>',
        "</tr>",
        "</thead>",
        "<tbody>",
        "<tr>",
        '<td style="text-align:left">社会团体</td>',
        '<td style="text-align:right">306</td>',
        "</tr>",
        "<tr>",
        '<td style="text-align:left">基金会</td>',
        '<td style="text-align:right">1 | 2</td>',
        "</tr>",
        "</tbody>",
        "</table></div>",
      ].join("\n"),
    );
  });

  it("keeps nested lists nested", () => {
    expect(html(NESTED).replace(/\n/g, "")).toBe(
      "<ul><li>社会组织<ul><li>社会团体<ol><li>行业协会</li></ol></li><li>基金会</li></ul></li><li>社工</li></ul>",
    );
  });

  it("escapes raw HTML, in a paragraph and as a block", () => {
    expect(html("<script>alert(1)</script>")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html("见 <img src=x onerror=alert(1)> 与 `<b>`")).toBe(
      "<p>见 &lt;img src=x onerror=alert(1)&gt; 与 <code>&lt;b&gt;</code></p>",
    );
  });

  it("renders headings, emphasis, quotes and safe links", () => {
    expect(html("## 标题\n\n> **一** 项 [链接](https://example.org)")).toBe(
      [
        "<h2>标题</h2>",
        "<blockquote>",
        '<p><strong>一</strong> 项 <a href="https://example.org">链接</a></p>',
        "</blockquote>",
      ].join("\n"),
    );
  });
});

describe("notebook prose as Markdown", () => {
  it("writes a table as a GFM table", () => {
    expect(markdown(TABLE)).toBe(TABLE);
  });

  it("writes nested lists nested", () => {
    expect(markdown(NESTED)).toBe(
      ["- 社会组织", "  - 社会团体", "    1. 行业协会", "  - 基金会", "- 社工"].join("\n"),
    );
  });

  it("escapes raw HTML so that no reader takes it for markup", () => {
    expect(markdown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdown("a &amp; b &lt;i&gt;")).toBe("a &amp; b &lt;i&gt;");
  });

  // What a reader of the Markdown report sees is what the HTML report shows.
  const SAMPLES = [
    TABLE,
    NESTED,
    "# 一\n\n正文 *斜体* **粗体** ~~删除~~ `code` 与 `` a`b ``\n第二行\\\n硬换行",
    "1) 一\n2) 二\n\n   续\n\n3) 三",
    "> 引用\n>\n> - 列表\n>   > 嵌套引用",
    "~~~js\n```\ncode\n~~~\n\n    缩进代码\n\n---\n\n***",
    "\\# 不是标题 \\* 不是列表 \\[不是链接\\](x) 1\\. 不是编号 \\_ \\| \\~ \\\\",
    "2024\\. 年\n\\- 横线\n\\+ 加号\n\\= 等号",
    '[相对](data/a.csv "标题") [锚](#x) ![图](img/a.png) <https://example.org/a> [参考][r]\n\n[r]: https://example.org/(x)',
    "[坏](javascript:alert(1)) <b>粗</b> &copy; &#x3C;",
    "标题\n===\n\n副标题\n---",
    "- [ ] 任务\n* 星\n+ 加",
  ];

  it.each(SAMPLES)("renders as the source does: %j", (source) => {
    expect(html(markdown(source))).toBe(html(source));
  });

  it("renders as the source does for the built-in notebooks", () => {
    const folder = join(import.meta.dirname, "..", "notebooks");
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".md"))) {
      const notebook = parseNotebook(readFileSync(join(folder, name), "utf8"), name);
      for (const cell of notebook.cells) {
        if (cell.kind !== "prose") continue;
        expect(markdown(cell.markdown)).toBe(cell.markdown);
        expect(proseMarkdown(cell.tokens)).toBe(cell.markdown);
      }
    }
  });
});
