// The date a figure describes: 截至2024年5月底 → 2024-05-31, 今年1月-6月 → the document's year to June,
// 目前 → the document's date, 2021年新增 → 2021, 2021年以来 → the document's date.

import { startAfter } from "./context.js";
import {
  type DateMention,
  findDates,
  isoDate,
  MONTH_ALONE,
  MONTH_DIGITS,
  MONTH_NUMBER,
  mentionOf,
  smallNumber,
} from "./dates.js";
import { PLAN_END, PLAN_NAME } from "./plans.js";

export interface AsOf {
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when nothing tells. */
  date: string | null;
  /**
   * "point": 截至…, a status on a day; "period": a year or months named; "since": 2021年以来, up to
   * the document's date; "now": 目前, the document's date said in words; "document": nothing said,
   * the document's date (or the year it reports on); "relative": a year told against the document's
   * own (去年底, 今年9月底) in a document that has no date, so no date can be said.
   */
  kind: "point" | "period" | "now" | "since" | "document" | "relative" | "none";
}

/** A meeting named after a date: 第二季度例行新闻发布会, 全省民政工作会议. */
const MEETING_AFTER =
  /^\s*(?:度)?(?:第?[一二三四]季度)?[^，,；;。\d]{0,12}?(?:例行新闻发布会|新闻发布会|工作会议|调度会|推进会|座谈会)/;

/** A time named by an event or an era at the opening of a clause: 党的十八大前夕，…; 新中国成立初期，…; 上世纪九十年代初，…. */
const ERA_OPENING = /^\s*[^，,；;。\d年月]{2,14}?(?:前夕|成立初期|初期|年代(?:初|末|中期)?)\s*[，,]/;

/** 党的十八大前夕, 十九大召开前夕: the eve of a national party congress, its ordinal the first group. */
const CONGRESS_EVE = /(?:党的)?(十[二三四五六七八九]|二十)大(?:召开)?前夕/;

/** The year a national party congress met: they meet every five years, the 12th in 1982, the 20th in 2022. */
function congressYear(ordinal: string): number | null {
  const n = smallNumber(ordinal);
  return n === null || n < 12 || n > 20 ? null : 1982 + 5 * (n - 12);
}

/** A date followed by 的 and a figure: the figure's own date (2020年的168人). */
const OWN_FIGURE = /^\s*(?:底|末|年底|年末)?的\s*[\d约近超逾]/;
const OWN_YEAR_END = /^\s*(?:底|末|年底|年末)?的\s*[约近超逾]?\s*$/;

/** The year a figure was counted over, said without a month: 全年, 当年, 本年度. */
const YEAR_SO_FAR = /^(?:全年|当年|本年度)$/;

const POINT_BEFORE = /(?:截至|截止|截止到|截至到|到|至|截止至)\s*$/;
const SINCE_AFTER = /^\s*(?:以来|起|开始|至今)/;
const SINCE_BEFORE = /(?:自|从)\s*$/;
const NOW = /目前|截至日前|截止日前|截至目前|截止目前|至今|当前|现阶段|近[一二三四五六七八九十\d]+年/;

/** 年末, 全年, 年底 in a bulletin or summary: the year it reports on. */
function referenceYearDates(text: string, year: number, endYear = year): DateMention[] {
  const out: DateMention[] = [];
  // 上半年末: the end of June, not of the year (半年末 holds 年末); 2020年年底 is that year's (findDates).
  for (const m of text.matchAll(
    /(?<![\d今本去上前半年])(年末|年底|全年|本年度|当年)|(?<![\d年今本去上前])上半年(?:末|底)/g,
  )) {
    const half = m[0].startsWith("上半年");
    const end = half || m[1] === "年末" || m[1] === "年底";
    const of = end && !half ? endYear : year;
    out.push(mentionOf(m, { year: of, month: half ? 6 : end ? 12 : null, day: null, end }));
  }
  return out;
}

/**
 * A word that joins a clause to the one before it: 其中, 此外, 另外, 同时. A month said straight after it
 * opens the clause all the same (…，其中10月新登记12家).
 */
const CONNECTIVE = "(?:其中|此外|另外|同时)[：:，,]?";

/** The mark between the first and the last month of a span: 8-12月, 8至12月. */
const SPAN_MARK = "[-－—~～至到]";

