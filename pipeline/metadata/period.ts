import { lastDayOfMonth, smallNumber } from "../../extractors/context/dates.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The last day of a quarter, a half year or a span of months a report covers. */
function spanEnd(year: number, span: string): string | null {
  const quarter = /第?([一二三四1-4])季度/.exec(span);
  if (quarter?.[1]) {
    const q = smallNumber(quarter[1]) ?? 0;
    return `${year}-${pad(q * 3)}-${lastDayOfMonth(year, q * 3)}`;
  }
  if (/上半年/.test(span)) return `${year}-06-30`;
  if (/前三季度/.test(span)) return `${year}-09-30`;
  const months =
    /(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[-—～~至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/.exec(
      span,
    );
  const to = months?.[2] ? smallNumber(months[2]) : null;
  return to && to >= 1 && to <= 12 ? `${year}-${pad(to)}-${lastDayOfMonth(year, to)}` : null;
}

/**
 * The period a bulletin, quick report, work summary or situation report covers, from its title:
 * 广州市2023年民政事业发展统计公报 → 2023, 长春市民政统计快报（2024年第一季度） → 2024-03-31,
 * 关于2021年全省社会组织发展情况的通报 → 2021, 2022年度志愿服务大数据发布 → 2022.
 */
export function periodOf(title: string | null): string | null {
  if (!title) return null;
  const span =
    /((?:19|20)\d{2})\s*年\s*(第?[一二三四1-4]季度|上半年|前三季度|\d{1,2}\s*[-—～~至到]\s*\d{1,2}\s*月)/.exec(
      title,
    );
  if (span?.[1] && span[2] && /公报|快报|总结|报告|统计|情况|通报|月报|季报/.test(title)) {
    const end = spanEnd(Number(span[1]), span[2]);
    if (end) return end;
  }
  // 2022年社会服务统计3月份报表, 2021年12月民政统计数据: one month's table, at the month's end.
  const month =
    /((?:19|20)\d{2})\s*年度?[^\d年月，。]{0,10}?(\d{1,2})\s*月份?[^\d，。]{0,10}?(?:报表|统计|数据|快报|月报)/.exec(
      title,
    );
  const monthNumber = Number(month?.[2]);
  if (month?.[1] && monthNumber >= 1 && monthNumber <= 12) {
    const year = Number(month[1]);
    return `${year}-${pad(monthNumber)}-${lastDayOfMonth(year, monthNumber)}`;
  }
  const m =
    /((?:19|20)\d{2})\s*年度?[^，。]{0,30}?(?:公报|总结|年报|统计|快报|工作报告|发展情况|基本情况|情况的?通报|情况的?报告|大数据|数据报告)/.exec(
      title,
    );
  return m?.[1] ?? null;
}
