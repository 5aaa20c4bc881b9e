import type { SegmentedDocument, Sentence } from "../schemas/document.js";
import type { Fact } from "../schemas/fact.js";
import { type AsOf, resolveAsOf, statusOpening } from "./context/asof.js";
import {
  announcedPeriod,
  type CarriedDates,
  declaredSpan,
  releasedYear,
  toldDay,
} from "./context/carried.js";
import { yearDate } from "./context/dates.js";
import { placeContext } from "./context/place.js";
import { shortNamesOf } from "./context/shortNames.js";
import { COMPARED_BEFORE, type PartLink } from "./resolve/parts.js";
import {
  dateByMentionedYear,
  dateRestatedFigures,
  dropRoundedHeadlines,
  latestDateMentioned,
  latestYearMentioned,
  readHeadlinesAsBody,
} from "./resolve/restated.js";
import { continuedSeries, type DocumentContext, type Draft, sentenceDrafts } from "./sentenceFacts.js";
import { tableSpan } from "./tables/span.js";
import { factsOfTable } from "./tables/tableFacts.js";

/** 其中，…: a sentence that only parts the figure of the sentence before it. */
const PARTS_BEFORE = /^其中[，,：:]/;

/** Totals of one kind of organisation: the grades counted under them are that kind's only. */
const ONE_KIND = new Set([
  "social_work.service_orgs",
  "social_org.foundations",
  "social_org.social_groups",
  "social_org.private_non_enterprise",
  "social_org.industry_associations",
]);

/** 社工机构23家，其中5A级2家: a grade counted under one kind of organisation is not all that hold it. */
function gradeOfOneKind(metric: string, parentMetric: string | undefined): boolean {
  return metric.startsWith("social_org.rating_") && parentMetric !== undefined && ONE_KIND.has(parentMetric);
}

/**
 * 全市共有社会组织1200家。其中，市本级300家: a sentence that opens with 其中 lists parts of a figure of the
 * sentence before it (the last in the same unit), as a 其中 inside one sentence does.
 */
function listedUnder(text: string, facts: readonly Fact[], previousSentence: number | undefined): Fact[] {
  if (previousSentence === undefined || !/^\s*其中[，,：:]?/.test(text)) return [];
  let first = facts.length;
  while (first > 0 && facts[first - 1]?.sentenceId === previousSentence) first--;
  return facts.slice(first);
}

/** The list a sentence opens with ends at a comparison or a new topic: …；与上年相比, …，较2020年. */
const listedEnded = (text: string, position: number): boolean => {
  const before = text.slice(0, position);
  return /[；;]/.test(before) || COMPARED_BEFORE.test(before);
};