/** A month alone at the opening of a clause: ，4月底…; ；2月…; ，截至5月底…; ，其中10月…; ，8-12月…. */
const CLAUSE_MONTH = new RegExp(
  `(?<=[，,；;])\\s*(${CONNECTIVE})?\\s*(?:截至|截止到?|到)?\\s*(?:(?:${MONTH_DIGITS})\\s*月?\\s*${SPAN_MARK}\\s*)?${MONTH_ALONE}`,
  "g",
);

/**
 * 截至3月底…，4月底达到…; 1月…；2月增至…: a month that opens a clause, later in the year than the month
 * said before it in the sentence, is of that year. One not later (截至11月底…，3月底…) is of the year
 * after, when that has come by the document's date; else no one can tell its year. A month after a year
 * said alone (2024年…，10月…) is of that year, and one after 其中 of the span said before it
 * (截至2024年9月底…，其中3月…): of the same year, whichever month it is.
 */
function continuedMonths(
  text: string,
  named: readonly DateMention[],
  documentDate: string | null,
): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(CLAUSE_MONTH)) {
    const before = named.filter((d) => d.stop <= m.index).at(-1);
    const mm = smallNumber(m[2] ?? "");
    if (!before || before.unresolved || mm === null || mm > 12) continue;
    // 截至2023年底…，3月底…: a month after a year's end said alone is of a year no one can tell here.
    if (before.month === null && before.end) continue;
    const end = Boolean(m[3]) && m[3] !== "份";
    // The date is the month's own words, not the connective before it.
    const at = m[1] ? m[0].indexOf(m[1]) + m[1].length : 0;
    const month = mentionOf(m, { year: before.year, month: mm, day: null, end });
    month.start += at;
    month.text = m[0].slice(at);
    // 2024年…，10月…: a month after a year said alone is of that year.
    if (before.month === null || mm > before.month || m[1]?.startsWith("其中")) {
      out.push(month);
      continue;
    }
    const next = { year: before.year + 1, month: mm, day: null, end };
    const come = documentDate !== null && isoDate({ ...next, end: false }) <= documentDate.slice(0, 7);
    out.push({ ...month, year: next.year, ...(come ? {} : { unresolved: true }) });
  }
  return out;
}

/**
 * 截至6月底, 一季度末, 上半年 with no year: the latest such month up to the document's date. `said`: the date
 * is a year the paragraph of a text with no date of its own said, whose months it tells of as past.
 */
function bareMonths(text: string, documentDate: string, said = false): DateMention[] {
  const out: DateMention[] = [];
  const year = Number(documentDate.slice(0, 4));
  const month = Number(documentDate.slice(5, 7)) || 12;
  const latestYear = (mm: number) => (mm <= month ? year : year - 1);
  // 上半年，全区实施…项目97个; 前三季度…: the half or the three quarters to their last month.
  for (const m of text.matchAll(
    /(?<![\d年今本去上前半])(?:第?([一二三四])季度末?|(上半年|前三季度)(?![末底]))/g,
  )) {
    const mm = m[2] === "上半年" ? 6 : m[2] ? 9 : (smallNumber(m[1] ?? "") ?? 1) * 3;
    out.push(mentionOf(m, { year: latestYear(mm), month: mm, day: null, end: true }));
  }
  // 6月底，全区…; 9月30日，全市…: a month's end or a day that is a clause of its own. 1至9月, 8-12月, 前8个月:
  // the months of a year, to the last of them.
  for (const m of text.matchAll(
    /(?<=^|[，,；;。：:\s])(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:(\d{1,2})\s*日|(底|末))(?=\s*[，,])|(?<![\d年月])(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月?\s*[-－—~～至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?!份?[底末]?前)|(?<!\d)(?<![\d去上]年)前\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*个月/g,
  )) {
    const mm = smallNumber(m[1] ?? m[5] ?? m[6] ?? "");
    if (mm === null || mm < 1 || mm > 12) continue;
    // 8-12月: the span's first month comes before its last.
    const first = m[4] ? smallNumber(m[4]) : null;
    if (m[4] && (first === null || first < 1 || first > mm)) continue;
    out.push(
      mentionOf(m, { year: latestYear(mm), month: mm, day: m[2] ? Number(m[2]) : null, end: Boolean(m[3]) }),
    );
  }
  // 截至上月底, 本月, 上季度末: a month or quarter relative to a document dated to its month.
  if (documentDate.length >= 7) {
    for (const m of text.matchAll(/(上个?月|本月|上一?季度|本季度)(底|末)?/g)) {
      const word = m[1] ?? "";
      const before = word.startsWith("上") ? 1 : 0;
      let mm = word.endsWith("月") ? month - before : (Math.ceil(month / 3) - before) * 3;
      let y = year;
      if (mm <= 0) [mm, y] = [mm + 12, year - 1];
      out.push(mentionOf(m, { year: y, month: mm, day: null, end: before === 1 || Boolean(m[2]) }));
    }
  }
  // 到6月30日 is a point too, when that month has come by the document's date, or is of a year an undated
  // text's paragraph said (2022年，…。到6月底，…); 到12月底前完成… is a deadline.
  for (const m of text.matchAll(
    /(?<=(截至|截止|截止到|截至到|到))\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:(\d{1,2})\s*日|(底|末))?/g,
  )) {
    const mm = smallNumber(m[2] ?? "");
    if (mm === null || mm < 1 || mm > 12) continue;
    if (
      m[1] === "到" &&
      ((documentDate.length < 7 && !said) ||
        mm > month ||
        /^\s*(?:前|以前|之前)/.test(text.slice(m.index + m[0].length)))
    )
      continue;
    const day = m[3] ? Number(m[3]) : null;
    out.push(mentionOf(m, { year: latestYear(mm), month: mm, day, end: Boolean(m[4]) }));
  }
  return out;
}

