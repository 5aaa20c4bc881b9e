// Dates for figures whose own sentence gave none. A headline or summary often repeats a figure the
// body states with its date (建成1.7万余个社工站 … 2021年已建成社工站1.7万余个): the repeat takes
// that date. A text with no date of its own (a news copy without its dateline) still says which
// years it speaks of: its undated figures (目前…) are read at the latest of them, marked as such.
import type { AsOfSource, Fact } from "../../schemas/fact.js";
import { parseNumeral } from "../quantities/numerals.js";

/** Dates a restatement may close: the document's own, none, or a year told against a missing date. */
const OPEN: ReadonlySet<AsOfSource> = new Set(["document", "none", "relative"]);

/** What makes two figures the same figure: series, unit, value and upper end. */
const figureKey = (f: Fact) => `${f.metric}|${f.unit}|${f.value}|${f.max ?? ""}`;

/** A line with no clause mark, as a headline is written: 某市设立5个乡镇社会工作服务站. */
const HEADLINE = /^[^，,。；;：:！!？?]{4,40}$/;

/**
 * A headline's figure that the body says again of the same noun only as something else (为5个乡镇社会工作
 * 服务站授牌: an event) counts what the body says, not the series.
 */
export function readHeadlinesAsBody(facts: readonly Fact[]): Fact[] {
  return facts.map((fact) => {
    if (fact.metric === "other" || !HEADLINE.test(fact.snippet.trim())) return fact;
    const again = facts.filter(
      (f) =>
        f.sentenceId !== fact.sentenceId &&
        f.value === fact.value &&
        f.unit === fact.unit &&
        f.subject.includes(fact.subject),
    );
    return again.length > 0 && again.every((f) => f.metric === "other") ? { ...fact, metric: "other" } : fact;
  });
}

/**
 * A headline that rounds the body's figure (志愿者注册人数超30万 over 共有注册志愿者30.5万人, 近2000家 over
 * 1968家) says that figure again, not another: the body's exact figure stands alone.
 */
export function dropRoundedHeadlines(facts: readonly Fact[]): Fact[] {
  const rounds = (head: Fact, body: Fact) =>
    head.qualifier === "more_than"
      ? body.value > head.value && body.value < head.value * 1.1
      : Math.abs(body.value - head.value) < head.value * 0.1;
  return facts.map((fact) => {
    if (fact.metric === "other" || !HEADLINE.test(fact.snippet.trim())) return fact;
    if (fact.qualifier !== "more_than" && fact.qualifier !== "nearly") return fact;
    const body = facts.some(
      (f) =>
        f.sentenceId !== fact.sentenceId &&
        f.metric === fact.metric &&
        f.unit === fact.unit &&
        f.value !== fact.value &&
        !HEADLINE.test(f.snippet.trim()) &&
        rounds(fact, f),
    );
    return body ? { ...fact, metric: "other" } : fact;
  });
}

/** An undated repeat of a dated figure of the same series takes the stated date. */
export function dateRestatedFigures(facts: readonly Fact[]): Fact[] {
  const stated = new Map<string, Fact>();
  for (const fact of facts) {
    const key = figureKey(fact);
    if (fact.asOf && !OPEN.has(fact.asOfSource) && !stated.has(key)) stated.set(key, fact);
  }
  return facts.map((fact) => {
    if (fact.metric === "other" || !OPEN.has(fact.asOfSource)) return fact;
    const twin = stated.get(figureKey(fact));
    return twin ? { ...fact, asOf: twin.asOf, asOfSource: "restated" } : fact;
  });
}

/**
 * Years said as goals, as the time before something or as what now is compared with: 到2025年,
 * 力争2025年, 2016年之前, 比2017年增长, 与2019年相比; or as where a span up to now began
 * (从2011年开展…至今), or where something began (2017年开始，…; 2019年起，…): the text's own time is later,
 * how much later it does not say. 截至2015年底
 * is not such a goal: it is the time the figures describe.
 */
const NOT_NOW_BEFORE =
  /(?:到|(?<![截止])至|力争|预计|计划|争取|将于|将在|将|目标|《)[^，,。；;]{0,4}$|(?:比|较|相比|相较于?)\s*$/;
const NOT_NOW_AFTER = /^(?:之前|以前|前|年前|相比|同期|同比)/;
const SPAN_START = /(?:从|自)\s*$/;
/**
 * 2017年开始，…; 2019年起，…; 以2006年为标志，…: the year something began; the text's now is later, how much it
 * does not say.
 */
