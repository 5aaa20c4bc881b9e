// Dates as Chinese official texts write them: 2024年5月底, 2024 年 6 月 7 日, 二〇二〇年十一月二日, 2022.6.30,
// 2020/06.

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
  /** 底/末: the end of the month or year. */
  end: boolean;
}

export interface DateMention extends DateParts {
  /** A year told against the document's date (去年底) in a document that has none: not known. */
  unresolved?: boolean;
  text: string;
  start: number;
  stop: number;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  О: 0,
  Ｏ: 0,
  o: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 2024, 二〇二四, 二零二四 → 2024; 十一 → 11; 廿三 → 23; 5 → 5. */
export function smallNumber(text: string): number | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零ОＯoO一二三四五六七八九]{4}$/.test(s)) {
    return Number([...s].map((c) => CN_DIGIT[c]).join(""));
  }
  const m = /^([一二三四五六七八九两]?)(十|廿|卅)?([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === "") return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? (CN_DIGIT[tens] ?? null) : null;
  const base = ten === "廿" ? 20 : ten === "卅" ? 30 : 10 * (tens ? (CN_DIGIT[tens] ?? 1) : 1);
  if (ten !== "十" && tens) return null;
  return base + (units ? (CN_DIGIT[units] ?? 0) : 0);
}

const YEAR = "(\\d{4}|[〇零ОＯoO一二三四五六七八九]{4})";
const MD = "(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";

/** A month's number, in digits or in Chinese numerals: 12, 十二. */
export const MONTH_DIGITS = "\\d{1,2}|[一二三四五六七八九十]{1,2}";
/** A month's number as a group of its own. */
export const MONTH_NUMBER = `(${MONTH_DIGITS})`;

/**
 * A month said without its year, and not the start of a day (4月底, 2月, 3月份; not 3月15日): its
 * number, then 底, 末 or 份.
 */
export const MONTH_ALONE = `${MONTH_NUMBER}\\s*月(底|末|份)?(?![\\d一二三四五六七八九十日号])`;

/** 年 月 日 with optional spaces, or a dotted / dashed / slashed numeric date. */
const DATE_PATTERN = new RegExp(
  // 2018年年底, 2018年年末: the year's end said with 年 twice.
  `${YEAR}\\s*年(?:\\s*(?:${MD}\\s*月(?:\\s*(?:${MD}\\s*[日号]|(底|末|份)))?|(?:年\\s*)?(底|末)|(初|上半年|下半年|前三季度|第?[一二三四1-4]季度末?)))?` +
    // A page's date run into a lead that opens with its day (2023-02-222月14日): the day is two digits.
    `|(?<![\\d.])(\\d{4})\\s*([./-])\\s*(\\d{1,2})\\s*\\8\\s*(\\d{1,2}(?![\\d.])|\\d{2}(?=\\d{1,2}\\s*月))` +
    // A year and month as a table's header gives them: 2020/6, 2020-06 (not 2019-2023, nor a decimal).
    `|(?<![\\d./-])(\\d{4})(?:\\/(\\d{1,2})|-(\\d{2}))(?![\\d./:-])` +
    // A year run into its month where 年 was lost (截至201812月底): the run's first four digits are the year.
    `|(?<![\\d.])((?:19|20)\\d{2})(1[0-2]|0?[1-9])\\s*月(?:\\s*(?:(\\d{1,2})\\s*[日号]|(底|末)))?`,
  "g",
);

function valid(year: number, month: number | null, day: number | null): boolean {
  if (year < 1900 || year > 2100) return false;
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && (day < 1 || day > 31)) return false;
  return true;
}

/** Every full date (with its year) in a text, in order. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    let year: number | null;
    let month: number | null = null;
    let day: number | null = null;
    let end = false;
    if (m[1]) {
      year = smallNumber(m[1]);
      month = m[2] ? smallNumber(m[2]) : null;
      day = m[3] ? smallNumber(m[3]) : null;
      end = m[4] === "底" || m[4] === "末" || m[5] !== undefined;
      const quarter = /^第?([一二三四1-4])季度/.exec(m[6] ?? "");
      if (quarter?.[1]) {
        month = (smallNumber(quarter[1]) ?? 1) * 3;
        end = true;
      } else if (m[6] === "前三季度") {
        month = 9;
        end = true;
      } else if (m[6] === "下半年") {
        month = 12;
        end = true;
      } else if (m[6] === "上半年") {
        month = 6;
        end = true;
      }
    } else if (m[7]) {
      year = Number(m[7]);
      month = Number(m[9]);
      day = Number(m[10]);
    } else if (m[11]) {
      year = Number(m[11]);
      month = Number(m[12] ?? m[13]);
    } else {
      year = Number(m[14]);
      month = Number(m[15]);
      day = m[16] ? Number(m[16]) : null;
      end = m[17] !== undefined;
    }
    if (year === null || !valid(year, month, day)) continue;
    if ((m[2] && month === null) || (m[3] && day === null)) continue;
    out.push(mentionOf(m, { year, month, day, end }));
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `parts` as a mention of the words `m` matched. */
export function mentionOf(m: RegExpExecArray, parts: DateParts): DateMention {
  return { ...parts, text: m[0], start: m.index, stop: m.index + m[0].length };
}

/** A year said alone: YYYY, or its last day when it is said at its end (年底, 年末). */
export const yearDate = (year: number | string, end: boolean): string =>
  isoDate({ year: Number(year), month: null, day: null, end });

/** YYYY, YYYY-MM or YYYY-MM-DD; 月底 becomes the month's last day, 年底 the year's. */
export function isoDate(parts: DateParts): string {
  const { year, month, day, end } = parts;
  if (month === null) return end ? `${year}-12-31` : String(year);
  if (day !== null) return `${year}-${pad(month)}-${pad(day)}`;
  return end ? `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` : `${year}-${pad(month)}`;
}

/** Parses one date written alone: "2024 年 6 月 7 日", "二〇二〇年十一月二日". */
export function parseDate(text: string): string | null {
  const [first] = findDates(text);
  return first ? isoDate(first) : null;
}