/** 较2019年底, 比上年, 与2020年相比: a date a figure is compared with, not the date it describes. */
const COMPARED = /(?:较|比|与|同|相比于?|对比|比较)\s*$/;

/** “十三五”时期, 十三五期间, “十三五”末: the plan's numeral, then the part of it named. */
const PLAN_PERIOD = new RegExp(`${PLAN_NAME}(时期|期间|末)`, "g");

/**
 * “十三五”时期, 十三五期间, “十三五”末 in a text written after the plan ended: the plan's last year, as of which
 * its figures are told. (While the plan runs, its figures are goals: see classify.)
 */
function planDates(text: string, documentYear: number): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(PLAN_PERIOD)) {
    const end = PLAN_END[m[1] ?? ""];
    if (end === undefined || end >= documentYear) continue;
    const last = m[2] === "末";
    out.push(mentionOf(m, { year: end, month: last ? 12 : null, day: null, end: last }));
  }
  return out;
}

/**
 * 今年1月-6月, 今年上半年, 去年, 上年底: dates relative to the document's. 今年 alone is this year so far:
 * the document's date.
 */
function relativeDates(text: string, documentDate: string): DateMention[] {
  const documentYear = Number(documentDate.slice(0, 4));
  const out: DateMention[] = [];
  const pattern =
    /(今年|本年|去年|上年|上一年|前年)(?:度)?(?:(\d{1,2}|[一二三四五六七八九十]{1,2})(?!季度)月?\s*(?:[-－—~至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,2})月)?(底|末)?|(上半年|下半年|底|末|第?[一二三四]季度|前三季度)|年(底|末))?/g;
  for (const m of text.matchAll(pattern)) {
    const shift = /去年|上年|上一年/.test(m[1] ?? "") ? 1 : m[1] === "前年" ? 2 : 0;
    const year = documentYear - shift;
    let month: number | null = null;
    // 去年年底, 今年年末: the year's end said with 年 twice.
    let end = Boolean(m[4] || m[6]);
    if (m[6]) month = 12;
    const to = m[3] ? smallNumber(m[3]) : m[2] ? smallNumber(m[2]) : null;
    if (to !== null && to >= 1 && to <= 12) month = to;
    // 今年一季度, 今年第二季度: a quarter, not a month.
    const half = m[5]?.replace(/^第/, "");
    if (half === "上半年" || half === "二季度") [month, end] = [6, true];
    else if (half === "一季度") [month, end] = [3, true];
    else if (half === "前三季度" || half === "三季度") [month, end] = [9, true];
    else if (half === "下半年" || half === "四季度" || half === "底" || half === "末")
      [month, end] = [12, true];
    let day: number | null = null;
    if (shift === 0 && month === null && !end && m[0].length === 2 && documentDate.length >= 7) {
      month = Number(documentDate.slice(5, 7));
      day = documentDate.length >= 10 ? Number(documentDate.slice(8, 10)) : null;
    }
    out.push(mentionOf(m, { year, month, day, end }));
  }
  return out;
}

