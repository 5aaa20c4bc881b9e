// Chinese labels a notebook's SQL can join: the metric catalogue, the units, the document kinds.
// They are loaded as temporary tables into the report's own connection.

import { UNITS } from "../extractors/quantities/units.js";
import { CATALOGUE, METRICS, type Metric } from "../schemas/catalogue.js";
import type { TempTable } from "../store/tempTables.js";

export const KIND_LABELS: Record<string, string> = {
  npc_suggestion_reply: "人大代表建议答复",
  cppcc_proposal_reply: "政协提案答复",
  policy: "政策文件",
  statistical_report: "统计公报",
  other: "其他",
};

/** The written form of each unit code: the first form the unit table lists for it (家, 人, 元, %). */
export function unitLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [form, info] of UNITS) {
    if (info.multiplier === 1 && !labels.has(info.code)) labels.set(info.code, form);
  }
  return labels;
}

/**
 * The order reports list keys in: families as the catalogue first names them, and in each family
 * the totals first, every key followed by its parts (社会组织, 社会团体, 行业协会商会, 民办非企业单位 …).
 */
export function reportOrder(): string[] {
  const order: string[] = [];
  const isPart = new Set(CATALOGUE.flatMap((m) => m.parts ?? []));
  const place = (m: Metric) => {
    if (order.includes(m.key)) return;
    order.push(m.key);
    for (const part of m.parts ?? []) {
      const metric = METRICS.get(part);
      if (metric) place(metric);
    }
  };
  for (const family of new Set(CATALOGUE.map((m) => m.family))) {
    const members = CATALOGUE.filter((m) => m.family === family);
    for (const m of members) if (m.key.endsWith(".total")) place(m);
    for (const m of members) if (!isPart.has(m.key)) place(m);
    for (const m of members) place(m);
  }
  return order;
}

/** The temporary tables `catalogue` (position: see reportOrder), `units` and `kinds`. */
export function labelTables(): TempTable[] {
  const order = reportOrder();
  return [
    {
      name: "catalogue",
      columns: [
        ["key", "VARCHAR"],
        ["label", "VARCHAR"],
        ["family", "VARCHAR"],
        ["unit", "VARCHAR"],
        ["mode", "VARCHAR"],
        ["description", "VARCHAR"],
        ["position", "INTEGER"],
      ],
      rows: CATALOGUE.map((m) => [
        m.key,
        m.label,
        m.family,
        m.unit,
        m.mode,
        m.description,
        order.indexOf(m.key),
      ]),
    },
    {
      name: "units",
      columns: [
        ["code", "VARCHAR"],
        ["label", "VARCHAR"],
      ],
      rows: [...unitLabels()],
    },
    {
      name: "kinds",
      columns: [
        ["kind", "VARCHAR"],
        ["label", "VARCHAR"],
      ],
      rows: Object.entries(KIND_LABELS),
    },
  ];
}