/** Flags totals whose additive parts do not add up (parts above the total, or a complete list that differs). */
function flagSums(sentenceFacts: Fact[], links: Array<PartLink | null>): void {
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

/** Whether a section or one around it is about plans: 三、下一步工作计划, （二）2025年工作安排. */
function inPlans(doc: SegmentedDocument, sectionId: number | null): boolean {
  for (let id = sectionId; id !== null; ) {
    const section = doc.sections[id];
    if (!section) return false;
    if (
      /下一步|工作计划|工作安排|工作打算|工作思路|工作要点|展望|今后|(?:19|20)\d{2}年(?:的)?(?:工作)?(?:计划|安排|打算|思路|目标)/.test(
        section.title,
      )
    )
      return true;
    id = section.parent;
  }
  return false;
}

/** The year of the document's own number, 粤民函〔2020〕413号 → 2020: the date of an undated document. */
function numberYear(docNumber: string | null): string | null {
  return /[〔［[【（(﹝]\s*((?:19|20)\d{2})\s*[〕］\]】）)﹞]/.exec(docNumber ?? "")?.[1] ?? null;
}

/** The date a heading states: （一）2023年工作情况, 截至2022年底的基本情况. */
function titleDate(title: string, issued: string | null): AsOf | null {
  const asOf = resolveAsOf(title, title.length, issued);
  return asOf.kind === "point" || asOf.kind === "period" ? asOf : null;
}

/** The date a section's heading or one above it states; `dateOf` gives each section's own. */
function headingDate(
  doc: SegmentedDocument,
  sectionId: number | null,
  dateOf: (id: number) => AsOf | null,
): AsOf | null {
  for (let id = sectionId; id !== null; ) {
    const section = doc.sections[id];
    if (!section) return null;
    const asOf = dateOf(id);
    if (asOf) return asOf;
    id = section.parent;
  }
  return null;
}

/** A figure dated by the document's date as what is so now: 目前…, or a stock with no date said. */
function saidNow(d: Draft): boolean {
  if (d.asOf.kind === "now") return true;
  return (
    d.asOf.kind === "document" && d.asOfSource === "document" && !/^(?:standard|target)\./.test(d.metric)
  );
}

/** The titles of a section and those above it, innermost first. */
function headingsOf(doc: SegmentedDocument, sectionId: number | null): string {
  let out = "";
  for (let id = sectionId; id !== null; ) {
    const section = doc.sections[id];
    if (!section) break;
    out += `${section.title}。`;
    id = section.parent;
  }
  return out;
}

/** 2016年, 2016年度：, 2016年底: a line that is only a year heads the paragraph under it. */
function yearLineOf(text: string): AsOf | null {
  const m = /^\s*((?:19|20)\d{2})\s*年(度|底|末)?\s*[:：]?\s*$/.exec(text);
  if (!m?.[1]) return null;
  const end = m[2] === "底" || m[2] === "末";
  return { date: end ? yearDate(Number(m[1]), true) : m[1], kind: end ? "point" : "period" };
}

/**
 * The latest year a paragraph has said, as past or present (latestYearMentioned), leaving out a year
 * a span up to now began in (2019年以来，…): its now is later.
 */
function paragraphYear(text: string): number | null {
  const year = latestYearMentioned(text.replace(/((?:19|20)\d{2})(\s*年度?\s*)(?=以来)/g, "$1 "));
  return year ? Number(year) : null;
}

/** Every statistic in a document's sentences, with its catalogue key, date, place and source. */
export function extractFacts(doc: SegmentedDocument): Fact[] {
  const facts: Fact[] = [];
  const shortNames = shortNamesOf(doc.text);
  const place = { ...placeContext(doc.meta.issuer, doc.meta.region), shortNames };
  const issued = doc.meta.issued ?? numberYear(doc.meta.docNumber);
  const current: DocumentContext = { issued, period: doc.meta.period, place, planned: false, shortNames };
  const planning: DocumentContext = { ...current, planned: true };
  const carried: CarriedDates = { paragraph: null, heading: null, span: null, title: doc.meta.period };
  let lastPoint: AsOf | null = null;
  // A line that is only a year, for the paragraph under it.
  let yearLine: AsOf | null = null;
  // The figures of the paragraph so far: what a later bare list of places goes on counting.
  const topics: Draft[] = [];
  let paragraphEnd = -1;
  // The day a news report was told (记者26日从…获悉), once said.
  let told: string | null = null;
  // The paragraph's sentences so far: the field they name goes on for the figures after them.
  let paragraph = "";
  // Sentences of one section share its heading's date, whether it is about plans and its titles; a heading's
  // own date is read once, for its section and those below it.
  const titleDates = new Map<number, AsOf | null>();
  const dateOf = (id: number): AsOf | null => {
    let asOf = titleDates.get(id);
    if (asOf === undefined) {
      asOf = titleDate(doc.sections[id]?.title ?? "", issued);
      titleDates.set(id, asOf);
    }
    return asOf;
  };
  const headings = new Map<number | null, { heading: AsOf | null; planned: boolean; titles: string }>();
  const sectionOf = (id: number | null) => {
    let known = headings.get(id);
    if (!known) {
      known = {
        heading: headingDate(doc, id, dateOf),
        planned: inPlans(doc, id),
        titles: headingsOf(doc, id),
      };
      headings.set(id, known);
    }
    return known;
  };
  const sentences = doc.sentences;
  // The rows of tables, read with their tables; lines a table steps over are read as text.
  const inTables = new Set<number>();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    if (inTables.has(s)) continue;
    if (sentence.kind === "table_row") {
      const span = tableSpan(sentences, s);
      for (const i of span) inTables.add(i);
      const rows = span.map((i) => sentences[i] as Sentence);
      facts.push(...factsOfTable(doc, rows, place, facts.length));
      continue;
    }
    // A new paragraph drops the date it was given, unless it opens with 同期 (the same time as before)
    // or stands under a line that is only a year (2016年 / 持证社会工作者数量为28.8万). A line that opens
    // with 其中 goes on with the paragraph before, whose figure it parts (a PDF's line may end at 。).
    const sameParagraph = sentence.start <= paragraphEnd || (s > 0 && PARTS_BEFORE.test(sentence.text));
    if (!sameParagraph) {
      carried.paragraph = /^(?:同期|同一时期|同时期)[，,]/.test(sentence.text) ? lastPoint : yearLine;
      yearLine = null;
      topics.length = 0;
    }
    yearLine = yearLineOf(sentence.text) ?? yearLine;
    paragraphEnd = doc.text.indexOf("\n", sentence.start);
    if (paragraphEnd < 0) paragraphEnd = doc.text.length;
    const { heading, planned, titles } = sectionOf(sentence.section);
    carried.heading = heading;
    carried.span = declaredSpan(sentence.text) ?? carried.span;
    carried.release = carried.release ?? releasedYear(sentence.text);
    const previous = sameParagraph ? (sentences[s - 1]?.text ?? "") : "";
    if (!sameParagraph) paragraph = "";
    // A text with no date of its own: the latest year the paragraph said so far, else its heading,
    // dates a month said without its year (2022年，…。截至6月底，…; 一、2021年工作情况 / 截至11月底，…).
    const yearSaid = issued || doc.meta.period ? null : (paragraphYear(paragraph) ?? paragraphYear(titles));
    const context = planned ? planning : current;
    const { drafts, links } = sentenceDrafts(
      sentence.text,
      yearSaid ? { ...context, yearSaid } : context,
      carried,
      topics,
      previous,
      `${titles}${paragraph}`,
    );
    if (sameParagraph) continuedSeries(sentence.text, drafts, topics);
    paragraph += sentence.text;
    // 3月16日，记者从…获悉: what the report says is so now is of the day it was told.
    // A figure said before the told day in its sentence (a headline run into the lead) is not of it.
    const toldBefore = told;
    const toldHere = toldDay(sentence.text, issued);
    told = toldHere?.date ?? told;
    for (const d of drafts) {
      const day = toldHere && d.q.start < toldHere.at ? toldBefore : told;
      if (day && saidNow(d)) d.asOf = { date: day, kind: "now" };
    }
    const base = facts.length;
    const listedIn = topics.length > 0 ? listedUnder(sentence.text, facts, sentences[s - 1]?.id) : [];
    topics.push(...drafts);
    drafts.forEach((d, i) => {
      const link = links[i] ?? null;
      const listed = listedEnded(sentence.text, d.q.start)
        ? undefined
        : listedIn.findLast((f) => f.unit === d.q.unit && f.role !== "part");
      const parent = link ? facts[base + link.parent] : listed;
      // A sub-count of the same series is not that series, unless it is a place's share of it.
      // A part the sentence before introduced (。其中，…) counts the place of its total unless it names its own.
      const samePlace =
        parent !== undefined &&
        (parent.region === d.region || (parent === listed && d.region === place.region));
      const metric =
        (parent && parent.metric === d.metric && samePlace) || gradeOfOneKind(d.metric, parent?.metric)
          ? "other"
          : d.metric;
      const subject =
        parent && /(?:级|所辖|管辖|下辖)$/.test(d.subject) ? `${d.subject}${parent.subject}` : d.subject;
      if (parent) parent.role = "total";
      // 年末全市共有社会组织2345个。其中，社会团体1100个: a part the sentence before introduced, its own
      // sentence naming no date, is of its total's date.
      const ofTotal = parent !== undefined && parent === listed && d.asOfSource !== "sentence";
      facts.push({
        id: base + i,
        sentenceId: sentence.id,
        metric,
        subject,
        value: d.q.value,
        max: d.q.max ?? null,
        unit: d.q.unit,
        qualifier: d.q.qualifier,
        asOf: ofTotal ? parent.asOf : d.asOf.date,
        asOfSource: ofTotal ? parent.asOfSource : d.asOfSource,
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
    // A later sentence that opens with its own time (截至…, 目前，…, 今年以来，…) dates the sentences after it.
    const opening = carried.paragraph
      ? statusOpening(sentence.text, issued, doc.meta.period, yearSaid)
      : null;
    if (opening) carried.paragraph = opening;
    if (drafts.length === 0 && !carried.paragraph) carried.paragraph = announcedPeriod(sentence.text);
    // A paragraph opened by a status date (截至2023年底，…) dates the sentences after it that name none.
    const point = drafts.find((d) => d.asOf.kind === "point" && d.asOfSource === "sentence");
    if (point && !carried.paragraph) carried.paragraph = point.asOf;
    if (point) lastPoint = point.asOf;
  }
  const dated = dateRestatedFigures(dropRoundedHeadlines(readHeadlinesAsBody(facts)));
  if (issued) return dated;
  const byId = new Map(doc.sentences.map((s) => [s.id, s.text]));
  return dateByMentionedYear(dated, latestDateMentioned(doc.text), (id) => byId.get(id) ?? "");
}
