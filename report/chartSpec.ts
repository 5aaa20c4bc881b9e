// A chart cell's body, field by field: the mark, its channels (column names) and labels.

import { type ChartSpec, MARKS, type Mark } from "./notebook.js";
import { notAValue, YamlError, type YamlMap, type YamlNode } from "./yaml.js";

const FIELDS = [
  "mark",
  "x",
  "y",
  "color",
  "label",
  "tip",
  "unit",
  "set-aside",
  "basis",
  "title",
  "x-label",
  "y-label",
  "width",
  "height",
] as const;

function text(node: YamlNode, field: string): string {
  if (node.kind !== "scalar") throw notAValue(node, field);
  if (!node.value.trim()) throw new YamlError(node.line, `${field} is empty`);
  return node.value.trim();
}

function size(node: YamlNode, field: string, min: number, max: number): number {
  const value = text(node, field);
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new YamlError(
      node.line,
      `${field} must be a whole number of pixels from ${min} to ${max}; got ${value}`,
    );
  }
  return n;
}

export function chartSpec(map: YamlMap): ChartSpec {
  const spec: Partial<ChartSpec> = { tip: [], width: 640, height: 320 };
  for (const [field, node] of map.entries) {
    switch (field as (typeof FIELDS)[number]) {
      case "mark": {
        const mark = text(node, field);
        if (!(MARKS as readonly string[]).includes(mark)) {
          throw new YamlError(node.line, `mark must be one of ${MARKS.join(", ")}; got ${mark}`);
        }
        spec.mark = mark as Mark;
        break;
      }
      case "x":
      case "y":
      case "color":
      case "label":
      case "title":
        spec[field as "x" | "y" | "color" | "label" | "title"] = text(node, field);
        break;
      case "tip":
        spec.tip = text(node, field)
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean);
        break;
      case "unit":
        spec.unit = text(node, field);
        break;
      case "basis":
        spec.basis = text(node, field);
        break;
      case "set-aside":
        spec.setAside = text(node, field);
        break;
      case "x-label":
        spec.xLabel = text(node, field);
        break;
      case "y-label":
        spec.yLabel = text(node, field);
        break;
      case "width":
        spec.width = size(node, field, 200, 2000);
        break;
      case "height":
        spec.height = size(node, field, 100, 2000);
        break;
      default:
        throw new YamlError(node.line, `unknown chart field ${field} (known: ${FIELDS.join(", ")})`);
    }
  }
  for (const required of ["mark", "x", "y"] as const) {
    if (!spec[required]) {
      throw new YamlError(
        map.line,
        `a chart needs ${required}: (mark: ${MARKS.join("|")}, x: COLUMN, y: COLUMN)`,
      );
    }
  }
  return spec as ChartSpec;
}
