// A count written with 万 or 亿 and no measure word after a noun that says what it counts:
// 实名注册志愿者620万, 社会组织总数达1.2万. The noun gives the unit the text left out.
import type { Quantity } from "../../schemas/quantity.js";
import { meaningOf } from "./meaning.js";
import { TRAILING_LEAD } from "./subject.js";

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

/** `q` with the unit its noun implies, or `q` itself. */
export function withImpliedUnit(text: string, q: Quantity): Quantity {
  if (q.unit !== "" || !/[万亿]\s*$/.test(q.text) || q.ratio) return q;
  const clauseStart =
    Math.max(...["，", ",", "；", ";", "。", "：", ":", "\n"].map((p) => text.lastIndexOf(p, q.start - 1))) +
    1;
  const before = text.slice(clauseStart, q.start).replace(TRAILING_LEAD, "");
  if (!before || /\d/.test(before.slice(-1))) return q;
  const { key } = meaningOf(before);
  const implied = key ? UNIT_OF_KEY[key] : undefined;
  return implied ? { ...q, ...implied } : q;
}
