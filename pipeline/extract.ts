import { type AsOf, distributedYears, resolveAsOf } from "../extractors/asof.js";
import { classify, modeOf, removeAsides } from "../extractors/classify.js";
import { linkParts } from "../extractors/parts.js";
import { distributedPlaces, findPlace, placeContext } from "../extractors/place.js";
import { findQuantities } from "../extractors/quantities.js";
import { subjectOf } from "../extractors/subject.js";
import { tableFacts } from "../extractors/tables.js";
import type { SegmentedDocument, Sentence } from "../schemas/document.js";
import type { Fact } from "../schemas/fact.js";
import type { Quantity } from "../schemas/quantity.js";

/** Quantities in a list sharing one noun: 811、766家社会组织, 81家、77家. */
function listGroups(text: string, quantities: readonly Quantity[]): number[][] {
  const groups: number[][] = [];
  quantities.forEach((q, i) => {
    const prev = quantities[i - 1];
    const last = groups.at(-1);
    if (prev && last && prev.unit === q.unit && /^\s*[、和及与]\s*$/.test(text.slice(prev.end, q.start)))
      last.push(i);
    else groups.push([i]);
  });
  return groups;
}

interface Draft {
  q: Quantity;
  subject: string;
  metric: string;
  asOf: AsOf;
  region: string | null;
}

function sentenceDrafts(
  sentence: Sentence,
  issued: string | null,
  period: string | null,
  inherited: AsOf | null,
  place: ReturnType<typeof placeContext>,
): { drafts: Draft[]; links: ReturnType<typeof linkParts> } {
  const text = sentence.text;
  // A bare number with no unit in prose is an ordinal or a clause number (1.1 为…), not a statistic.
  const quantities = findQuantities(text).filter((q) => q.unit !== "");
  const links = linkParts(text, quantities);
  const drafts: Draft[] = [];
  let said: string | null = null;
  for (const group of listGroups(text, quantities)) {
    const first = group[0] ?? 0;
    const lastIndex = group.at(-1) ?? first;
    const lastContext = subjectOf(text, quantities, lastIndex);
    const context = lastContext.direction === "after" ? lastContext : subjectOf(text, quantities, first);
    const years = group.length > 1 ? distributedYears(text, quantities[first]?.start ?? 0) : [];
    // 其中陆家嘴街道、潍坊新村街道、花木街道分别为286人、241人、198人: the total's noun, place by place.
    const places = group.length > 1 ? distributedPlaces(text, quantities[first]?.start ?? 0) : [];
    const byPlace = places.length === group.length;
    const parent = byPlace ? drafts[links[first]?.parent ?? -1] : undefined;
    if (parent) {
      context.subject = parent.subject;
      context.direction = "topic";
    }
    group.forEach((index, k) => {
      const q = quantities[index];
      if (!q) return;
      const head = text.slice(0, q.start);
      const mode = modeOf(head, issued ? Number(issued.slice(0, 4)) : null);
      const before = removeAsides(text.slice(context.clauseStart, q.start)).replace(context.subject, "");
      const after = removeAsides(text.slice(q.end, context.clauseEnd)).replace(context.subject, "");
      const metric = classify({
        subject: context.subject,
        clause: context.clause,
        before,
        after,
        per: q.per,
        context: text.slice(Math.max(head.lastIndexOf("；"), head.lastIndexOf("。")) + 1, context.clauseEnd),
        unit: q.unit,
        mode,
      });
      const year = years.length === group.length ? years[k] : undefined;
      let asOf =
        year !== undefined
          ? { date: String(year), kind: "period" as const }
          : resolveAsOf(text, q.start, issued, period);
      if (asOf.kind === "document" && inherited) asOf = inherited;
      if (mode === "target" || metric.startsWith("standard.") || metric.startsWith("target.")) {
        asOf = { date: issued, kind: "document" };
      }
      const where = `${text.slice(context.clauseStart, q.start)}${context.direction === "after" ? context.subject : ""}`;
      // A place said earlier in the sentence holds for the clauses after it: 全市…，社会工作专业人才总量5.3万人.
      const found = findPlace(where, place);
      if (found.explicit) said = found.place;
      drafts.push({
        q,
        subject: context.subject,
        metric,
        asOf,
        region: byPlace ? (places[k] ?? null) : found.explicit ? found.place : (said ?? found.place),
      });
    });
  }
  return { drafts, links };
}

/** Flags totals whose additive parts do not add up (parts above the total, or a complete list that differs). */
function flagSums(sentenceFacts: Fact[], links: ReturnType<typeof linkParts>): void {
  const byParent = new Map<number, { sum: number; complete: boolean }>();
  links.forEach((link, i) => {
    const part = sentenceFacts[i];
    if (!link?.additive || !part) return;
    const entry = byParent.get(link.parent) ?? { sum: 0, complete: link.complete };
    entry.sum += part.value;
    entry.complete &&= link.complete;
    byParent.set(link.parent, entry);
  });
  for (const [index, { sum, complete }] of byParent) {
    const total = sentenceFacts[index];
    if (!total) continue;
    const off = Math.abs(sum - total.value) > 1e-9 * Math.max(1, total.value);
    if (off && (sum > total.value || complete)) total.flags.push(`parts_sum_mismatch:${sum}`);
  }
}

/** Every statistic in a document's sentences, with its catalogue key, date, place and source. */
export function extractFacts(doc: SegmentedDocument): Fact[] {
  const facts: Fact[] = [];
  const issued = doc.meta.issued;
  const place = placeContext(doc.meta.issuer, doc.meta.region);
  let inherited: AsOf | null = null;
  let paragraphEnd = -1;
  const sentences = doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    if (sentence.kind === "table_row") {
      let end = s;
      while (sentences[end + 1]?.kind === "table_row") end++;
      for (const fact of tableFacts(doc, sentences.slice(s, end + 1), place, facts.length)) facts.push(fact);
      s = end;
      continue;
    }
    if (sentence.start > paragraphEnd) inherited = null;
    paragraphEnd = doc.text.indexOf("\n", sentence.start);
    if (paragraphEnd < 0) paragraphEnd = doc.text.length;
    const { drafts, links } = sentenceDrafts(sentence, issued, doc.meta.period, inherited, place);
    const base = facts.length;
    drafts.forEach((d, i) => {
      const link = links[i] ?? null;
      const parent = link ? facts[base + link.parent] : undefined;
      // A sub-count of the same series is not that series, unless it is a place's share of it.
      const metric = parent && parent.metric === d.metric && parent.region === d.region ? "other" : d.metric;
      const subject =
        parent && /(?:级|所辖|管辖|下辖)$/.test(d.subject) ? `${d.subject}${parent.subject}` : d.subject;
      if (parent) parent.role = "total";
      facts.push({
        id: base + i,
        sentenceId: sentence.id,
        metric,
        subject,
        value: d.q.value,
        max: d.q.max ?? null,
        unit: d.q.unit,
        qualifier: d.q.qualifier,
        asOf: d.asOf.date,
        region: d.region,
        page: sentence.page,
        snippet: sentence.text,
        quantityText: d.q.text,
        start: sentence.start + d.q.start,
        end: sentence.start + d.q.end,
        parentId: parent ? parent.id : null,
        role: parent ? "part" : "figure",
        flags: [],
      });
    });
    flagSums(facts.slice(base), links);
    // A paragraph opened by a status date (截至2023年底，…) dates the sentences after it that name none.
    const point = drafts.find((d) => d.asOf.kind === "point");
    if (point && !inherited) inherited = point.asOf;
  }
  return facts;
}
