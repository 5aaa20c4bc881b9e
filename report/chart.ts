// A chart cell drawn server-side: Observable Plot on a jsdom document, returned as a standalone
// SVG (with the xmlns a file or resvg needs), its legend drawn in SVG too so that PNGs keep it,
// and each point's tooltip (<title>) giving its values and sources.

import { createRequire } from "node:module";
import * as Plot from "@observablehq/plot";
import type { ChartSpec } from "./notebook.js";
import type { Column, Row } from "./query.js";
import { formatDate, formatNumber, fullText, valueText } from "./values.js";

/** CJK-capable faces first; resvg is pointed at the font it finds (see fonts.ts). */
export const FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

const SVG_NS = "http://www.w3.org/2000/svg";
const LEGEND_ROW = 20;

// jsdom ships no types; this is the one constructor used.
type JsdomConstructor = new (html: string) => { window: { document: Document } };
let document: Document | null = null;
const documentFor = (): Document => {
  if (!document) {
    const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: JsdomConstructor };
    document = new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
  }
  return document;
};

interface Datum {
  x: unknown;
  y: number;
  color?: string;
  label: string;
  tip: string;
}

export class ChartError extends Error {}

function column(columns: Column[], name: string, channel: string): Column {
  const found = columns.find((c) => c.name === name);
  if (!found) {
    throw new ChartError(
      `${channel}: no column ${name} in the result (columns: ${columns.map((c) => c.name).join(", ")})`,
    );
  }
  return found;
}

const isTime = (column: Column) => /^(DATE|TIMESTAMP)/.test(column.type);

function data(spec: ChartSpec, columns: Column[], rows: Row[]): Datum[] {
  const x = column(columns, spec.x, "x");
  const y = column(columns, spec.y, "y");
  const color = spec.color ? column(columns, spec.color, "color") : null;
  const label = spec.label ? column(columns, spec.label, "label") : null;
  const tips = spec.tip.map((name) => column(columns, name, "tip"));
  const out: Datum[] = [];
  for (const row of rows) {
    const yValue = row[y.name];
    if (yValue === null || yValue === undefined) continue;
    if (typeof yValue !== "number") {
      throw new ChartError(
        `y: column ${y.name} holds ${typeof yValue === "string" ? `text (${yValue})` : "values that are not numbers"}; chart a numeric column`,
      );
    }
    const xValue = row[x.name];
    if (xValue === null || xValue === undefined) continue;
    const xText = valueText(xValue, x.type);
    const labelText = label ? valueText(row[label.name], label.type) : "";
    const lines = [labelText || `${xText}：${formatNumber(yValue)}`];
    const colorText = color ? valueText(row[color.name], color.type) : undefined;
    if (colorText) lines.unshift(colorText);
    for (const tip of tips) {
      const text = fullText(row[tip.name], tip.type);
      if (text) lines.push(text);
    }
    const datum: Datum = {
      x: spec.mark === "bar" ? xText : xValue,
      y: yValue,
      label: labelText || formatNumber(yValue),
      tip: lines.join("\n"),
    };
    if (colorText !== undefined) datum.color = colorText;
    out.push(datum);
  }
  return out;
}