/** The end of a span of months: 至12月, -9月 (after 8, 8月 or 2023年8月). */
const MONTHS_TO = new RegExp(`^\\s*${SPAN_MARK}\\s*${MONTH_NUMBER}\\s*月(?![\\d一二三四五六七八九十日号])`);
/** The months after a year said alone: 1-9, 8至 (of 2023年8至12月). */
const MONTHS_FROM = new RegExp(`^\\s*${MONTH_NUMBER}\\s*月?(?=\\s*${SPAN_MARK}\\s*${MONTH_NUMBER}\\s*月)`);

/**
 * 2023年1-9月, 2023年8至12月, 2023年8月至12月: a span of months of a year is dated to its last month, as
 * 今年1-6月 is, whichever month it starts with.
 */
function monthSpans(sentence: string, dates: DateMention[]): DateMention[] {
  return dates.map((d) => {
    if (d.day !== null || d.end) return d;
    let stop = d.stop;
    let from = d.month;
    if (from === null) {
      const m = MONTHS_FROM.exec(sentence.slice(stop));
      if (!m) return d;
      from = smallNumber(m[1] ?? "");
      stop += m[0].length;
    }
    const to = MONTHS_TO.exec(sentence.slice(stop));
    const month = smallNumber(to?.[1] ?? "");
    if (!to || from === null || month === null || month > 12 || month < from) return d;
    stop += to[0].length;
    return { ...d, month, text: sentence.slice(d.start, stop), stop };
  });
}

/**
 * The dates a sentence names that may date its figures, in order: the figures' positions decide
 * which one each takes (resolveAsOf).
 */
export function dateMentions(
  sentence: string,
  documentDate: string | null,
  period: string | null = null,
  yearSaid: number | null = null,
): DateMention[] {
  const documentYear = documentDate ? Number(documentDate.slice(0, 4)) : null;
  // Published in January or February, a text's 全年 and 年末 are of the year just ended.
  const early = documentYear !== null && /^\d{4}-0[12]/.test(documentDate ?? "");
  // A text with no date of its own: a month or a year's end said without its year (截至6月底, 年末) is
  // of the latest year its paragraph said before it (2022年，…。截至6月底，…: 2022-06-30).
  const said = documentDate || period ? null : yearSaid;
  // The date a bare month (6月底) is placed against: the document's, else the year the paragraph said.
  const monthsOf = documentDate ?? (said ? String(said) : null);
  const referenceYear = period
    ? Number(period.slice(0, 4))
    : early
      ? (documentYear as number) - 1
      : (documentYear ?? said);
  // Written before the year's last two months (a yearbook of 2020 on 2019), a text's 年末 alone is the
  // end of the year before: the end of its own year has not come.
  const month = /^\d{4}-(\d{2})/.exec(documentDate ?? "")?.[1];
  const endYear =
    !period && !early && documentYear !== null && month !== undefined && Number(month) <= 10
      ? documentYear - 1
      : referenceYear;
  // An undated report is of the period its title names (某县2022年工作总结): its 今年 is that year.
  const periodYear = period ? Number(period.slice(0, 4)) : null;
  const explicit = [
    ...monthSpans(sentence, findDates(sentence)),
    ...(documentDate && documentYear
      ? [...relativeDates(sentence, documentDate), ...planDates(sentence, documentYear)]
      : periodYear
        ? relativeDates(sentence, String(periodYear))
        : // 截至去年底 in a text with no date of its own: a year no one can tell, not one to guess.
          relativeDates(sentence, "").map((d) => ({ ...d, unresolved: true }))),
  ];
  // 截至去年末…，全年新增…: 全年 and 年末 are of the year the sentence already named, else the document's
  // (in a text with no date, none: 2021年，…，年末全县共有… is 2021's end all the same).
  const reference = referenceYearDates(sentence, referenceYear ?? 0, endYear ?? 0)
    .map((d) => {
      const named = explicit
        .filter((e) => e.stop <= d.start)
        .sort((a, b) => a.stop - b.stop)
        .at(-1);
      return named ? { ...d, year: named.year, unresolved: named.unresolved } : d;
    })
    .filter((d) => d.year !== 0);
  const continued = continuedMonths(
    sentence,
    [...explicit].sort((a, b) => a.stop - b.stop),
    documentDate,
  );
  const overlaps = (d: DateMention) => continued.some((c) => c.start < d.stop && d.start < c.stop);
  return (
    [
      ...explicit,
      ...reference,
      ...continued,
      ...(monthsOf ? bareMonths(sentence, monthsOf, !documentDate).filter((d) => !overlaps(d)) : []),
    ]
      .filter((d) => !/^\s*(?:起|开始)?实施/.test(sentence.slice(d.stop)))
      // 2022年第二季度例行新闻发布会, 一季度调度会, 2023年全省民政工作会议: when a meeting was held, not
      // the date its figures describe.
      .filter((d) => !MEETING_AFTER.test(sentence.slice(d.stop)))
      // 2019年度工作报告, 2015年度年检: the year of a report, not of the figure.
      .filter((d) => !/^\s*度?(?:工作)?(?:报告|年报|年检)/.test(sentence.slice(d.stop)))
      .filter(
        (d) =>
          !COMPARED.test(sentence.slice(0, d.start)) &&
          !/^\s*(?:相比|同期|同比)/.test(sentence.slice(d.stop)),
      )
      .sort((a, b) => a.start - b.start)
  );
}

