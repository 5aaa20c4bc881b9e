import { describe, expect, it } from "vitest";
import type { ChartCell, SqlCell } from "../report/notebook.js";
import { parseParamFlags, resolveParams } from "../report/params.js";
import { parseNotebook } from "../report/parse.js";
import { parseYaml, YamlError } from "../report/yaml.js";
import { isCivstatError } from "../schemas/basics/errors.js";

const fence = "```";

function errorOf(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    if (isCivstatError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("no error");
}

const NOTEBOOK = `---
title: 福田区社会组织
description: 一个例子
params:
  region: 福田区
  year:
    type: integer
    description: 统计年份
---

# 说明

Some prose with a code block that is not a cell:

${fence}js
const x = 1;
${fence}

${fence}sql counts each=series
SELECT 1 AS n
${fence}

${fence}chart counts
mark: line   # a comment
x: period
y: "value"
tip: 来源, 冲突
x-label: 时期
height: 240
${fence}

${fence}sql hidden_one hidden
SELECT 2
${fence}
`;

describe("parseNotebook", () => {
  const notebook = parseNotebook(NOTEBOOK, "notebooks/example.md");

  it("reads the front matter field by field", () => {
    expect(notebook.title).toBe("福田区社会组织");
    expect(notebook.description).toBe("一个例子");
    expect(notebook.params).toEqual([
      { name: "region", type: "text", default: "福田区", line: 5 },
      { name: "year", type: "integer", description: "统计年份", line: 6 },
    ]);
  });

  it("splits prose, sql and chart cells, keeping other code blocks in the prose", () => {
    expect(notebook.cells.map((c) => c.kind)).toEqual(["prose", "sql", "chart", "sql"]);
    const prose = notebook.cells[0];
    expect(prose?.kind === "prose" && prose.markdown).toContain("const x = 1;");
    const sql = notebook.cells[1] as SqlCell;
    expect(sql).toMatchObject({
      name: "counts",
      sql: "SELECT 1 AS n",
      each: "series",
      hidden: false,
      line: 19,
    });
    expect(sql.bodyLine).toBe(20);
    const chart = notebook.cells[2] as ChartCell;
    expect(chart.query).toBe("counts");
    expect(chart.spec).toEqual({
      mark: "line",
      x: "period",
      y: "value",
      tip: ["来源", "冲突"],
      xLabel: "时期",
      width: 640,
      height: 240,
    });
    expect((notebook.cells[3] as SqlCell).hidden).toBe(true);
  });

  it("finds cells by their info strings, counting lines from the top of the file", () => {
    const source = [
      "---", //                                   1
      "title: t",
      "---",
      "",
      "| 项 | 数 |", //                              5
      "| --- | ---: |",
      "| a | 1 |",
      "",
      "- 一",
      "  ```sql not_a_cell", //                  10: inside a list: prose
      "  SELECT 0",
      "  ```",
      "",
      "~~~ js {title=x}",
      "```sql also_prose", //                    15: inside another fence
      "~~~",
      "",
      "````sql  a   hidden",
      "```",
      "SELECT 1", //                             20
      "````",
      "",
      "```chart a",
      "mark: bar",
      "x: a", //                                 25
      "y: b",
      "colour: c",
      "```",
    ].join("\n");
    const error = errorOf(() => parseNotebook(source, "x.md"));
    expect(error.message).toMatch(/^x\.md:27: chart of a: unknown chart field colour/);
    const cells = parseNotebook(source.replace("colour: c\n", ""), "x.md").cells;
    expect(cells.map((c) => [c.kind, c.line])).toEqual([
      ["prose", 5],
      ["sql", 18],
      ["chart", 23],
    ]);
    expect(cells[1]).toMatchObject({ name: "a", hidden: true, sql: "```\nSELECT 1", bodyLine: 19 });
    const prose = cells[0];
    expect(prose?.kind === "prose" && prose.markdown).toContain("```sql also_prose");
  });

  it("takes the title from the file name when there is no front matter", () => {
    const plain = parseNotebook(`${fence}sql a\nSELECT 1\n${fence}\n`, "dir/my-report.md");
    expect(plain.title).toBe("my-report");
    expect(plain.params).toEqual([]);
  });

  it.each([
    ["a sql cell without a name", `${fence}sql\nSELECT 1\n${fence}`, /x\.md:1: sql cell: needs a name/],
    ["an empty sql cell", `${fence}sql a\n${fence}`, /x\.md:1: sql cell a: has no SQL/],
    [
      "an unknown cell option",
      `${fence}sql a hide\nSELECT 1\n${fence}`,
      /x\.md:1: sql cell a: unknown option hide/,
    ],
    [
      "a name used twice",
      `${fence}sql a\nSELECT 1\n${fence}\n\n${fence}sql a\nSELECT 2\n${fence}`,
      /x\.md:5: sql cell a: the name a is already used by the cell on line 1/,
    ],
    [
      "a chart of a query not defined above",
      `${fence}chart later\nmark: line\nx: a\ny: b\n${fence}`,
      /x\.md:1: chart of later: no sql cell named later above it \(none defined yet\)/,
    ],
    [
      "an unknown mark",
      `${fence}sql a\nSELECT 1\n${fence}\n${fence}chart a\nmark: pie\nx: a\ny: b\n${fence}`,
      /x\.md:5: chart of a: mark must be one of line, bar, dot; got pie/,
    ],
    [
      "a chart field that does not exist",
      `${fence}sql a\nSELECT 1\n${fence}\n${fence}chart a\nmark: bar\nx: a\ny: b\ncolour: c\n${fence}`,
      /x\.md:8: chart of a: unknown chart field colour/,
    ],
    [
      "a chart without y",
      `${fence}sql a\nSELECT 1\n${fence}\n${fence}chart a\nmark: bar\nx: a\n${fence}`,
      /x\.md:4: chart of a: a chart needs y:/,
    ],
    ["an unclosed cell", `text\n\n${fence}sql a\nSELECT 1\n`, /x\.md:3: sql a: no closing ``` for this cell/],
    [
      "a cell closed by a shorter fence",
      `---\ntitle: x\n---\n${fence}\`sql a\nSELECT 1\n${fence}`,
      /x\.md:4: sql a: no closing ```` for this cell/,
    ],
    ["an unclosed front matter", "---\ntitle: x\n", /x\.md:1: front matter: no closing --- line/],
    [
      "an unknown front matter field",
      "---\ntitle: x\nauthor: me\n---\n",
      /x\.md:3: front matter: unknown front matter field author/,
    ],
    [
      "a parameter of an unknown type",
      "---\nparams:\n  year:\n    type: int\n---\n",
      /x\.md:4: front matter: type of year must be one of text, integer, number, date, region; got int/,
    ],
    [
      "a default of the wrong type",
      "---\nparams:\n  year:\n    type: integer\n    default: next\n---\n",
      /x\.md:5: front matter: default of year: expected an integer, got "next"/,
    ],
    [
      "a parameter name that cannot be a SQL parameter",
      "---\nparams:\n  the-year: 2024\n---\n",
      /x\.md:3: front matter: parameter name the-year must be letters, digits and _/,
    ],
    [
      "a list where one value belongs",
      "---\ntitle:\n  - a\n---\n",
      /x\.md:3: front matter: title must be a value, not a list/,
    ],
    ["a key given twice", "---\ntitle: a\ntitle: b\n---\n", /x\.md:3: front matter: Map keys must be unique/],
  ])("rejects %s with E_NOTEBOOK naming the file and line", (_, source, message) => {
    const error = errorOf(() => parseNotebook(source, "x.md"));
    expect(error.code).toBe("E_NOTEBOOK");
    expect(error.message).toMatch(message);
  });
});

describe("parameters", () => {
  const notebook = parseNotebook(NOTEBOOK, "notebooks/example.md");

  it("converts --param values to the declared types and fills defaults", () => {
    expect(resolveParams(notebook, parseParamFlags(["year=2024"]))).toEqual({ region: "福田区", year: 2024 });
    expect(resolveParams(notebook, parseParamFlags(["year=2023", "region=a=b"]))).toEqual({
      region: "a=b",
      year: 2023,
    });
  });

  it.each([
    [["year"], /--param must be key=value; got year/],
    [["year=1", "year=2"], /--param year is given twice/],
    [[], /notebooks\/example\.md needs --param year=INTEGER \(统计年份\)/],
    [["year=next"], /--param year=next: expected an integer, got "next"/],
    [
      ["year=2024", "month=5"],
      /--param month: notebooks\/example\.md has no parameter month \(declared: region, year\)/,
    ],
  ])("rejects %j as bad usage", (flags, message) => {
    const error = errorOf(() => resolveParams(notebook, parseParamFlags(flags)));
    expect(error.code).toBe("E_BAD_USAGE");
    expect(error.message).toMatch(message);
  });
});

describe("parseYaml", () => {
  it("reads nested maps, quotes and comments, keeping line numbers", () => {
    const map = parseYaml("a: 1\nb:\n  c: 'it''s'   # note\n  d: \"x # y\"\n", 10);
    const b = map.entries.get("b");
    expect(map.entries.get("a")).toEqual({ kind: "scalar", value: "1", line: 10 });
    expect(b?.kind === "map" && b.entries.get("c")).toEqual({ kind: "scalar", value: "it's", line: 12 });
    expect(b?.kind === "map" && b.entries.get("d")).toEqual({ kind: "scalar", value: "x # y", line: 13 });
  });

  it("reads folded and literal blocks, flow maps and lists as YAML does, every scalar as text", () => {
    const map = parseYaml("a: >\n  one\n  two\nb: |\n  x\n  y\nc: {d: 2024, e: yes}\nf: [1, 2]\n", 1);
    expect(map.entries.get("a")).toEqual({ kind: "scalar", value: "one two\n", line: 1 });
    expect(map.entries.get("b")).toEqual({ kind: "scalar", value: "x\ny\n", line: 4 });
    const c = map.entries.get("c");
    expect(c?.kind === "map" && [...c.entries.values()].map((n) => n.kind === "scalar" && n.value)).toEqual([
      "2024",
      "yes",
    ]);
    expect(map.entries.get("f")).toMatchObject({ kind: "list", items: [{ value: "1" }, { value: "2" }] });
  });

  it("names the line of a syntax error, counted in the file", () => {
    const lineOf = (text: string) => {
      try {
        parseYaml(text, 5);
      } catch (error) {
        if (error instanceof YamlError) return [error.line, error.message];
      }
      return null;
    };
    expect(lineOf("a: 1\n\tb: 2\n")).toEqual([6, "Tabs are not allowed as indentation"]);
    expect(lineOf("a: 1\nb\n")).toEqual([6, "Implicit map keys need to be followed by map values"]);
  });
});
