// A chart cell drawn server-side: Observable Plot on a DOM of its own, returned as a standalone SVG
// (with the xmlns a file or resvg needs). Counts stand on an axis from zero, with their unit on it;
// a figure the source dates only by year or month is drawn in that year or month and labelled so;
// labels are placed clear of the line and of each other; figures set aside for the same period
// (another figure was taken instead) are drawn as their own hollow marks, with a legend; each point's
// tooltip (<title>) gives its values and sources.

import * as Plot from "@observablehq/plot";
import type { ChartSpec } from "./notebook.js";
import type { Column, Row } from "./query.js";
import { escapeXml, type LegendItem, legendSvg, textWidth } from "./render/chartLegend.js";
import { type Box, placeLabels, type Segment } from "./render/labelPlacement.js";
import { isPeriodText, parsePeriod, periodLabel, type TimeAxis, timeAxis } from "./render/periods.js";
import { plotDocument } from "./render/plotDocument.js";
import { valueAxis } from "./render/valueAxis.js";
import { formatDate, formatNumber, fullText, valueText } from "./values.js";

/** CJK-capable faces first; resvg is pointed at the font it finds (see fonts.ts). */
export const FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

const SVG_NS = "http://www.w3.org/2000/svg";
const LINE = "steelblue";
const SET_ASIDE = "#b35900";
const LABEL_HEIGHT = 14;
const MARGIN = { top: 30, right: 30, bottom: 30, left: 56 };

interface Datum {
  x: unknown;
  y: number;
  color?: string;
  /** Which stretch of the line it is on: a new one starts where the counted thing changes. */
  run?: number;
  basis?: string;
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

/** How x values become positions: bars by their text, periods (2021, 2023-06) in their middle. */
function xReader(spec: ChartSpec, x: Column, rows: Row[]) {
  const periods =
    spec.mark !== "bar" && !isTime(x) && isPeriodText(rows.map((r) => r[x.name]).filter((v) => v != null));
  return {
    time: periods || isTime(x),
    position: (value: unknown): unknown =>
      spec.mark === "bar" ? valueText(value, x.type) : periods ? parsePeriod(String(value))?.at : value,
    text: (value: unknown): string => (periods ? periodLabel(String(value)) : valueText(value, x.type)),
  };
}

function data(spec: ChartSpec, columns: Column[], rows: Row[]): { points: Datum[]; time: boolean } {
  const x = column(columns, spec.x, "x");
  const y = column(columns, spec.y, "y");
  const color = spec.color ? column(columns, spec.color, "color") : null;
  const label = spec.label ? column(columns, spec.label, "label") : null;
  const tips = spec.tip.map((name) => column(columns, name, "tip"));
  const basis = spec.basis ? column(columns, spec.basis, "basis") : null;
  const reader = xReader(spec, x, rows);
  const points: Datum[] = [];
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
    const labelText = label ? valueText(row[label.name], label.type) : "";
    const lines = [labelText || `${reader.text(xValue)}：${formatNumber(yValue)}`];
    const colorText = color ? valueText(row[color.name], color.type) : undefined;
    if (colorText) lines.unshift(colorText);
    for (const tip of tips) {
      const text = fullText(row[tip.name], tip.type);
      if (text) lines.push(text);
    }
    const datum: Datum = {
      x: reader.position(xValue),
      y: yValue,
      label: labelText || formatNumber(yValue),
      tip: lines.join("\n"),
    };
    if (colorText !== undefined) datum.color = colorText;
    if (basis) datum.basis = valueText(row[basis.name]);
    points.push(datum);
  }
  return { points, time: reader.time };
}

/**
 * The figures set aside that the rows list (a column of lists of {x, y, label, tip}), drawn at their
 * own period; the same figure listed on several rows is drawn once.
 */