const BEGAN_AFTER = /^\s*(?:开始|起(?![草诉义])|为(?:标志|起点|开端)|(?:正式)?(?:启动|起步)(?!会))/;
/** 启动于2010年, 始于2010年, 成立于2010年: the year a programme or a body began, said after its verb. */
const BEGAN_BEFORE = /(?:启动|始|起步|成立|创建|创立|创办|组建)于\s*$/;
const SPAN_END = /(?:从|自)\s*(?:19|20)\d{2}\s*年[^，,。；;]{0,20}(?:至|到)\s*$/;
const SPAN_TO_NOW = /^[^。；;！!？?]{0,30}?(?:以来|至今)/;
/** 规划（2011—2020年）: the years a bracketed span names are a plan's life, not the text's now. */
const BRACKETED_SPAN_START = /[（(]\s*$/;
/** The start year may be split by a space where a PDF wrapped the line: （20 11-2020年）. */
const BRACKETED_SPAN_END = /[（(]\s*(?:1\s?9|2\s?0)\s?\d\s?\d\s*年?\s*[—–\-－~～至到]{1,2}\s*$/;
const SPAN_AFTER_START = /^\s*[—–\-－~～至到]{1,2}\s*(?:19|20)\d{2}\s*年?\s*[）)]/;

/**
 * Days kept each year and counted since their first (第33个国际志愿者日, 第8个“中华慈善日”, 第十九个国际社工日,
 * first kept in 2007): the count tells the year, the first year less one added to it.
 */
const OBSERVANCES: readonly { pattern: RegExp; before: number }[] = [
  { pattern: /第\s*([\d一二三四五六七八九十]{1,3})\s*个\s*[“"]?\s*国际志愿者日/g, before: 1985 },
  { pattern: /第\s*([\d一二三四五六七八九十]{1,3})\s*个\s*[“"]?\s*中华慈善日/g, before: 2015 },
  {
    pattern: /第\s*([\d一二三四五六七八九十]{1,3})\s*个\s*[“"]?\s*(?:国际|世界)社(?:工|会工作)日/g,
    before: 2006,
  },
];

/** The latest year a text speaks of as past or present, null when it names none. */
export function latestYearMentioned(text: string): string | null {
  let latest: number | null = null;
  for (const { pattern, before } of OBSERVANCES) {
    for (const m of text.matchAll(pattern)) {
      const count = parseNumeral(m[1] ?? "");
      if (count === null || count < 1) continue;
      const year = before + count;
      if (latest === null || year > latest) latest = year;
    }
  }
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?:度)?/g)) {
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // 从2008年…至2010年: the end of a span that began in the past is past too, not a goal.
    const spanEnd = SPAN_END.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (
      (NOT_NOW_BEFORE.test(before) && !spanEnd) ||
      NOT_NOW_AFTER.test(after) ||
      BEGAN_AFTER.test(after) ||
      BEGAN_BEFORE.test(before)
    )
      continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (BRACKETED_SPAN_END.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (BRACKETED_SPAN_START.test(before) && SPAN_AFTER_START.test(rest)) continue;
    if (
      SPAN_START.test(before) &&
      SPAN_TO_NOW.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      continue;
    if (latest === null || year > latest) latest = year;
  }
  return latest === null ? null : String(latest);
}

/**
 * The date an undated text's undated figures are read at: the latest year it speaks of, at that year's
 * end where the text counts to it (截至2015年底, 2015年末) and names no month of that year. A bulletin's
 * fragment counts its stocks to the year's end; a month of the year (2015年6月) leaves it the year alone.
 */
export function latestDateMentioned(text: string): string | null {
  const year = latestYearMentioned(text);
  if (!year) return null;
  const yearEnd = new RegExp(`(?<!\\d)${year}\\s*年\\s*[底末]`).test(text);
  const month = new RegExp(`(?<!\\d)${year}\\s*年\\s*\\d{1,2}\\s*月`).test(text);
  return yearEnd && !month ? `${year}-12-31` : year;
}

/** 截至12月31日, 截至12月底, 截至年底: a year's end said without its year. */
const YEARLESS_YEAR_END = /截至\s*(?:12\s*月\s*(?:31\s*日|底|末)|年底|年末)/;

/**
 * In an undated text, a figure with no date is read at `date` (latestDateMentioned); where its sentence
 * gives a year's end without its year (截至12月31日，…, as a year's summary says of its year), at that
 * year's end. Another month (截至9月底) stays without a year: it may be of the year after.
 */
export function dateByMentionedYear(
  facts: readonly Fact[],
  date: string | null,
  sentenceOf: (id: number) => string = () => "",
): Fact[] {
  if (!date) return [...facts];
  const pointOf = (id: number): string => {
    const text = sentenceOf(id);
    return YEARLESS_YEAR_END.test(text) && !/(?:19|20)\d{2}\s*年/.test(text)
      ? `${date.slice(0, 4)}-12-31`
      : date;
  };
  return facts.map((fact) =>
    fact.asOf === null && fact.asOfSource === "none" && fact.metric !== "other"
      ? { ...fact, asOf: pointOf(fact.sentenceId), asOfSource: "mentioned" }
      : fact,
  );
}