/**
 * A day said alone at the opening of a clause (2019年7月30日，…), not a point counted to (截至…), with no
 * stop between it and 目前 at `nowAt`: the day on which what follows was told.
 */
function toldOn(sentence: string, day: DateMention, nowAt: number): boolean {
  return (
    day.day !== null &&
    !day.unresolved &&
    day.stop <= nowAt &&
    !POINT_BEFORE.test(sentence.slice(0, day.start)) &&
    /(?:^|[，,；;。：:])\s*$/.test(sentence.slice(0, day.start)) &&
    /^\s*[，,]/.test(sentence.slice(day.stop)) &&
    !/[；;。]/.test(sentence.slice(day.stop, nowAt))
  );
}

/**
 * The as-of date for a quantity at `position` in `sentence`, given the document's date.
 * The nearest date before the quantity wins; a date after it counts when none comes before.
 * `mentions` are the sentence's dateMentions, when the caller has them already.
 */
export function resolveAsOf(
  sentence: string,
  position: number,
  documentDate: string | null,
  period: string | null = null,
  mentions: readonly DateMention[] = dateMentions(sentence, documentDate, period),
): AsOf {
  // 由2015年的4.1万家增加到5.9万家: a year said of another figure (…年的4.1万家) dates that figure only.
  const ownOfOther = (d: DateMention) =>
    OWN_FIGURE.test(sentence.slice(d.stop)) && !OWN_YEAR_END.test(sentence.slice(d.stop, position));
  // 97个（2023年全年为86个），涉及资金…: a date inside a bracket closed before the figure dates that bracket only.
  const closedBefore = (d: DateMention) => {
    const between = sentence.slice(d.stop, position);
    return (between.match(/[）)]/g)?.length ?? 0) > (between.match(/[（(]/g)?.length ?? 0);
  };
  // 党的十八大前夕，全国…46.2万个; 新中国成立初期，…: a part of the sentence that opens with a time named by an
  // event or an era, not a date, is of that time: not of a date said before it, nor of the document's.
  const segment = startAfter(sentence, "；;。：:", position - 1);
  const era = ERA_OPENING.exec(sentence.slice(segment, position));
  if (era && !mentions.some((d) => d.start >= segment + era[0].length && d.stop <= position)) {
    // 党的十八大前夕，…: the eve of a party congress is the year it met.
    const congress = CONGRESS_EVE.exec(era[0]);
    const year = congress ? congressYear(congress[1] ?? "") : null;
    return year ? { date: String(year), kind: "period" } : { date: null, kind: "relative" };
  }
  const before = mentions.filter((d) => d.stop <= position && !ownOfOther(d) && !closedBefore(d));
  const nowAt = sentence.slice(0, position).search(NOW);
  // A date after the figure counts only within its clause, and not when a figure of its own follows
  // it: 共751家（截至2024年5月底）, not 1280人（2022年底为1105人）.
  const after = mentions.find(
    (d) =>
      d.start >= position &&
      !/[，,；;。]/.test(sentence.slice(position, d.start)) &&
      !/^[^，,；;。）)]*\d/.test(sentence.slice(d.stop)),
  );
  let nearest = before.at(-1) ?? (nowAt < 0 ? after : undefined);
  // 截至12月底，…，持证社工全年新增386人、总数达到2214人，机构47家: 全年 is the same year up to the point
  // said before it, which goes on dating the figures.
  if (nearest && YEAR_SO_FAR.test(nearest.text)) {
    const year = nearest.year;
    const point = before.findLast(
      (d) => d.month !== null && d.year === year && POINT_BEFORE.test(sentence.slice(0, d.start)),
    );
    if (point) nearest = point;
  }
  if (nearest && (nowAt < 0 || nearest.stop > nowAt || nearest.start >= position)) {
    // 从2020年的168人增加到…: a year said of the figure itself (…年的) is its date, not where a span starts.
    const ownYear = /^\s*(?:底|末|年底|年末)?的/.test(sentence.slice(nearest.stop));
    const since =
      SINCE_AFTER.test(sentence.slice(nearest.stop)) ||
      (!ownYear && SINCE_BEFORE.test(sentence.slice(0, nearest.start)));
    if (since) return { date: documentDate, kind: "since" };
    if (nearest.unresolved) return { date: null, kind: "relative" };
    // 截至…, or a month's, quarter's or year's end or a day said as a clause of its own (6月底，…; 2023年底，…),
    // not a half year or quarter as a whole (上半年，…).
    const point =
      POINT_BEFORE.test(sentence.slice(0, nearest.start)) ||
      (/(?:月|年|季度)\s*(?:底|末)$|日$/.test(nearest.text) &&
        /(?:^|[，,；;。：:])\s*$/.test(sentence.slice(0, nearest.start)) &&
        /^\s*[，,]/.test(sentence.slice(nearest.stop)));
    return { date: isoDate(nearest), kind: point ? "point" : "period" };
  }
  if (nowAt >= 0) {
    // 2019年7月30日，民政部公布数据表明，目前…: a day the sentence opens a clause with, before 目前 in the
    // same part of it, is the now the figure is told at.
    if (nearest && toldOn(sentence, nearest, nowAt)) return { date: isoDate(nearest), kind: "point" };
    return { date: documentDate, kind: "now" };
  }
  return documentDate ? { date: documentDate, kind: "document" } : { date: null, kind: "none" };
}

