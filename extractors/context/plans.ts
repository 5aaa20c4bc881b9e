// The five-year plans a text names (“十四五”期间, 十三五末): the last year of each, which makes its
// figures goals while the plan runs and dates them once it has ended.

/** The year each plan ends, by the numeral of 十…五: 十三五 ends 2020, 十四五 2025. */
export const PLAN_END: Readonly<Record<string, number>> = {
  一: 2010,
  二: 2015,
  三: 2020,
  四: 2025,
  五: 2030,
  六: 2035,
};

/** “十四五”, 十三五: a plan's name, its numeral the first group (a key of PLAN_END). */
export const PLAN_NAME = "“?十([一二三四五六七八九])五”?";
