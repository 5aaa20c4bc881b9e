// A count written with 万 or 亿 and no measure word after a noun that says what it counts:
// 实名注册志愿者620万, 社会组织总数达1.2万. The noun gives the unit the text left out.

import { HEADS } from "../../schemas/lexicon.js";
import type { Quantity } from "../../schemas/quantity.js";
import { depths, startAfter } from "../context/context.js";
import { withFullName } from "../context/shortNames.js";
import { meaningOf } from "./meaning.js";
import { ARRIVED_ONLY, afterDatedMilestone, cleanBefore, FALLS_TO, RISES_TO } from "./subject.js";

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

/** The head nouns of the series above, longest first: what may follow a bare count (214万余志愿者). */
const NOUNS_AFTER = HEADS.filter((head) => UNIT_OF_KEY[head.key])
  .flatMap((head) => head.nouns.map((noun) => ({ noun, key: head.key })))
  .sort((a, b) => b.noun.length - a.noun.length);

/**
 * 在全市214万余志愿者中, 90万社会组织，…: a bare count followed straight by the noun it counts, the noun
 * ending its phrase, takes that noun's unit; 余 or 多 after 万 says more than.
 */
function nounFollowing(text: string, q: Quantity): Quantity | null {
  const approx = /^[余多]/.test(text.slice(q.end, q.end + 1));
  const rest = text.slice(q.end + (approx ? 1 : 0));
  const found = NOUNS_AFTER.find(
    ({ noun }) => rest.startsWith(noun) && /^(?:[，,。；;、）)]|中|$)/.test(rest.slice(noun.length)),
  );
  const implied = found ? UNIT_OF_KEY[found.key] : (UNIT_OF_KEY[describedNounKey(rest) ?? ""] ?? undefined);
  if (!implied) return null;
  return approx
    ? { ...q, ...implied, end: q.end + 1, text: `${q.text}${text[q.end]}`, qualifier: "more_than" }
    : { ...q, ...implied };
}

/**
 * 98万注册志愿者和…: words that describe the noun may stand between a bare count and it, when the phrase they
 * make still names the series (注册志愿者 does; 青年志愿者, 培训志愿者 do not).
 */
function describedNounKey(rest: string): string | null {
  const phrase = /^[\u4e00-\u9fa5]{2,12}?(?=[，,。；;、）)\s\d]|[和及与]|中[，,。；;]|$)/.exec(rest)?.[0];
  if (!phrase || !NOUNS_AFTER.some(({ noun }) => phrase.endsWith(noun))) return null;
  const { key } = meaningOf(phrase);
  return key && UNIT_OF_KEY[key] ? key : null;
}

/** `q` with the unit its noun implies, or `q` itself. */
function withImpliedUnit(text: string, q: Quantity, shortNames?: ReadonlyMap<string, string>): Quantity {
  if (q.unit !== "" || !/[万亿]\s*$/.test(q.text) || q.ratio) return q;
  const following = nounFollowing(text, q);
  if (following) return following;
  // …超过160万，其中持证社会工作者接近93万: the list word before a part is no part of its noun; nor is the
  // time the clause opens with (目前全国社会工作专业人才还不到20万), nor the lead verb and bound before the figure,
  // nor its year (2016年持证社会工作者数量为28.8万: the year is its date).
  const clause = text
    .slice(startAfter(text, "，,；;。：:\n", q.start - 1), q.start)
    .replace(/^\s*(?:19|20)\d{2}\s*年(?:底|末|度)?\s*/, "");
  const before = cleanBefore(clause).subject;
  if (!before || /\d/.test(before.slice(-1))) return q;
  // 取得资格总人数近6万: a count of 人数 is of people, whatever it counts them as.
  if (/人数$/.test(before)) return { ...q, unit: "person", unitText: "人" };
  const { key } = meaningOf(shortNames ? withFullName(before, shortNames) : before);
  const implied = key ? UNIT_OF_KEY[key] : undefined;
  return implied ? { ...q, ...implied } : q;
}

/** A clause that opens with a year and names no noun before its figure: 2017年增长至32.7万, 2019年继续增加到53.1万. */
export const DATED_BARE = new RegExp(
  `^\\s*(?:(?:19|20)\\d{2})\\s*年(?:底|末)?[，,]?[^\\d，,；;。\\u4e00-\\u9fa5]*(?:继续|进一步|稳步|逐步|不断|持续|快速)?(?:为|是|达到?|${RISES_TO}|${FALLS_TO}|突破)?\\s*$`,
);

/**
 * The units of a sentence's figures, a bare count (万 with no measure word) in a clause that opens with a
 * year taking the unit a bare count before it was given by its noun: 2016年持证社会工作者数量为28.8万，…；
 * 2017年增长至32.7万 (the series goes on, so does its unit); so does the figure a year's milestone clause
 * arrives at: 2022年跨越90万大关，达到93.1万.
 */
export function withImpliedUnits(
  text: string,
  quantities: readonly Quantity[],
  /** The districts the document names in full, by their short names (昌平 → 昌平区). */
  shortNames?: ReadonlyMap<string, string>,
): Quantity[] {
  let implied: Pick<Quantity, "unit" | "unitText"> | null = null;
  let depth: number[] | null = null;
  const depthOf = () => {
    depth ??= depths(text);
    return depth;
  };
  return quantities.map((raw) => {
    const q = withImpliedUnit(text, raw, shortNames);
    if (q !== raw) implied = { unit: q.unit, unitText: q.unitText };
    if (q.unit !== "" || !implied || !/[万亿]\s*$/.test(q.text) || q.ratio) return q;
    const clauseStart = startAfter(text, "，,；;。\n", q.start - 1);
    const lead = text.slice(clauseStart, q.start);
    const dated =
      DATED_BARE.test(lead) || (ARRIVED_ONLY.test(lead) && afterDatedMilestone(text, clauseStart, depthOf()));
    return dated ? { ...q, ...implied } : q;
  });
}