/** What opens a sentence and says the time is now: 目前，…, 截至目前，…. */
const NOW_OPENING = /^\s*(?:目前|当前|现阶段|如今|截至目前|截止目前|截至日前|截止日前|至今)/;

/**
 * The time a sentence's first clause sets for what follows it: a point (截至2024年6月底，…), now
 * (目前，…) or a span up to now that began this year (今年以来，…). A span that began in an earlier
 * year (2019年以来，…) says when counting began, not the time of what follows.
 */
export function statusOpening(
  sentence: string,
  documentDate: string | null,
  period: string | null,
  yearSaid: number | null = null,
): AsOf | null {
  const clause = /^[^，,；;：:。]*/.exec(sentence)?.[0] ?? "";
  if (NOW_OPENING.test(clause)) return documentDate ? { date: documentDate, kind: "now" } : null;
  const [first] = dateMentions(clause, documentDate, period, yearSaid);
  if (!first) return null;
  if (SINCE_AFTER.test(clause.slice(first.stop)))
    return documentDate && first.year === Number(documentDate.slice(0, 4))
      ? { date: documentDate, kind: "since" }
      : null;
  return POINT_BEFORE.test(clause.slice(0, first.start)) ? { date: isoDate(first), kind: "point" } : null;
}

/** Years listed before 分别, each perhaps at its end: 2021年、2022年, 2021、2022年, 截至2021年底、2022年底. */
const YEARS_DISTRIBUTED =
  /((?:(?:19|20)\d{2}\s*年?(?:度|底|末)?\s*[、，,和及与至到\-—－~]\s*)+(?:19|20)\d{2}\s*年(?:度|底|末)?)[^。；]{0,12}?分别/;

/** The years listed before 分别 are each at its end (截至2021年底、2022年底，…分别为…). */
export function distributedAtYearEnd(sentence: string, position: number): boolean {
  const m = YEARS_DISTRIBUTED.exec(sentence.slice(0, position));
  return (
    m?.[1] !== undefined &&
    /^(?:(?:19|20)\d{2}\s*年(?:底|末)\s*[、，,和及与]\s*)+(?:19|20)\d{2}\s*年(?:底|末)$/.test(m[1])
  );
}

/**
 * Years listed before 分别: 2021年、2022年分别…, 2021、2022年分别… → [2021, 2022]; a span, each year of it:
 * 2022年至2024年，…分别为… → [2022, 2023, 2024].
 */
export function distributedYears(sentence: string, position: number): number[] {
  const head = sentence.slice(0, position);
  const m = YEARS_DISTRIBUTED.exec(head);
  if (!m?.[1]) return [];
  const span = /^((?:19|20)\d{2})\s*年?(?:度)?\s*[至到\-—－~]\s*((?:19|20)\d{2})\s*年(?:度)?$/.exec(m[1]);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (to > from && to - from < 10) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...m[1].matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
}
