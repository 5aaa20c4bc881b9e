// A count written with 万 or 亿 and no measure word after a noun that says what it counts:
// 实名注册志愿者620万, 社会组织总数达1.2万. The noun gives the unit the text left out.
import type { Quantity } from "../../schemas/quantity.js";
import { meaningOf } from "./meaning.js";

/** The unit each series is counted in, for the series a bare count may belong to. */
const UNIT_OF_KEY: Readonly<Record<string, { unit: string; unitText: string }>> = {
  "social_work.volunteers": { unit: "person", unitText: "人" },
  "social_work.workers": { unit: "person", unitText: "人" },
  "social_work.certified_workers": { unit: "person", unitText: "人" },
  "social_work.professionals": { unit: "person", unitText: "人" },
  "social_org.total": { unit: "org", unitText: "家" },
  "social_org.social_groups": { unit: "org", unitText: "家" },
  "social_org.private_non_enterprise": { unit: "org", unitText: "家" },
};

/** Words between the noun and the figure: 已有, 达到, 超过. */
const LINK =
  /(?:已经|已|共有|共计|共|总计|累计|现有|已有|拥有|有|达到了|达到|已达|达|超过|超|突破|逾|约|近|将近|为|是)+$/;

/** `q` with the unit its noun implies, or `q` itself. */
export function withImpliedUnit(text: string, q: Quantity): Quantity {
  if (q.unit !== "" || !/[万亿]\s*$/.test(q.text) || q.ratio) return q;
  const clauseStart =
    Math.max(...["，", ",", "；", ";", "。", "：", ":", "\n"].map((p) => text.lastIndexOf(p, q.start - 1))) +
    1;
  const before = text.slice(clauseStart, q.start).replace(LINK, "");
  if (!before || /\d/.test(before.slice(-1))) return q;
  const { key } = meaningOf(before);
  const implied = key ? UNIT_OF_KEY[key] : undefined;
  return implied ? { ...q, ...implied } : q;
}
