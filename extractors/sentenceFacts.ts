// The figures of one sentence: what each counts, its date and its place, before they become facts.

import { EVENT_BEFORE, METRICS, type Mode } from "../schemas/catalogue.js";
import type { AsOfSource } from "../schemas/fact.js";
import { NOT_PLACE, PLACE_NAMES } from "../schemas/placeNames.js";
import type { Quantity } from "../schemas/quantity.js";
import {
  type AsOf,
  dateMentions,
  distributedAtYearEnd,
  distributedYears,
  resolveAsOf,
} from "./context/asof.js";
import { type CarriedDates, type DatedFigure, withCarried } from "./context/carried.js";
import { depths, startAfter } from "./context/context.js";
import { type DateMention, yearDate } from "./context/dates.js";
import { countedTogether, distributedPlaces, PLACES_COUNTED_START } from "./context/distributedPlaces.js";
import { findPlace, type PlaceContext, placeOpening } from "./context/place.js";
import { withFullName } from "./context/shortNames.js";
import { ARRIVED_FROM, OWN_YEAR } from "./meaning/arrived.js";
import { DATED_BARE, withImpliedUnits } from "./meaning/bareCount.js";
import { classify, modeOf, removeAsides } from "./meaning/classify.js";
import { subjectInField } from "./meaning/field.js";
import { framedSubject } from "./meaning/frame.js";
import { type SubjectContext, subjectOf } from "./meaning/subject.js";
import { findQuantities } from "./quantities/quantities.js";
import { partsOfChanges } from "./resolve/changeParts.js";
import { linkParts, OTHER_YEAR_IN_BRACKET, type PartLink } from "./resolve/parts.js";

export interface Draft {
  q: Quantity;
  /** A sub-count of another figure of its sentence. */
  part: boolean;
  subject: string;
  metric: string;
  asOf: AsOf;
  asOfSource: AsOfSource;
  region: string | null;
}