function setAside(spec: ChartSpec, columns: Column[], rows: Row[]): Datum[] {
  if (!spec.setAside) return [];
  const list = column(columns, spec.setAside, "set-aside");
  const seen = new Set<string>();
  const out: Datum[] = [];
  for (const row of rows) {
    const items = row[list.name];
    if (items === null || items === undefined) continue;
    if (!Array.isArray(items)) {
      throw new ChartError(`set-aside: column ${list.name} must hold lists of {x, y, label}`);
    }
    for (const item of items as Record<string, unknown>[]) {
      const y = item?.y;
      const x = item?.x;
      if (typeof y !== "number" || x === null || x === undefined) continue;
      const at = x instanceof Date ? x : parsePeriod(String(x))?.at;
      if (!at) continue;
      const label = valueText(item.label) || formatNumber(y);
      const key = `${at.getTime()}|${y}|${label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tip = fullText(item.tip);
      out.push({ x: at, y, label, tip: tip ? `${label}\n${tip}` : label });
    }
  }
  return out;
}

/**
 * Numbers the stretches of a line: a figure that counts something else than the one before it
 * (党支部, then 党组织) starts a new stretch, so that no line joins them. Returns the breaks.
 */
function splitRuns(points: Datum[]): number {
  let run = 0;
  points.forEach((p, i) => {
    const before = points[i - 1];
    if (before?.basis && p.basis && before.basis !== p.basis) run++;
    p.run = run;
  });
  return run;
}

/** The y values the axis must cover: bars start at zero and stack per x; so do never-negative lines. */
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

/** Every k-th tick, so that the labels fit the width. */
function thinned(ticks: TimeAxis["ticks"], room: number): TimeAxis["ticks"] {
  const widest = Math.max(0, ...ticks.map((t) => textWidth(t.label))) + 12;
  const every = Math.max(1, Math.ceil((widest * ticks.length) / room));
  return ticks.filter((_, i) => i % every === 0);
}

function xScale(spec: ChartSpec, points: Datum[], time: boolean, label: string) {
  const room = spec.width - MARGIN.left - MARGIN.right;
  if (spec.mark === "bar") {
    const domain = [...new Set(points.map((p) => String(p.x)))];
    const scale: Plot.ScaleOptions = { type: "band", domain, label, labelAnchor: "right" };
    // Long category names are slanted rather than left to overlap.
    const widest = Math.max(0, ...domain.map(textWidth));
    if (widest * domain.length > (spec.width - 90) * 0.9) {
      scale.tickRotate = -30;
      return { scale, marginBottom: Math.min(160, Math.round(widest * 0.5) + 36), boundaries: [] };
    }
    return { scale, marginBottom: MARGIN.bottom, boundaries: [] };
  }
  if (!time || !points.length)
    return { scale: { label, labelAnchor: "right" as const }, marginBottom: MARGIN.bottom, boundaries: [] };
  const axis = timeAxis(points.map((p) => p.x as Date));
  const ticks = thinned(axis.ticks, room);
  const labels = new Map(ticks.map((t) => [t.at.getTime(), t.label]));
  const scale: Plot.ScaleOptions = {
    type: "utc",
    domain: axis.domain,
    ticks: ticks.map((t) => t.at),
    tickFormat: (d: Date) => labels.get(d.getTime()) ?? formatDate(d),
    // Years are labelled in their middle, between the lines that separate them.
    ...(axis.boundaries.length ? { tickSize: 0 } : {}),
    label,
    labelAnchor: "right",
  };
  return { scale, marginBottom: MARGIN.bottom, boundaries: axis.boundaries };
}

function yLabel(spec: ChartSpec, columns: Column[], rows: Row[]): string {
  const units = spec.unit
    ? [
        ...new Set(
          rows.map((r) => valueText(r[column(columns, spec.unit as string, "unit").name])).filter(Boolean),
        ),
      ]
    : [];
  const unit = units.length === 1 ? units[0] : undefined;
  if (spec.yLabel) return unit ? `${spec.yLabel}（${unit}）` : spec.yLabel;
  return unit ? `单位：${unit}` : spec.y;
}

function marks(spec: ChartSpec, points: Datum[], aside: Datum[], boundaries: Date[]): Plot.Markish[] {
  const hasColor = points.some((p) => p.color !== undefined);
  const channels = { x: "x", y: "y", ...(hasColor ? { z: "color" } : {}) };
  const line = { x: "x", y: "y", z: hasColor ? (d: Datum) => `${d.color}|${d.run ?? 0}` : "run" };
  const fill = hasColor ? "color" : LINE;
  const rules = boundaries.length ? [Plot.ruleX(boundaries, { stroke: "#d0d7de" })] : [];
  const asideDots = aside.length
    ? [
        Plot.dot(aside, {
          x: "x",
          y: "y",
          symbol: "diamond",
          r: 7,
          stroke: SET_ASIDE,
          strokeWidth: 1.5,
          fill: "none",
          title: "tip",
        }),
      ]
    : [];
  switch (spec.mark) {
    case "line":
      return [
        ...rules,
        Plot.lineY(points, { ...line, stroke: fill, strokeWidth: 2 }),
        Plot.dot(points, { ...channels, fill, r: 4, title: "tip" }),
        ...asideDots,
      ];
    case "bar":
      return [
        Plot.barY(points, { x: "x", y: "y", fill, title: "tip" }),
        Plot.ruleY([0]),
        ...(!hasColor && points.length <= 16
          ? [Plot.text(points, { x: "x", y: "y", text: "label", dy: -8, fill: "currentColor" })]
          : []),
      ];
    case "dot":
      return [...rules, Plot.dot(points, { ...channels, fill, r: 4, title: "tip" }), ...asideDots];
  }
}

type Scale = { apply(value: unknown): number };

/** Point labels as SVG text, each placed clear of the line, the points and the other labels. */
function labelsSvg(
  spec: ChartSpec,
  points: Datum[],
  aside: Datum[],
  scales: { x: Scale; y: Scale },
  yLabelText: string,
  marginBottom: number,
): string {
  if (spec.mark === "bar" || points.some((p) => p.color !== undefined) || points.length > 16) return "";
  const at = (d: Datum) => ({ x: scales.x.apply(d.x), y: scales.y.apply(d.y) });
  const all = [...points, ...aside].map((d) => ({ d, ...at(d), aside: aside.includes(d) }));
  const segments: Segment[] = [];
  if (spec.mark === "line") {
    for (let i = 1; i < points.length; i++) {
      if (points[i - 1]?.run !== points[i]?.run) continue;
      const [a, b] = [at(points[i - 1] as Datum), at(points[i] as Datum)];
      segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
  }
  const obstacles: Box[] = [
    ...all.map((p) => ({ x: p.x - 5, y: p.y - 5, width: 10, height: 10 })),
    // The y axis's label, top left.
    { x: 0, y: 0, width: textWidth(yLabelText) + 24, height: MARGIN.top - 8 },
  ];
  // Clear of the y axis's tick labels, which end 9 px left of the axis.
  const bounds: Box = {
    x: MARGIN.left - 8,
    y: 2,
    width: spec.width - MARGIN.left + 6,
    height: spec.height - marginBottom - 2,
  };
  const placements = placeLabels(
    all.map((p) => ({ x: p.x, y: p.y, width: textWidth(p.d.label), height: LABEL_HEIGHT })),
    segments,
    obstacles,
    bounds,
  );
  const texts = placements.map((place, i) => {
    const p = all[i] as (typeof all)[number];
    const x = Math.round((p.x + place.dx) * 10) / 10;
    const y = Math.round((p.y + place.dy) * 10) / 10;
    const color = p.aside ? ` fill="${SET_ASIDE}"` : "";
    return `<text x="${x}" y="${y}" dy="0.35em" text-anchor="${place.anchor}"${color}>${escapeXml(p.d.label)}</text>`;
  });
  return `<g class="point-labels" font-size="12" fill="currentColor" stroke="white" stroke-width="3" paint-order="stroke">${texts.join("")}</g>`;
}

function legendItems(
  points: Datum[],
  aside: Datum[],
  colors: Plot.Scale | undefined,
  breaks: number,
): LegendItem[] {
  const items: LegendItem[] = [];
  if (colors?.domain && colors.range) {
    const range = [...colors.range].map(String);
    [...colors.domain].map(String).forEach((name, i) => {
      items.push({ name, color: range[i % range.length] as string, symbol: "square" });
    });
  }
  if (aside.length) {
    if (!items.length && points.length) items.push({ name: "序列数值", color: LINE, symbol: "dot" });
    items.push({ name: "同期另报、未入序列的数值", color: SET_ASIDE, symbol: "diamond" });
  }
  if (breaks) items.push({ name: "口径不同处折线断开", color: LINE, symbol: "gap" });
  return items;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  points: number;
  /** Figures set aside drawn as their own marks. */
  setAside: number;
}

/** Draws a chart cell over a query's rows; a ChartError names what is wrong with the spec. */
export function chartSvg(spec: ChartSpec, columns: Column[], rows: Row[]): ChartSvg {
  const { points, time } = data(spec, columns, rows);
  const aside = time ? setAside(spec, columns, rows) : [];
  if (spec.mark === "line") points.sort((a, b) => Number(a.x) - Number(b.x) || 0);
  const breaks = spec.mark === "line" ? splitRuns(points) : 0;
  const yText = yLabel(spec, columns, rows);
  const x = xScale(spec, [...points, ...aside], time, spec.xLabel ?? spec.x);
  const y = valueAxis(yExtent(spec, [...points, ...aside]));
  const plot = Plot.plot({
    document: plotDocument(),
    className: "civ-chart",
    width: spec.width,
    height: spec.height,
    marginTop: MARGIN.top,
    marginBottom: x.marginBottom,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    style: { fontFamily: FONT_STACK, fontSize: "12px", background: "white", color: "#222" },
    x: x.scale,
    y: {
      domain: y.domain,
      ticks: y.ticks,
      label: yText,
      labelArrow: yText.startsWith("单位：") ? "none" : "auto",
      grid: true,
      tickFormat: (d: number) => formatNumber(d),
    },
    // Series in the order the query gives them.
    color: {
      type: "categorical",
      domain: [...new Set(points.flatMap((p) => (p.color === undefined ? [] : [p.color])))],
    },
    marks: marks(spec, points, aside, x.boundaries),
  });
  const root = plot.tagName.toLowerCase() === "svg" ? plot : plot.querySelector("svg");
  if (!root) throw new ChartError("the chart produced no SVG");
  const labels = labelsSvg(
    spec,
    points,
    aside,
    { x: plot.scale("x") as Scale, y: plot.scale("y") as Scale },
    yText,
    x.marginBottom,
  );
  const colors = points.some((p) => p.color !== undefined) ? plot.scale("color") : undefined;
  const items = legendItems(points, aside, colors, breaks);
  let height = spec.height;
  let svg: string;
  if (items.length) {
    const key = legendSvg(items, spec.width);
    height += key.height;
    root.setAttribute("y", String(key.height));
    svg =
      `<svg xmlns="${SVG_NS}" width="${spec.width}" height="${height}" viewBox="0 0 ${spec.width} ${height}" ` +
      `style="font-family: ${FONT_STACK.replaceAll('"', "'")}; background: white; color: #222">` +
      `${key.svg}${root.outerHTML.replace(/<\/svg>$/, `${labels}</svg>`)}</svg>`;
  } else {
    root.setAttribute("xmlns", SVG_NS);
    svg = root.outerHTML.replace(/<\/svg>$/, `${labels}</svg>`);
  }
  return { svg, width: spec.width, height, points: points.length, setAside: aside.length };
}
