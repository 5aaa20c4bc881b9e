// The period a statistics table counts, from its caption, title or header cells: 2020年2季度 →
// 2020-06-30, 2019年06月 and 2020年度 01月份 → the month's last day, 2021年上半年 → 2021-06-30.
// A month of a statistics table is the state at its end. Dates that say when the table was made or
// published (发布时间:2020-09-25, 报出日期) are not its period.

import { findDates, isoDate } from "../context/dates.js";

/** 发布时间:2020-09-25 16:26, 时间:2019-09-09, 报出日期：…, 来源:… — when, not what. */
const STAMP =
  /(?:发布|发文|印发|成文|报出|填报|制表|编制|更新|录入)?(?:时间|日期)\s*[:：]\s*[\d\s年月日:：/.-]*|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

/** 2020年度 01月份 → 2020年01月; 2020年1-6月 → 2020年6月. */
function plainMonths(text: string): string {
  return (
    text
      .replace(/((?:19|20)\d{2})\s*年度?\s*(\d{1,2})\s*月份/g, "$1年$2月")
      .replace(/((?:19|20)\d{2})\s*年度\s*(\d{1,2})\s*月/g, "$1年$2月")
      .replace(/((?:19|20)\d{2})\s*年\s*1\s*[-—~至到]\s*(\d{1,2})\s*月/g, "$1年$2月")
      // 2022年社会服务统计3月份报表: the year and the month of one statistics table.
      .replace(
        /((?:19|20)\d{2})\s*年([^\d年月，。]{2,10}?)(\d{1,2})\s*月份?(报表|统计表|数据|快报)/g,
        "$1年$3月$2$4",
      )
      // 2023年某市第二季度社会服务统计季报: the place between the year and its quarter.
      .replace(/((?:19|20)\d{2})\s*年([^\d年月季，。]{2,10}?)(第?[一二三四1-4]\s*季度?)/g, "$1年$3$2")
      // 2023年某县民政统计季报（第二季度）: the quarter in brackets after the title.
      .replace(
        /((?:19|20)\d{2})\s*年([^\d年月，。（()]{2,20}?)[（(]\s*(第?[一二三四1-4]\s*季度)\s*[）)]/g,
        "$1年$3$2",
      )
  );
}

const precision = (iso: string) => iso.split("-").length;

/** The most precise period a text names, as YYYY, YYYY-MM-DD; null when it names none. */
export function tablePeriod(text: string): string | null {
  const dates = findDates(plainMonths(text.replace(STAMP, " ")));
  let best: string | null = null;
  for (const date of dates) {
    const iso = isoDate(date.month !== null && date.day === null ? { ...date, end: true } : date);
    if (best === null || precision(iso) > precision(best)) best = iso;
  }
  return best;
}