export interface DocumentContext {
  /** The document's date, or the year of its number (粤民函〔2020〕413号) when it is undated. */
  issued: string | null;
  /** The sentence stands in a section of plans (三、下一步工作计划): its figures are goals. */
  planned?: boolean;
  period: string | null;
  /**
   * In a text with no date of its own, the latest year its paragraph said before the sentence: a
   * month said without its year (截至6月底) is of it.
   */
  yearSaid?: number | null;
  place: PlaceContext;
  /** The districts the document names in full, by their short names (昌平 → 昌平区). */
  shortNames?: ReadonlyMap<string, string>;
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Quantities in a list sharing one noun: 811、766家社会组织, 81家、77家. */
function listGroups(text: string, quantities: readonly Quantity[]): number[][] {
  const groups: number[][] = [];
  quantities.forEach((q, i) => {
    const prev = quantities[i - 1];
    const last = groups.at(-1);
    const joined =
      prev && last && prev.unit === q.unit && /^\s*[、和及与]\s*$/.test(text.slice(prev.end, q.start));
    if (joined) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** 由每人每年5万元提高到6.5万元: the old figure is history, the new one is the series. */
function superseded(text: string, q: Quantity): boolean {
  // 由2015年的4.1万家增加到…: a figure given with its own year is history with a date, not superseded.
  if (OWN_YEAR.test(text.slice(0, q.start))) return false;
  return (
    /(?:由|从)(?:原)?[^，,；;。到至]{0,12}$/.test(text.slice(0, q.start)) &&
    /^[^，,；;。]{0,3}(?:提高|调整|增加|上调|提升|增至|降至|降到|降为|减为|下调|增长|上升|发展|扩大|减少|下降|降低|回落|回升|反弹|下滑|滑到|滑至)/.test(
      text.slice(q.end),
    )
  );
}

/** …勇盛应急救援服务中心和…救护服务中心2家民办非企业单位: the figure counts the bodies just named. */
const NAME =
  "[\\u4e00-\\u9fa5]{4,}(?:中心|协会|商会|基金会|研究会|促进会|联合会|服务社|事务所|工作室|服务站|学校|医院|公司|研究院)";
const NAMED_BEFORE = new RegExp(`${NAME}(?:和|、|及|与)${NAME}(?:等)?\\s*$`);
/** How NAMED_BEFORE must end: checked first, since NAMED_BEFORE is slow on long runs of Han characters. */
const NAME_END =
  /(?:中心|协会|商会|基金会|研究会|促进会|联合会|服务社|事务所|工作室|服务站|学校|医院|公司|研究院)(?:等)?\s*$/;
const namedBefore = (head: string): boolean => NAME_END.test(head) && NAMED_BEFORE.test(head);

/** 2008年到2018年，…由8943个增长到16232个: the years a change runs between, said before it. */
function changeSpan(text: string, q: Quantity): { from: number; to: number } | null {
  const m = /((?:19|20)\d{2})\s*年?\s*(?:到|至|—|–|-|~)\s*((?:19|20)\d{2})\s*年/.exec(text.slice(0, q.start));
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** The year the document was issued, when it is known. */
const issuedYear = (doc: DocumentContext): number | null =>
  doc.issued ? Number(doc.issued.slice(0, 4)) : null;

/** Stock or goal: said by 力争, a year to come, or the section the sentence stands in. */
function modeAt(text: string, q: Quantity, doc: DocumentContext): Mode {
  return doc.planned
    ? "target"
    : modeOf(
        text.slice(0, q.start),
        issuedYear(doc),
        doc.issued && doc.issued.length >= 7 ? Number(doc.issued.slice(5, 7)) : null,
        q.qualifier === "at_least",
      );
}

function metricOf(
  text: string,
  q: Quantity,
  read: SubjectContext,
  mode: Mode,
  field: string,
  shortNames: ReadonlyMap<string, string>,
  documentYear: number | null,
): string {
  // 昌平实名注册志愿者, where the text named 昌平区 before: the short name is the place, no kind.
  const context = { ...read, subject: withFullName(read.subject, shortNames) };
  const head = text.slice(0, q.start);
  if (superseded(text, q) && !changeSpan(text, q)) return "other";
  if (namedBefore(head)) return "other";
  const metric = classifyAs(text, q, context, mode, context.subject, documentYear);
  if (metric !== "other") return metric;
  // …队伍不断壮大。目前，全国共有73.7万人取得资格证书: the field said before names what the words leave open.
  const full = subjectInField(context.subject, `${field}${text.slice(0, context.clauseStart)}`);
  return full ? classifyAs(text, q, context, mode, full, documentYear) : metric;
}

/**
 * 累计选派165家社会工作服务机构，940名社会工作专业人才: a clause that opens on its figure goes on listing
 * what the verb of the clause before it did, when that verb said an event (选派, 培训, 新增…).
 */
function listedAfterEvent(text: string, clauseStart: number, q: Quantity): string {
  if (text.slice(clauseStart, q.start).trim() !== "") return "";
  const prev = text.slice(0, clauseStart).replace(/[，,]\s*$/, "");
  if (prev.length === text.slice(0, clauseStart).length) return "";
  const clause = prev.slice(startAfter(prev, "，,；;。：:\n", prev.length));
  const lead = /^[^\d]*/.exec(clause)?.[0] ?? "";
  return lead.length < clause.length && EVENT_BEFORE.test(lead) ? lead : "";
}

/**
 * The items of a list said before a figure (建成了17个社会工作指导中心、45个社会工作站): what they count says
 * nothing of the figure, so only the words that open the list stay before it.
 */
const LISTED_BEFORE = /\d[\d.]*(?:万|亿)?(?:个|家|名|人|项|所|座|处|支|支队伍)[^、，,；;。\d]*、/g;

function classifyAs(
  text: string,
  q: Quantity,
  context: SubjectContext,
  mode: Mode,
  subject: string,
  documentYear: number | null,
): string {
  const head = text.slice(0, q.start);
  return classify({
    subject,
    clause: context.clause,
    before:
      removeAsides(text.slice(context.clauseStart, q.start))
        .replace(context.subject, "")
        .replace(LISTED_BEFORE, "") || listedAfterEvent(text, context.clauseStart, q),
    after: removeAsides(text.slice(context.nounEnd ?? q.end, context.clauseEnd)).replace(context.subject, ""),
    per: q.per,
    context: text.slice(head.lastIndexOf("。") + 1, context.clauseEnd),
    tail: /^[^；;。]*/.exec(text.slice(q.end))?.[0] ?? "",
    unit: q.unit,
    mode,
    documentYear,
  });
}

/**
 * 2024年起，我市将…标准由每人每年5万元提高到6.5万元, 我市自2022年起按照每人每年8.5万元的标准购买…: a standard
 * a text reports raised or applied from a date before its own is of that date; one it sets now, or from a date
 * to come, is of the document's date.
 */
const RAISED_FROM =
  /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?(?:起|开始)(?:[^。；;]*?(?:提高|调整|上调|提升|增加|调)(?:到|至|为)\s*|[^，,。；;]*)$/;

function raisedFrom(text: string, q: Quantity, issued: string | null): string | null {
  const m = RAISED_FROM.exec(text.slice(0, q.start));
  if (!m?.[1] || !issued) return null;
  const date = m[2] ? `${m[1]}-${m[2].padStart(2, "0")}` : m[1];
  return date < issued.slice(0, date.length) ? date : null;
}

/**
 * 2007年7月，市民政局以每个岗位每年6万元的标准购买社工服务: a standard the sentence says was set or applied at a
 * date before the document's own is of that date; one said now, or at a date to come, is of the document's date.
 */
function appliedAt(
  text: string,
  q: Quantity,
  doc: DocumentContext,
  mentions: readonly DateMention[],
): string | null {
  const before = mentions.filter((d) => d.stop <= q.start);
  if (before.length === 0) return null;
  const asOf = resolveAsOf(text, q.start, doc.issued, doc.period, before);
  if ((asOf.kind !== "period" && asOf.kind !== "point") || !asOf.date) return null;
  return !doc.issued || asOf.date < doc.issued.slice(0, asOf.date.length) ? asOf.date : null;
}

function asOfOf(
  text: string,
  q: Quantity,
  metric: string,
  /** The date 分别 gives this figure: a year of a list (2021年、2022年), or its end (2021年底、2022年底). */
  year: string | undefined,
  doc: DocumentContext,
  carried: CarriedDates,
  mode: Mode,
  mentions: () => readonly DateMention[],
): DatedFigure {
  if (mode === "target" || metric.startsWith("standard.") || metric.startsWith("target.")) {
    const standard = metric.startsWith("standard.");
    const raised = standard ? raisedFrom(text, q, doc.issued) : null;
    if (raised) return { asOf: { date: raised, kind: "period" }, source: "sentence" };
    const applied = standard && mode !== "target" ? appliedAt(text, q, doc, mentions()) : null;
    if (applied) return { asOf: { date: applied, kind: "period" }, source: "sentence" };
    return { asOf: { date: doc.issued, kind: "document" }, source: doc.issued ? "document" : "none" };
  }
  if (year !== undefined)
    return { asOf: { date: year, kind: year.length > 4 ? "point" : "period" }, source: "sentence" };
  const span = changeSpan(text, q);
  if (span && superseded(text, q))
    return { asOf: { date: String(span.from), kind: "period" }, source: "sentence" };
  if (span && ARRIVED_FROM.test(text.slice(0, q.start))) {
    return { asOf: { date: String(span.to), kind: "period" }, source: "sentence" };
  }
  return withCarried(resolveAsOf(text, q.start, doc.issued, doc.period, mentions()), carried);
}

/** The noun a group of figures shares, and the place each of them counts when 分别 lists places. */
function groupContext(
  text: string,
  depth: readonly number[],
  quantities: readonly Quantity[],
  group: number[],
  links: Array<PartLink | null>,
  drafts: Draft[],
  topics: readonly Draft[],
  previous: string,
) {
  const first = group[0] ?? 0;
  const lastContext = subjectOf(text, quantities, group.at(-1) ?? first, depth);
  const context = lastContext.direction === "after" ? lastContext : subjectOf(text, quantities, first, depth);
  const start = quantities[first]?.start ?? 0;
  const years = group.length > 1 ? distributedYears(text, start) : [];
  // 其中陆家嘴街道、潍坊新村街道、花木街道分别为286人、241人、198人: a series place by place. Its noun is the
  // total's, or said beside 分别 (分别有街道17个…, 城关区、安宁区持证社工分别为…), or its own (…，城市社区103个、21个).
  const distribution =
    group.length > 1 && years.length === 0 ? distributedPlaces(text, start, group.length, previous) : null;
  if (distribution && distribution.places.length === group.length) {
    const unit = quantities[first]?.unit;
    const parent = drafts[links[first]?.parent ?? -1];
    // 两区社工机构分别为…: the words that count the places are no part of the noun.
    const own = distribution.places.some((p) =>
      context.subject.includes(p.replace(/(?<=..)(?:省|市|区|县|旗|镇|乡|街道)$/, "")),
    )
      ? ""
      : context.subject.replace(PLACES_COUNTED_START, "");
    const said = (distribution.after || distribution.before)
      .replace(PLACES_COUNTED_START, "")
      .replace(/^(?:建成|建有|设有|有|为|是|达到|登记)$/, "");
    const previous = topicOf([...topics, ...drafts], unit)?.subject;
    const subject = parent?.subject ?? (own || said || previous);
    if (subject)
      return {
        context: { ...context, subject, direction: "topic" as const },
        years,
        places: distribution.places,
      };
  }
  // 镇、乡（…）、街道分别为806个、312个、133个: each figure counts the noun in the same place of the list.
  const nouns = group.length > 1 && years.length === 0 ? distributedNouns(text, start) : [];
  if (nouns.length === group.length && nouns.every((noun) => !/\d/.test(noun)))
    return { context, years, places: [], nouns };
  return { context, years, places: [] };
}

/** 近三年，全省分别有…、…、…人取得证书: 分别 over years the text does not name; none can be dated. */
const UNNAMED_YEARS = /(?:近|连续|最近)[一二三四五六七八九十两\d]+年|历年|每年/;

function eachOfUnnamedYears(
  text: string,
  quantities: readonly Quantity[],
  group: readonly number[],
  years: readonly number[],
): boolean {
  const first = quantities[group[0] ?? -1];
  if (group.length < 2 || years.length > 0 || !first) return false;
  const part = text.slice(startAfter(text, "。；;", first.start), first.start);
  return /分别/.test(part) && UNNAMED_YEARS.test(part);
}

/** The nouns listed before 分别 in the clause that leads to `position`. */
function distributedNouns(text: string, position: number): string[] {
  const m = /([^，,；;。：:]*?)分别(?:为|是|有|达到?)?\s*$/.exec(removeAsides(text.slice(0, position)));
  if (!m?.[1]) return [];
  const items = m[1]
    .split(/[、和及与]/)
    .map((item) => item.trim())
    .filter(Boolean);
  // 街道和社区党组织分别为12个、85个: short words before one longer noun qualify it; they are no list.
  const last = items.at(-1) ?? "";
  const longest = Math.max(0, ...items.slice(0, -1).map((item) => item.length));
  return longest <= 2 && last.length >= longest + 3 ? [] : items;
}

/** Drafts of every figure in a sentence, with the links from sub-counts to their totals. */
export function sentenceDrafts(
  text: string,
  doc: DocumentContext,
  carried: CarriedDates,
  topics: readonly Draft[] = [],
  /** The sentence before, in the same paragraph: places it lists may be handed out by 分别. */
  previous = "",
  /** The headings over the sentence and its paragraph before it: the field they name (社会工作). */
  field = "",
): { drafts: Draft[]; links: Array<PartLink | null> } {
  // A bare number with no unit in prose is an ordinal or a clause number (1.1 为…), not a statistic.
  const quantities = withImpliedUnits(text, findQuantities(text), doc.shortNames).filter(
    (q) => q.unit !== "",
  );
  const depth = depths(text);
  const links = linkParts(text, quantities, depth);
  const drafts: Draft[] = [];
  let said: string | null = null;
  let saidAt = -1;
  const openings = new ClauseOpenings(text, doc.place);
  // The sentence's dates, read once when a figure first needs them.
  let dates: DateMention[] | undefined;
  const mentions = () => {
    dates ??= dateMentions(text, doc.issued, doc.period, doc.yearSaid ?? null);
    return dates;
  };
  for (const group of listGroups(text, quantities)) {
    const {
      context: shared,
      years,
      places,
      nouns,
    } = groupContext(text, depth, quantities, group, links, drafts, topics, previous);
    const undated = eachOfUnnamedYears(text, quantities, group, years);
    const yearEnds = years.length > 0 && distributedAtYearEnd(text, quantities[group[0] ?? 0]?.start ?? 0);
    group.forEach((index, k) => {
      const q = quantities[index];
      if (!q) return;
      const noun = nouns?.[k];
      const own = noun ? { ...shared, subject: noun, direction: "topic" as const } : shared;
      // 在注册志愿者人数上，慈溪最多，有近32万人: the measure the sentence opened with names what is counted.
      const framed = framedSubject(text, own.clauseStart, own.subject);
      const context = framed ? { ...own, subject: framed, direction: "topic" as const } : own;
      const mode = modeAt(text, q, doc);
      const read =
        undated || countedTogether(text.slice(context.clauseStart, q.start))
          ? "other"
          : metricOf(text, q, context, mode, field, doc.shortNames ?? NO_NAMES, issuedYear(doc));
      const topic = read === "other" && !undated ? totalOfTopic(context, q, topics) : undefined;
      const metric = topic?.metric ?? read;
      const { asOf, source } = asOfOf(
        text,
        q,
        metric,
        years.length === group.length ? `${years[k]}${yearEnds ? "-12-31" : ""}` : undefined,
        doc,
        carried,
        mode,
        mentions,
      );
      // A place said earlier in the sentence holds for the clauses after it: 全市…，社会工作专业人才总量5.3万人.
      const where = `${text.slice(context.clauseStart, q.start)}${context.direction === "after" ? context.subject : ""}`;
      // A clause opening with a place after the one said holds from there on: …8.7万人，11个地市中，温州市持证社工
      //最多，为8200人 (温州市, not the 浙江省 of the figure before).
      const found = findPlace(where, doc.place);
      if (found.explicit) [said, saidAt] = [found.place, q.start];
      else {
        const opened = openings.before(context.clauseStart);
        if (opened && (said === null || openings.nearestAt > saidAt))
          [said, saidAt] = [opened, openings.nearestAt];
      }
      const region = places.length
        ? (places[k] ?? null)
        : found.explicit
          ? found.place
          : (said ?? topic?.region ?? found.place);
      drafts.push({
        q,
        part: links[index] != null,
        subject: context.subject,
        metric,
        asOf,
        asOfSource: source,
        region,
      });
    });
  }
  partsOfChanges(text, drafts, links);
  levelsListed(drafts);
  sharesByPlace(drafts, links, topics);
  comparisonBases(text, drafts);
  return { drafts, links };
}

/**
 * The place an earlier clause of the sentence opens with, the nearest first: 山东省注册志愿者数量持续增长，
 * 目前…注册志愿者已达到1691万人. The clauses are read once, as the figures move along the sentence.
 */
class ClauseOpenings {
  #readTo = 0;
  #nearest: string | null = null;
  /** Where the clause that opened with the nearest place starts (-1 when none has). */
  nearestAt = -1;
  constructor(
    readonly text: string,
    readonly ctx: PlaceContext,
  ) {}

  before(clauseStart: number): string | null {
    if (clauseStart > this.#readTo) {
      let at = this.#readTo;
      for (const clause of this.text.slice(this.#readTo, clauseStart).split(/[，,；;：:。]/)) {
        const place = placeOpening(clause.trim(), this.ctx);
        if (place) [this.#nearest, this.nearestAt] = [place, at];
        at += clause.length + 1;
      }
      this.#readTo = clauseStart;
    }
    return this.#nearest;
  }
}

/** The level a figure is registered at: 市级社会组织, 区本级, 街道级. */
const LEVEL = /(?:省|市|区|县|镇|乡|街道|镇街)(?:本级|级)/;

/**
 * 现有市级社会组织598家，区级社会组织1320家: the same series counted level by level in one sentence gives
 * parts of a total the sentence does not state, none of them the series.
 */
function levelsListed(drafts: Draft[]): void {
  const byMetric = new Map<string, Array<{ index: number; level: string }>>();
  drafts.forEach((d, index) => {
    const level = LEVEL.exec(d.subject)?.[0];
    if (d.metric === "other" || !level) return;
    const list = byMetric.get(d.metric) ?? [];
    list.push({ index, level });
    byMetric.set(d.metric, list);
  });
  for (const list of byMetric.values()) {
    if (new Set(list.map((l) => l.level.replace("本", ""))).size < 2) continue;
    for (const { index } of list) {
      const draft = drafts[index];
      if (draft) drafts[index] = { ...draft, metric: "other" };
    }
  }
}

/** A subject that is only a total, with no noun of its own: 总数, 总量. */
const BARE_TOTAL = /^(?:总数|总量|总规模|规模总量)$/;

/**
 * 截至2024年底，全国社会组织总量降到了87.18万个。…。到了2025年底，总数更是滑到了83.4万家: a total named only
 * 总数, with no noun in its sentence, is the total of the series the paragraph counted last, in any unit
 * that series is counted in (个 or 家), and of its place unless it names its own.
 */
function totalOfTopic(context: SubjectContext, q: Quantity, topics: readonly Draft[]): Draft | undefined {
  if (context.direction !== "before" || !BARE_TOTAL.test(context.subject)) return undefined;
  const topic = topics.findLast((d) => d.metric !== "other" && !d.part);
  if (!topic || topic.metric.startsWith("standard.") || topic.metric.startsWith("target.")) return undefined;
  return METRICS.get(topic.metric)?.units.includes(q.unit) ? topic : undefined;
}

/**
 * 1990年，全县登记社会团体12个。1995年增至25个，2000年达41个: a sentence that opens with a year and names no
 * noun before its figure goes on counting the series the sentence before ended on, as its clauses do within a
 * sentence; so do its clauses after it that do the same. The figure just before must be of that series: a
 * year's new ones in between (2019年新增30家。2020年为45家) leave it counting nothing.
 */
export function continuedSeries(text: string, drafts: Draft[], topics: readonly Draft[]): void {
  for (const [i, draft] of drafts.entries()) {
    if (draft.metric !== "other" || draft.subject !== "" || draft.part) return;
    const head = text.slice(startAfter(text, "，,；;。", draft.q.start - 1), draft.q.start);
    // 1995年，增至25个: the year may be a clause of its own before the first figure.
    const dated = DATED_BARE.test(head) || (i === 0 && DATED_BARE.test(text.slice(0, draft.q.start)));
    if (!dated || draft.asOfSource !== "sentence") return;
    const before = topics.findLast((d) => d.q.unit === draft.q.unit && !d.part);
    if (!before || !/^(?:social_org|social_work|community)\./.test(before.metric)) return;
    draft.subject = before.subject;
    draft.metric = before.metric;
    draft.region ??= before.region;
  }
}

/** The latest figure of a catalogue series in `unit` said before: what a bare place list counts. */
function topicOf(drafts: readonly Draft[], unit: string | undefined): Draft | undefined {
  return drafts.findLast((d) => d.q.unit === unit && d.metric !== "other" && !d.part);
}

const NAMED_PLACE = new RegExp(`^(?:${PLACE_NAMES})$`);
/** 我市, 本区: the document's own place, named by the words alone. */
const OWN_PLACE = /^[我本](?:省|市|区|县|州|旗)$/;
const PLACE_ONLY = new RegExp(
  `^(?!.*${NOT_PLACE})(?:${PLACE_NAMES}|[\\u4e00-\\u9fa5]{1,6}?(?:区|县|旗|街道|镇|乡))$`,
);

/**
 * 社会工作服务机构46家，其中涧西区9家、西工区7家: a figure named only by a place is its share of the
 * total it belongs to, or of the series the paragraph was counting (按登记机关分，克拉玛依区148家…); one
 * named only as the document's own place (其中我市8600家) is its share of the total it belongs to.
 */
function sharesByPlace(drafts: Draft[], links: Array<PartLink | null>, topics: readonly Draft[]): void {
  drafts.forEach((draft, i) => {
    // 全省共有社会组织7.1万家，其中我市8600家: the document's own place, its share of the total it is part of.
    if (OWN_PLACE.test(draft.subject)) {
      const parent = drafts[links[i]?.parent ?? -1];
      if (parent && parent.metric !== "other" && parent.q.unit === draft.q.unit)
        drafts[i] = { ...draft, subject: parent.subject, metric: parent.metric };
      return;
    }
    if (!PLACE_ONLY.test(draft.subject)) return;
    const linked = drafts[links[i]?.parent ?? -1];
    // Without a total to belong to, only a named place (克拉玛依区, not 民族乡) continues the series.
    const named = NAMED_PLACE.test(draft.subject);
    const parent = linked ?? (named ? topicOf([...topics, ...drafts.slice(0, i)], draft.q.unit) : undefined);
    if (!parent) return;
    drafts[i] = { ...draft, region: draft.subject, subject: parent.subject, metric: parent.metric };
  });
}

/** 与2021年的37.11万个相比, 较上年底的145个: the figure a change is measured from, and its year (or year's end). */
const COMPARED_WITH =
  /(?:与|较|比|同)\s*(?:((?:19|20)\d{2})\s*年|(上年|去年|上一年))(底|末|年底|年末)?(?:同期)?(?:的)\s*$/;

/** 97个（2023年全年为86个）: the figure of another year in a bracket, read as COMPARED_WITH reads one. */
function inBracketOfYear(text: string, at: number): RegExpExecArray | null {
  const open = Math.max(text.lastIndexOf("（", at), text.lastIndexOf("(", at));
  if (open < 0 || /[）)]/.test(text.slice(open, at))) return null;
  return OTHER_YEAR_IN_BRACKET.exec(text.slice(open + 1, at));
}

/**
 * A clause that opens with the year a figure is compared with and says the figure was then only so
 * much: ，相比2013年我市仅有…. Not 与2013年相比，…达到… (the figure of now).
 */
const COMPARED_CLAUSE =
  /^\s*(?:相比|相较|较|比|与)于?\s*((?:19|20)\d{2})\s*年(底|末)?[^，,；;。\d]{0,10}(?:仅|只|才)[^，,；;。\d]{0,8}$/;

/**
 * 社会团体有37.01万个，与2021年的37.11万个相比减少了0.1万个: the earlier figure is of the same series
 * as the figure it is compared with, at the year it names.
 */
function comparisonBases(text: string, drafts: Draft[]): void {
  drafts.forEach((draft, i) => {
    // …，相比2013年我市仅有212名持证社工: a clause that opens with the year compared with is of that year.
    const clauseStart = startAfter(text, "，,；;：:。", draft.q.start - 1);
    const opened =
      draft.metric === "other" ? null : COMPARED_CLAUSE.exec(text.slice(clauseStart, draft.q.start));
    if (opened?.[1]) {
      const date = yearDate(opened[1], Boolean(opened[2]));
      drafts[i] = { ...draft, asOf: { date, kind: "period" }, asOfSource: "sentence" };
      return;
    }
    if (draft.metric !== "other") return;
    const m = COMPARED_WITH.exec(text.slice(0, draft.q.start)) ?? inBracketOfYear(text, draft.q.start);
    if (!m) return;
    // The figure compared with is the one said just before: 新增82人，比2019年的10人增长 compares two
    // years' new counts, and a base of what is no series is none either.
    const current = drafts.slice(0, i).findLast((d) => d.q.unit === draft.q.unit);
    if (!current || current.metric === "other") return;
    const currentYear = /^\d{4}/.exec(current.asOf.date ?? "")?.[0];
    const year = m[1] ?? (currentYear ? String(Number(currentYear) - 1) : null);
    if (!year || year === currentYear) return;
    drafts[i] = {
      ...draft,
      subject: current.subject,
      metric: current.metric,
      region: current.region,
      // 较2014年底的468家: the year's end, as said.
      asOf: { date: yearDate(year, Boolean(m[3])), kind: "period" },
      asOfSource: "sentence",
    };
  });
}
