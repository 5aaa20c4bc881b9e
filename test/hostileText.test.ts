import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMarkdown, tokensHtml } from "../report/render/markdownIt.js";
import { isSafeLink, markdownText } from "../report/render/markdownText.js";
import { proseMarkdown } from "../report/render/proseMarkdown.js";
import { run } from "./helpers/io.js";

// A text file written to attack whoever reads what civstat makes of it.
const HOSTILE = [
  "<svg/onload=alert(1)>福田区民政局关于社会组织发展情况的报告",
  "",
  "截至2024年5月底，福田区登记的社会组织共751家，其中 &lt;script&gt;alert(2)&lt;/script&gt; 为示例。",
  "",
  "全区社会工作人才997名，<img src=x onerror=alert(3)>较上年增加。",
  "",
].join("\n");

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civstat-hostile-"));
  db = join(dir, "h.duckdb");
  const file = join(dir, "hostile.txt");
  writeFileSync(file, HOSTILE);
  const result = await run(["ingest", file, "--db", db]);
  if (result.code !== 0) throw new Error(result.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RAW_HTML = /<(script|svg|img)\b/i;

describe("a .txt file is text", () => {
  it("keeps its entities as typed: &lt;script&gt; is not stored as <script>", async () => {
    const result = await run([
      "query",
      "SELECT string_agg(text, '\n') AS t FROM sentences",
      "--db",
      db,
      "--format",
      "jsonl",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const text = JSON.parse(result.stdout).t as string;
    expect(text).toContain("&lt;script&gt;");
    expect(text).not.toContain("<script>");
  });
});

describe("Markdown outputs escape HTML from documents", () => {
  it("draft --format md carries no tag from the document", async () => {
    const result = await run([
      "draft",
      "--region",
      "福田区",
      "--topic",
      "social_org",
      "--db",
      db,
      "--format",
      "md",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("751");
    expect(result.stdout).not.toMatch(RAW_HTML);
    expect(result.stdout).toContain("&lt;svg/onload=alert(1)&gt;");
  });

  it("the report .md carries no tag from the database, and its prose no raw HTML or unsafe link", async () => {
    const notebook = join(dir, "titles.md");
    writeFileSync(
      notebook,
      [
        "# Titles",
        "",
        "Prose <script>alert(4)</script> with [a bad link](javascript:alert(5)) and [a good one](https://example.org/).",
        "",
        "```sql titles each=title",
        "SELECT title, sentences.text FROM documents JOIN sentences USING (doc_id)",
        "```",
        "",
      ].join("\n"),
    );
    const out = join(dir, "out");
    const result = await run(["report", notebook, "--db", db, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const markdown = readFileSync(join(out, "titles.md"), "utf8");
    expect(markdown).toContain("福田区民政局");
    expect(markdown).not.toMatch(RAW_HTML);
    expect(markdown).not.toContain("javascript:");
    expect(markdown).toContain("[a good one](https://example.org/)");
    const html = readFileSync(join(out, "titles.html"), "utf8");
    expect(html).not.toMatch(/<(svg|img)\b[^>]*on(load|error)/i);
    expect(html).not.toMatch(/href="(?!https:)[a-z]+:/i);
  });

  it("escapes tags, entities and link brackets in document text", () => {
    expect(markdownText("<svg/onload=alert(1)> &lt;b&gt; [x](javascript:y)")).toBe(
      "&lt;svg/onload=alert(1)&gt; &amp;lt;b&amp;gt; \\[x\\](javascript:y)",
    );
  });
});

describe("links in notebook prose", () => {
  it.each([
    ["https://example.org/a?b=1", true],
    ["data/trends.csv", true],
    ["../reports/annual.html#top", true],
    ["#section", true],
    ["http://example.org/", false],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html,<script>", false],
    ["//evil.example/x", false],
    ["mailto:someone@example.org", false],
    ["file:///etc/passwd", false],
  ])("%s: %s", (url, safe) => expect(isSafeLink(url)).toBe(safe));

  const proseHtml = (markdown: string) => tokensHtml(parseMarkdown(markdown));
  const safeProse = (markdown: string) => proseMarkdown(parseMarkdown(markdown));

  it("keep only their text when the target is unsafe, in HTML and in Markdown", () => {
    const prose =
      "[bad](javascript:alert(1)) [plain](http://example.org/) [ok](notes.md) ![img](data:x) <file:///etc>\n\n[r]: javascript:x\n\n[ref][r]";
    for (const output of [proseHtml(prose), safeProse(prose)]) {
      expect(output).not.toMatch(/javascript|http:|data:/);
    }
    expect(proseHtml(prose)).toContain('<a href="notes.md">ok</a>');
    expect(safeProse(prose)).toBe("bad plain [ok](notes.md) img file:///etc\n\nref");
  });

  it("leave code alone and escape raw HTML outside it", () => {
    expect(safeProse("a <b>x</b> `<i>` b\n```\n<pre>\n```")).toBe(
      "a &lt;b&gt;x&lt;/b&gt; `<i>` b\n\n```\n<pre>\n```",
    );
  });
});