function timeAxis(values: Date[]): Plot.ScaleOptions {
  const times = values.map((d) => d.getTime());
  const span = times.length ? Math.max(...times) - Math.min(...times) : 0;
  if (span >= 365 * 86400e3) {
    return { type: "utc", ticks: "year", tickFormat: (d: Date) => `${d.getUTCFullYear()}年` };
  }
  return {
    type: "utc",
    ticks: 4,
    tickFormat: (d: Date) =>
      d.getUTCDate() === 1 ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月` : formatDate(d),
  };
}

/**
 * The y values the axis must cover: bars start at zero, and coloured bars stack per x; a line of
 * counts or amounts that are never negative starts at zero too, so that a change is drawn to scale.
 */
function yExtent(spec: ChartSpec, points: Datum[]): number[] {
  if (spec.mark !== "bar") {
    const ys = points.map((p) => p.y);
    return ys.length && ys.every((y) => y >= 0) ? [0, ...ys] : ys;
  }
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  for (const p of points) {
    const sums = p.y >= 0 ? up : down;
    sums.set(String(p.x), (sums.get(String(p.x)) ?? 0) + p.y);
  }
  return [0, ...up.values(), ...down.values()];
}

/** Whole-number ticks for counts (no 80.5 families), covering the data. */
function integerAxis(values: number[]): Plot.ScaleOptions {
  if (!values.length || !values.every(Number.isInteger)) return { nice: true };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const raw = Math.max(1, (max - min) / 5);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const ticks: number[] = [];
  for (let t = lo; t <= hi; t += step) ticks.push(t);
  return { domain: [lo, hi], ticks };
}

function marks(spec: ChartSpec, points: Datum[]): Plot.Markish[] {
  const hasColor = points.some((p) => p.color !== undefined);
  const channels = { x: "x", y: "y", ...(hasColor ? { z: "color" } : {}) };
  const labels = !hasColor && points.length <= 16;
  // Labels at the ends of the x range are anchored inwards so that they stay inside the chart.
  const xs = points.map((p) => Number(p.x));
  const [first, last] = [Math.min(...xs), Math.max(...xs)];
  const label = (data: Datum[], textAnchor: "start" | "middle" | "end", dx: number) =>
    Plot.text(data, {
      x: "x",
      y: "y",
      text: "label",
      dy: -12,
      dx,
      textAnchor,
      fill: "currentColor",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
    });
  const text =
    labels && spec.mark !== "bar"
      ? [
          label(
            points.filter((p) => Number(p.x) === first),
            "start",
            -6,
          ),
          label(
            points.filter((p) => Number(p.x) === last && last !== first),
            "end",
            6,
          ),
          label(
            points.filter((p) => Number(p.x) !== first && Number(p.x) !== last),
            "middle",
            0,
          ),
        ]
      : [];
  switch (spec.mark) {
    case "line":
      return [
        Plot.lineY(points, { ...channels, stroke: hasColor ? "color" : "steelblue", strokeWidth: 2 }),
        Plot.dot(points, { ...channels, fill: hasColor ? "color" : "steelblue", r: 4, title: "tip" }),
        ...text,
      ];
    case "bar":
      return [
        Plot.barY(points, { x: "x", y: "y", fill: hasColor ? "color" : "steelblue", title: "tip" }),
        Plot.ruleY([0]),
        ...(labels
          ? [Plot.text(points, { x: "x", y: "y", text: "label", dy: -8, fill: "currentColor" })]
          : []),
      ];
    case "dot":
      return [
        Plot.dot(points, { ...channels, fill: hasColor ? "color" : "steelblue", r: 4, title: "tip" }),
        ...text,
      ];
  }
}

const textWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 12 : 7), 0);

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/** Colour swatches as SVG, wrapped to the chart's width. */
function legend(domain: string[], range: string[], width: number): { svg: string; height: number } {
  const items: string[] = [];
  const left = 8;
  let x = left;
  let y = 4;
  domain.forEach((name, i) => {
    const w = 16 + textWidth(name) + 16;
    if (x > left && x + w > width) {
      x = left;
      y += LEGEND_ROW;
    }
    items.push(
      `<rect x="${x}" y="${y + 4}" width="10" height="10" fill="${range[i % range.length]}"/>` +
        `<text x="${x + 14}" y="${y + 13}" font-size="12">${escapeXml(name)}</text>`,
    );
    x += w;
  });
  return { svg: `<g class="legend">${items.join("")}</g>`, height: y + LEGEND_ROW + 4 };
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  points: number;
}

/** Draws a chart cell over a query's rows; a ChartError names what is wrong with the spec. */
export function chartSvg(spec: ChartSpec, columns: Column[], rows: Row[]): ChartSvg {
  const points = data(spec, columns, rows);
  if (spec.mark === "line") points.sort((a, b) => Number(a.x) - Number(b.x) || 0);
  const xColumn = column(columns, spec.x, "x");
  let x: Plot.ScaleOptions = {};
  let marginBottom = 30;
  if (spec.mark === "bar") {
    const domain = [...new Set(points.map((p) => String(p.x)))];
    x = { type: "band", domain };
    // Long category names are slanted rather than left to overlap.
    const widest = Math.max(0, ...domain.map(textWidth));
    if (widest * domain.length > (spec.width - 90) * 0.9) {
      x.tickRotate = -30;
      marginBottom = Math.min(160, Math.round(widest * 0.5) + 36);
    }
  } else if (isTime(xColumn)) x = timeAxis(points.map((p) => p.x as Date));
  const plot = Plot.plot({
    document: documentFor(),
    className: "civ-chart",
    width: spec.width,
    height: spec.height,
    marginTop: 30,
    marginBottom,
    marginLeft: 56,
    marginRight: 30,
    style: { fontFamily: FONT_STACK, fontSize: "12px", background: "white", color: "#222" },
    x: { ...x, label: spec.xLabel ?? spec.x, labelAnchor: "right" },
    y: {
      ...integerAxis(yExtent(spec, points)),
      label: spec.yLabel ?? spec.y,
      grid: true,
      tickFormat: (d: number) => formatNumber(d),
    },
    // Series in the order the query gives them.
    color: {
      type: "categorical",
      domain: [...new Set(points.flatMap((p) => (p.color === undefined ? [] : [p.color])))],
    },
    marks: marks(spec, points),
  });
  const root = plot.tagName.toLowerCase() === "svg" ? plot : plot.querySelector("svg");
  if (!root) throw new ChartError("the chart produced no SVG");
  root.setAttribute("xmlns", SVG_NS);
  let svg = root.outerHTML;
  let height = spec.height;
  const colors = points.some((p) => p.color !== undefined) ? plot.scale("color") : undefined;
  if (colors?.domain && colors.range) {
    const key = legend([...colors.domain].map(String), [...colors.range].map(String), spec.width);
    height += key.height;
    root.setAttribute("y", String(key.height));
    root.removeAttribute("xmlns");
    svg =
      `<svg xmlns="${SVG_NS}" width="${spec.width}" height="${height}" viewBox="0 0 ${spec.width} ${height}" ` +
      `style="font-family: ${FONT_STACK.replaceAll('"', "'")}; background: white; color: #222">` +
      `${key.svg}${root.outerHTML}</svg>`;
  }
  return { svg, width: spec.width, height, points: points.length };
}
