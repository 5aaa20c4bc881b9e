// Dates, figures and sources written as Chinese official replies write them:
// 2024年5月31日, 3万余名, 较2022年6月30日的765家减少14家.

import { lastDayOfMonth, parseDate } from "../extractors/context/dates.js";

/** 2024-05-31 → 2024年5月31日; 2023-06 → 2023年6月; 2022 → 2022年. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  if (!month) return `${Number(year)}年`;
  if (!day) return `${Number(year)}年${Number(month)}月`;
  return `${Number(year)}年${Number(month)}月${Number(day)}日`;
}

/**
 * The last day of what a date names, as YYYY-MM-DD: 2024-05-31, 2024-05 → 2024-05-31,
 * 2024 → 2024-12-31; 2024年5月底 and other written dates too. Null when it is not a date.
 */
export function periodEnd(text: string): string | null {
  const iso = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/.test(text.trim()) ? text.trim() : parseDate(text);
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m !== undefined && (m < 1 || m > 12)) return null;
  const month = m ?? 12;
  const last = lastDayOfMonth(y, month);
  const day = d ?? last;
  if (day < 1 || day > last) return null;
  return `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Measure words a count may be written with, as they end a quantity: 751家, 846名, 103个. */
const MEASURE_WORD = /[家名个人所项支处座间户次场件]$/;
const DEFAULT_MEASURE: Record<string, string> = { org: "家", person: "名", item: "个" };

/** The measure word the document used for this figure, or the usual one for its unit. */
export function measureWord(quantityText: string | null, unit: string): string {
  const m = MEASURE_WORD.exec((quantityText ?? "").trim());
  return m ? m[0] : (DEFAULT_MEASURE[unit] ?? "");
}

/** 751 → 751; 30000 → 3万; 12500 → 1.25万; 1.5 → 1.5. */
export function chineseNumber(value: number): string {
  if (Math.abs(value) >= 10000 && value % 100 === 0) {
    return `${Number((value / 10000).toFixed(4))}万`;
  }
  return String(Number(value.toFixed(4)));
}

/** A figure with its qualifier and measure word: 751家, 3万余名, 近2000家, 不少于5家. */
export function figureText(value: number, qualifier: string, measure: string): string {
  const n = chineseNumber(value);
  switch (qualifier) {
    case "more_than":
      return `${n}余${measure}`;
    case "nearly":
      return `近${n}${measure}`;
    case "at_least":
      return `不少于${n}${measure}`;
    case "at_most":
      return `不超过${n}${measure}`;
    default:
      return `${n}${measure}`;
  }
}

/** Spaces between Chinese characters left by line joins in titles: 建议 的办理 → 建议的办理. */
export function tidyTitle(title: string): string {
  return title.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, "");
}
