import { describe, expect, it } from "vitest";
import { ChartError, chartSvg } from "../report/chart.js";
import type { ChartSpec } from "../report/notebook.js";

const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  mark: "line",
  x: "period",
  y: "value",
  tip: [],
  width: 640,
  height: 260,
  ...over,
});
const columns = [
  { name: "period", type: "DATE" },
  { name: "value", type: "DOUBLE" },
  { name: "kind", type: "VARCHAR" },
  { name: "source", type: 'STRUCT("label" VARCHAR, doc VARCHAR, page INTEGER, "text" VARCHAR)' },
];
const rows = [
  {
    period: new Date("2021-12-31T00:00:00Z"),
    value: 811,
    kind: "社会组织",
    source: { label: null, doc: "福民函〔2022〕27号", page: 4, text: "区属811家社会组织" },
  },
  { period: new Date("2024-05-31T00:00:00Z"), value: 751, kind: "社会组织", source: null },
  { period: new Date("2024-05-31T00:00:00Z"), value: 306, kind: "社会团体", source: null },
];

describe("chartSvg", () => {
  it("draws a line of counts on an axis from zero, so a change is drawn to scale", () => {
    const { svg } = chartSvg(spec({}), columns, rows.slice(0, 2));
    expect(svg).toMatch(/>0</);
    expect(svg).toMatch(/>800</);
  });

  it("returns a standalone SVG with Chinese ticks and a tooltip citing the source", () => {
    const { svg, points } = chartSvg(spec({ tip: ["source"] }), columns, rows.slice(0, 2));
    expect(points).toBe(2);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(">2022年<");
    expect(svg).toContain(
      "<title>2021年12月31日：811\n福民函〔2022〕27号，第4页：“区属811家社会组织”</title>",
    );
    expect(svg).not.toMatch(/<(figure|div|h2)/);
  });

  it("draws a legend in SVG when a colour column splits the series", () => {
    const { svg, height } = chartSvg(spec({ mark: "bar", color: "kind" }), columns, rows);
    expect(svg).toMatch(/<g class="legend">.*>社会组织<\/text>.*>社会团体<\/text>/s);
    expect(height).toBeGreaterThan(260);
  });

  it("names a missing column or a text y column", () => {
    expect(() => chartSvg(spec({ y: "nope" }), columns, rows)).toThrow(
      new ChartError("y: no column nope in the result (columns: period, value, kind, source)"),
    );
    expect(() => chartSvg(spec({ y: "kind" }), columns, rows)).toThrow(
      /y: column kind holds text \(社会组织\)/,
    );
  });
});

describe("chartSvg on periods as the sources give them", () => {
  const periodColumns = [
    { name: "as_of", type: "VARCHAR" },
    { name: "value", type: "DOUBLE" },
    { name: "unit", type: "VARCHAR" },
    { name: "counted", type: "VARCHAR" },
    { name: "aside", type: 'STRUCT(x VARCHAR, y DOUBLE, "label" VARCHAR, tip VARCHAR)[]' },
  ];
  const periodRows = [
    { as_of: "2021", value: 811, unit: "家", counted: "社会组织", aside: null },
    {
      as_of: "2022-06-30",
      value: 765,
      unit: "家",
      counted: "社会组织",
      aside: [{ x: "2022", y: 766, label: "2022年另报766", tip: null }],
    },
    { as_of: "2024-05-31", value: 751, unit: "家", counted: "社会组织", aside: null },
  ];
  const circles = (svg: string) => [...svg.matchAll(/<circle[^>]* cx="([\d.]+)"/g)].map((m) => Number(m[1]));
  const yearTicks = (svg: string) =>
    new Map(
      [...svg.matchAll(/<text[^>]* transform="translate\(([\d.]+),\d+\)"[^>]*>(\d{4}年)<\/text>/g)].map(
        (m) => [m[2], Number(m[1])],
      ),
    );

  it("draws a year-only figure in the middle of its year, under that year's label", () => {
    const { svg } = chartSvg(spec({ x: "as_of" }), periodColumns, periodRows);
    const ticks = yearTicks(svg);
    expect([...ticks.keys()]).toEqual(["2021年", "2022年", "2023年", "2024年"]);
    const [first] = circles(svg);
    expect(Math.abs((first ?? 0) - (ticks.get("2021年") ?? 0))).toBeLessThan(2);
  });

  it("writes the unit on the value axis", () => {
    const { svg } = chartSvg(spec({ x: "as_of", unit: "unit" }), periodColumns, periodRows);
    expect(svg).toContain(">单位：家<");
    expect(svg).not.toContain(">value<");
  });

  it("draws a figure set aside as its own hollow mark, with a legend", () => {
    const { svg, setAside, points } = chartSvg(
      spec({ x: "as_of", setAside: "aside" }),
      periodColumns,
      periodRows,
    );
    expect(points).toBe(3);
    expect(setAside).toBe(1);
    expect(svg).toContain('<g class="legend">');
    expect(svg).toContain(">同期另报、未入序列的数值<");
    expect(svg).toContain(">2022年另报766<");
    expect(svg).toMatch(/fill="none"[^>]*stroke="#b35900"|stroke="#b35900"[^>]*fill="none"/);
  });

  it("breaks the line where the figures count different things", () => {
    const rows = periodRows.map((r, i) => ({ ...r, counted: i === 0 ? "党支部" : "党组织" }));
    const joined = chartSvg(spec({ x: "as_of" }), periodColumns, rows).svg;
    const broken = chartSvg(spec({ x: "as_of", basis: "counted" }), periodColumns, rows).svg;
    // Segments of the line: two joined, one when the first figure counts something else.
    const segments = (svg: string) =>
      ((/<g[^>]* aria-label="line"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? "").match(/L/g) ?? []).length;
    expect(segments(joined)).toBe(2);
    expect(segments(broken)).toBe(1);
    expect(broken).toContain(">口径不同处折线断开<");
  });
});
