// Spans of folded text whose numbers are no statistics at all: plan and slogan names (十四五,
// 两个维护, 一年覆盖、两年规范、三年提升), place names (五家渠, 七台河), formulas (1+3文件, 7×24小时) and dates written with
// separators (2024-05-31, 2024.5.31, 2024/05).

/** Fixed political formulae and slogans that contain a number and a measure word. */
// biome-ignore format: a word list
const FORMULAE = [
  "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "三个代表", "两个一百年",
  "两个覆盖", "八项规定", "三会一课", "两学一做", "三严三实", "一带一路", "一国两制", "两个务必",
  "两个结合", "两个毫不动摇", "三个有利于", "四个服务", "两个责任", "一岗双责", "两不愁三保障",
  "三重一大", "最多跑一次", "一次办好", "一件事", "五个一批", "四个不摘", "四下基层", "两个大局",
  "三个务必", "五个必由之路", "两个先行", "三个转变", "一个都不能少", "一个不落", "一张蓝图",
];

/** Place names written with a number and a measure word. */
const PLACES = ["五家渠", "七台河", "三门峡", "三门县", "九台", "三台县", "五台", "八步区", "十堰", "六盘水"];

/** Patterns over Arabic digits. */
const DIGIT_PATTERNS: RegExp[] = [
  // Formulas: 1+3文件, 1+N, N+1, 7×24小时.
  /(?<!\d)\d+ *[+×] *(?:\d+|[A-Za-z])|[A-Za-z] *\+ *\d+/g,
  // Dates with separators: 2024-05-31, 2024.5.31, 2024/05/31, 2024-05, 2024/5.
  // A page's date run into a lead that opens with its day (2023-02-222月14日): the day is two digits.
  /(?<![\d.])(?:19|20)\d{2} *([-./]) *\d{1,2} *\1 *(?:\d{1,2}(?![\d.])|\d{2}(?=\d{1,2} *月))/g,
  /(?<![\d.])(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])(?![\d.%])/g,
];

const HAS_DIGIT = /\d/;
const HAS_CHINESE_DIGIT = /[一二两三四五六七八九十]/;
const WORDS = [...FORMULAE, ...PLACES];
const wordPattern = (words: string[]): RegExp[] => (words.length ? [new RegExp(words.join("|"), "g")] : []);

/** Patterns looked for in every text: the words written without a Chinese digit (none so far). */
const ALWAYS: RegExp[] = wordPattern(WORDS.filter((w) => !HAS_CHINESE_DIGIT.test(w)));

/** Patterns that need one of 一二两三四五六七八九十 to match. */
const CHINESE_PATTERNS: RegExp[] = [
  // Five-year plans: 十四五, 十三五期间, 九五计划.
  /十[一二三四五六七八九]五/g,
  /[六七八九]五(?=规划|计划|期间|时期)/g,
  // Staged slogans: 一年覆盖、两年规范、三年提升; 一年打基础、三年见成效.
  /(?<![一二两三四五六七八九十])(?:[一二两三四五六七八九十]{1,3}[年月步][\u4e00-\u9fff]{2,3}[、，,] *)+[一二两三四五六七八九十]{1,3}[年月步][\u4e00-\u9fff]{2,3}/g,
  ...wordPattern(WORDS.filter((w) => HAS_CHINESE_DIGIT.test(w))),
];

const NONE = (): number => -1;

/** For each position, the end of the blocked span it is in, or -1. */
export function blockedSpans(text: string): (i: number) => number {
  let until: Int32Array | null = null;
  const patterns = [
    ...ALWAYS,
    ...(HAS_DIGIT.test(text) ? DIGIT_PATTERNS : []),
    ...(HAS_CHINESE_DIGIT.test(text) ? CHINESE_PATTERNS : []),
  ];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      until ??= new Int32Array(text.length).fill(-1);
      const end = m.index + m[0].length;
      for (let k = m.index; k < end; k++) until[k] = Math.max(until[k]!, end);
    }
  }
  if (!until) return NONE;
  const spans = until;
  return (i) => spans[i] ?? -1;
}
