// Dates the text carries past the sentence that states them: a paragraph opened by 截至2014年末, a
// heading (（一）2023年工作情况), a span declared for the rest of the text ((2013年至2018年，下同)), the
// period in the title (2020年2季度…季报). A figure whose own sentence names no date takes the nearest.
import type { AsOfSource } from "../../schemas/fact.js";
import type { AsOf } from "./asof.js";
import { yearDate } from "./dates.js";

export interface CarriedDates {
  paragraph: AsOf | null;
  heading: AsOf | null;
  /** A span the text declares for what follows: (2013年至2018年，下同) → 2018. */
  span: AsOf | null;
  /** The period the title names. */
  title: string | null;
  /** The year of the data release the text reports (2023年度…大数据发布), for the rest of the text. */
  release?: AsOf | null;
}

export interface DatedFigure {
  asOf: AsOf;
  source: AsOfSource;
}

const STATED: ReadonlySet<AsOf["kind"]> = new Set(["point", "period"]);

/**
 * A year a heading or title names, against the document's date: the year the document was written
 * in is the document's date (2020年工作总结 of 2020-12-28: its figures are of December), a year that
 * had ended by then is that year's end (2023年工作总结 of 2024-01-18), a year to come stays a year.
 */
function yearAgainstDocument(carried: AsOf, source: AsOfSource, asOf: AsOf): DatedFigure {
  const document = asOf.kind === "document" ? asOf.date : null;
  if (!carried.date || !/^\d{4}$/.test(carried.date) || !document || document.length < 7)
    return { asOf: carried, source };
  const year = Number(carried.date);
  const written = Number(document.slice(0, 4));
  if (year === written) return { asOf, source: "document" };
  if (year < written) return { asOf: { ...carried, date: yearDate(year, true) }, source };
  return { asOf: carried, source };
}

/** Where the sentence's own reading leaves the date open, the nearest carried date closes it. */
export function withCarried(asOf: AsOf, carried: CarriedDates): DatedFigure {
  if (STATED.has(asOf.kind)) return { asOf, source: "sentence" };
  // 截至去年底 in a text with no date: the sentence dates the figure, at a year no one can tell.
  if (asOf.kind === "relative") return { asOf, source: "relative" };
  const open = asOf.kind === "document" || asOf.kind === "none" || asOf.date === null;
  if (open) {
    if (carried.paragraph) return { asOf: carried.paragraph, source: "paragraph" };
    if (carried.heading) return yearAgainstDocument(carried.heading, "heading", asOf);
    if (carried.span) return { asOf: carried.span, source: "paragraph" };
    if (carried.title) return yearAgainstDocument({ date: carried.title, kind: "document" }, "title", asOf);
    if (carried.release) return yearAgainstDocument(carried.release, "paragraph", asOf);
  }
  return { asOf, source: asOf.date === null ? "none" : "document" };
}

/** (2013年至2018年，下同), 2013—2018年（下同）: the span the rest of the text speaks of, as its last year. */
export function declaredSpan(sentence: string): AsOf | null {
  const m =
    /((?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|~)\s*((?:19|20)\d{2})\s*年?(?:底|末)?[^，,。；;）)]{0,6}[，,、]?\s*(?:下同|以下同)/.exec(
      sentence,
    );
  return m?.[2] ? { date: m[2], kind: "period" } : null;
}

/**
 * 年会发布2023年度广州社会工作行业服务数据。: a sentence with no figure that announces a year's data
 * dates the figures of its paragraph that name no date.
 */
export function announcedPeriod(sentence: string): AsOf | null {
  const m =
    /(?:发布|公布|公开|通报|披露)(?:了)?((?:19|20)\d{2})\s*年度?[^，,。；;\d]{0,16}?(?:数据|统计|情况)/.exec(
      sentence,
    );
  return m?.[1] ? { date: m[1], kind: "period" } : null;
}

/**
 * 2023年度宁波市志愿服务大数据发布：…, 发布2023年度…数据: a text that reports one year's data release; its
 * figures that name no date, in any paragraph after, are of that year (a figure said of now is not).
 */
export function releasedYear(sentence: string): AsOf | null {
  const m =
    /((?:19|20)\d{2})\s*年度[^，,。；;：:\d]{0,20}?(?:大数据|数据|统计)(?:分析)?(?:报告)?》?\s*(?:正式|日前|近日)?(?:发布|公布|出炉)/.exec(
      sentence,
    );
  return m?.[1] ? { date: m[1], kind: "period" } : announcedPeriod(sentence);
}

/** A reporter told something: 记者26日从…获悉, 记者昨天(30日)从…了解到. */
const TOLD = /(?:获悉|了解到|得知)/;
/**
 * The day before it: 3月16日，记者…; 记者26日从…; 记者昨天（30日）从…; or after the reporter's credit in
 * brackets, the lead's subject left unsaid: （某某日报记者 张三）6月30日从市委组织部获悉.
 */
const TOLD_DAY =
  /(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:上午|下午|晚上?)?[，,]?\s*(?=记者|笔者)|(?:记者|笔者)\s*(\d{1,2})\s*日\s*(?:从|在|自)|(?:昨天|昨日|前天)\s*[（(]\s*(\d{1,2})\s*日\s*[）)]|[（(][^（()）]{0,16}(?:记者|通讯员)[^（()）]{0,16}[）)]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:上午|下午)?\s*(?:从|在|自)/;

/**
 * 3月16日，记者从…会上获悉, 记者昨天（30日）从民政部了解到: the day a news report was told, and where the
 * sentence says it; it dates what the report says is so now, after it, in place of the page's own
 * date (printed a day or more later). The day is of the
 * page's month, or of the month before when it would fall after the page's date.
 */
export function toldDay(sentence: string, issued: string | null): { date: string; at: number } | null {
  if (!issued || issued.length < 10) return null;
  const told = sentence.search(TOLD);
  if (told < 0) return null;
  const m = TOLD_DAY.exec(sentence.slice(0, told));
  if (!m) return null;
  const year = Number(issued.slice(0, 4));
  const issuedMonth = Number(issued.slice(5, 7));
  const day = Number(m[2] ?? m[3] ?? m[4] ?? m[6]);
  const named = m[1] ?? m[5];
  let month = named ? Number(named) : issuedMonth;
  if (!named && day > Number(issued.slice(8, 10))) month -= 1;
  const y = month < 1 ? year - 1 : year;
  const mm = month < 1 ? 12 : month;
  if (mm > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${String(mm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return date <= issued ? { date, at: m.index } : null;
}
