// A news lead's dateline: 新华社北京4月26日电, 本报北京12月15日电, 中新网3月23日电, 本报讯（记者 某某）3月5日，….
// It gives the month and day the report was written, seldom the year: that comes from the page's own
// date, or else from the latest year the text speaks of as now.
import { lastDayOfMonth, smallNumber } from "../../extractors/context/dates.js";

const NUMBER = "(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";

/** …4月26日电, …12月15日電, 北京7月 12日电: the month and day a wire or a paper sent the report from. */
const WIRED = new RegExp(
  `(?<![\\d年])${NUMBER}\\s*月\\s*${NUMBER}\\s*日\\s*(?:电|電|讯|訊)(?!视|器|话|脑|力|梯|池|影|缆|商|台|线)`,
);
/**
 * 本报讯（记者 某某）3月5日，…: the first day said in the lead of a paper's own report, when it opens a clause
 * (3月5日，…; 3月5日上午，…), not a day the lead speaks of (12月5日是国际志愿者日).
 */
const LOCAL = new RegExp(
  `本[报報][讯訊]\\s*(?:[（(][^）)\\n]{0,40}[）)])?\\s*(?:[\\u4e00-\\u9fa5]{0,6}?)${NUMBER}\\s*月\\s*${NUMBER}\\s*日(?=\\s*(?:[上下]午|晚|早)?\\s*[，,])`,
);

/**
 * 3月20日，…; 为庆祝…，3月21日上午，…: a day that opens a clause near the start of a news lead, the day of
 * what the report tells, not a day the lead speaks of (3月21日是世界社会工作日).
 */
const LEAD_DAY = new RegExp(
  `(?:^|[，,。；;])\\s*${NUMBER}\\s*月\\s*${NUMBER}\\s*日(?=\\s*(?:[上下]午|晚|早)?\\s*[，,])`,
);

/**
 * The lead of a page: its first line of prose (a sentence's stop, or a clause mark in a line of some
 * length), past the title, the credits and a photo's caption above it.
 */
function leadOf(head: string): string | null {
  for (const line of head.split("\n")) {
    const text = line.trim();
    if (/[。；;]/.test(text) || ([...text].length >= 30 && /[，,]/.test(text))) return text;
  }
  return null;
}

export interface Dateline {
  month: number;
  day: number;
}

/**
 * The month and day of a news lead's dateline near the top of a text, or null. A paper's own lead
 * (本报讯…3月5日，…) says the day of what it reports, so it counts only on a page with no date of its own
 * (`dated` false); so does a day that opens a clause of such a page's lead (3月20日，由市民政局主办的…).
 */
export function findDateline(text: string, dated = false): Dateline | null {
  const head = text.slice(0, 800);
  const lead = dated ? null : leadOf(head);
  const m =
    WIRED.exec(head) ??
    (dated ? null : (LOCAL.exec(head) ?? (lead ? LEAD_DAY.exec(lead.slice(0, 150)) : null)));
  const month = smallNumber(m?.[1] ?? "");
  const day = smallNumber(m?.[2] ?? "");
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The full date of a dateline. With the page's own date (`published`, often a day or weeks later, when the
 * page copied the report): its year, or the year before when the month and day would fall after it. Without
 * one, `year` (the latest year the text speaks of as now), or the year after when the day would come before
 * the point the text counts its figures to (`counted`).
 */
export function datelineDate(
  dateline: Dateline,
  published: string | null,
  year: string | null,
  counted: string | null = null,
): string | null {
  const { month, day } = dateline;
  let y: number;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    y = Number(published.slice(0, 4));
    if (`${y}-${pad(month)}-${pad(day)}` > published) y--;
  } else if (published) {
    // A page dated to its year or month only: the dateline says the rest.
    y = Number(published.slice(0, 4));
    if (published.length >= 7 && `${y}-${pad(month)}` > published) return published;
  } else if (year) {
    y = Number(year);
    // 11月5日，…发布报告：截至2022年底，…: a report of a count to a point was written after it.
    if (counted && `${y}-${pad(month)}-${pad(day)}` < counted) y++;
  } else return null;
  if (day > lastDayOfMonth(y, month)) return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** 截至2022年底, 截止2023年6月末, 截至2021年9月30日: a point a text counts its figures to. */
const COUNTED_TO =
  /(?:截至|截止到?)\s*(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|[底末])?|年?[底末])/g;

/** The latest point a text counts its figures to, as YYYY-MM-DD, or null. */
export function latestPointCounted(text: string): string | null {
  let latest: string | null = null;
  for (const m of text.matchAll(COUNTED_TO)) {
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : 12;
    if (month < 1 || month > 12) continue;
    const day = m[3] ? Number(m[3]) : lastDayOfMonth(year, month);
    const point = `${year}-${pad(month)}-${pad(day)}`;
    if (latest === null || point > latest) latest = point;
  }
  return latest;
}

const SESSION_NUMBER = "([一二三四五六七八九十]{1,3}|\\d{1,2})";
/**
 * 十二届全国人大一次会议, 第十三届全国人民代表大会第四次会议, 全国政协十四届二次会议: a plenary session of the
 * national congress or the national political consultative conference (not of a standing committee, which
 * meets many times a year). The term's numeral is the first group or the second, the session's the third.
 */
const NATIONAL_SESSION = new RegExp(
  `(?:第?${SESSION_NUMBER}届\\s*全国(?:人大|人民代表大会|政协)|全国(?:人大|人民代表大会|政协)\\s*第?${SESSION_NUMBER}届)\\s*第?([一二三四五]|[1-5])次(?:全体)?会议`,
  "g",
);

/**
 * The latest year a text dates by a national session it names: both bodies sit five years a term, the 9th
 * term from 1998, one session a year (十二届全国人大一次会议 met in 2013, 十三届四次 in 2021). Null when it
 * names none.
 */
export function nationalSessionYear(text: string): string | null {
  let latest: number | null = null;
  for (const m of text.matchAll(NATIONAL_SESSION)) {
    const term = smallNumber(m[1] ?? m[2] ?? "");
    const session = smallNumber(m[3] ?? "");
    if (term === null || session === null || term < 9 || term > 20 || session < 1 || session > 5) continue;
    const year = 1998 + 5 * (term - 9) + session - 1;
    if (latest === null || year > latest) latest = year;
  }
  return latest === null ? null : String(latest);
}
