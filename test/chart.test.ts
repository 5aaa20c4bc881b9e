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
