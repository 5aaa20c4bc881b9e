// Where a figure sits on a time axis when the source names a period rather than a day: 2021 (a
// year-only figure) is drawn in the middle of 2021 and labelled 2021年, 2023-06 in the middle of
// June 2023; a day is drawn at that day. An axis that covers more than one calendar year is cut
// into whole years, each labelled in its middle, so that a point is always read against its own year.

export type Precision = "year" | "month" | "day";

export interface Period {
  precision: Precision;
  /** Where the figure is drawn: the day, or the middle of its month or year (UTC). */
  at: Date;
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** 2021 → the middle of 2021 (year); 2023-06 → 15 June 2023 (month); 2024-05-31 → that day. Null if not a period. */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: "year", at: utc(year, 6, 2) };
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3] === undefined) return { precision: "month", at: utc(year, month, 15) };
  const day = Number(m[3]);
  const at = utc(year, month, day);
  return at.getUTCMonth() === month ? { precision: "day", at } : null;
}

/** The text of a column holds periods when every value is YYYY, YYYY-MM or YYYY-MM-DD. */
export const isPeriodText = (values: readonly unknown[]): boolean =>
  values.length > 0 && values.every((v) => typeof v === "string" && parsePeriod(v) !== null);

export interface TimeAxis {
  domain: [Date, Date];
  /** Tick positions with their labels. */
  ticks: { at: Date; label: string }[];
  /** Lines between the years (1 January), when the axis is cut into years. */
  boundaries: Date[];
}

const yearLabel = (y: number) => `${y}年`;

/**
 * The axis for these dates: whole calendar years when they fall in more than one year (labels in
 * the middle of each year, lines between them); otherwise the months of that one year.
 */
export function timeAxis(dates: readonly Date[]): TimeAxis {
  const years = dates.map((d) => d.getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (first !== last) {
    const ticks: TimeAxis["ticks"] = [];
    const boundaries: Date[] = [];
    for (let y = first; y <= last; y++) {
      ticks.push({ at: utc(y, 6, 2), label: yearLabel(y) });
      if (y > first) boundaries.push(utc(y, 0, 1));
    }
    return { domain: [utc(first, 0, 1), utc(last + 1, 0, 1)], ticks, boundaries };
  }
  const months = dates.map((d) => d.getUTCMonth());
  const lo = Math.min(...months);
  const hi = Math.max(...months);
  const step = hi - lo >= 6 ? 2 : 1;
  const ticks: TimeAxis["ticks"] = [];
  for (let m = lo; m <= hi + 1 && m <= 12; m += step) {
    ticks.push({ at: utc(first, m, 1), label: m === 12 ? `${first + 1}年1月` : `${first}年${m + 1}月` });
  }
  return { domain: [utc(first, lo, 1), utc(first, hi + 1, 1)], ticks, boundaries: [] };
}

/** 2021 → 2021年, 2023-06 → 2023年6月, 2024-05-31 → 2024年5月31日; other text as it is. */
export function periodLabel(text: string): string {
  const m = PERIOD.exec(text.trim());
  if (!m) return text;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ""}${m[3] ? `${Number(m[3])}日` : ""}`;
}
