// Folding text for number matching, one character for one character so that offsets survive:
// full-width ASCII to ASCII, ideographic space to space, and the traditional forms of the characters
// that numbers, units and qualifiers are written with to their simplified forms.

const TRADITIONAL =
  "萬万億亿兩两貳贰參叁陸陆點点個个項项場场條条張张間间處处臺台輛辆類类種种屆届門门組组戶户對对" +
  "餘余約约過过於于達达號号歲岁學学時时節节將将內内數数幾几與与週周圓元額额棟栋層层隊队級级單单" +
  "筆笔噸吨畝亩裡里課课鐘钟會会議议來来開开幣币歐欧冊册輪轮電电話话傳传熱热線线機机郵邮編编" +
  "蓋盖規规劃划確确維维識识範范標标準准補补貼贴獎奖務务聯联繫系總总計计級级舉举辦办訓训負负倆俩";

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) FOLD.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);
FOLD.set("\u3000", " ");
FOLD.set("\u00a0", " ");
FOLD.set("∶", ":");
FOLD.set("〜", "~");
FOLD.set("﹪", "%");
FOLD.set("﹣", "-");
FOLD.set("−", "-");

/** Each UTF-16 code unit's folded form: full-width ASCII to ASCII, then FOLD. */
const FOLDED = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++)
  FOLDED[code] = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
for (const [from, to] of FOLD) FOLDED[from.charCodeAt(0)] = to.charCodeAt(0);

/** The same text, each character replaced by its folded form: `fold(s).length === s.length`. */
export function fold(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLDED[code]!;
    if (folded === code) continue;
    out += text.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Chinese digits, financial forms included (after folding). */
export const CN_DIGITS = "〇零一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖";
/** Characters a Chinese numeral can start with: digits and the tens 十 廿 卅 卌. */
export const CN_START = `${CN_DIGITS}十拾廿卅卌`;
/** Every character of a Chinese numeral, decimal point 点 included. */
export const CN_NUMERAL = `${CN_START}百佰千仟万亿点`;
/** Multipliers that may follow Arabic digits: 3万, 1.21亿, 7万5千4百. */
export const MULTIPLIERS = "十百千万亿佰仟拾";

/** A lookup by UTF-16 code unit: whether a one-character string is one of `chars`. */
function charSet(chars: string): (ch: string | undefined) => boolean {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return (ch) => ch !== undefined && ch.length === 1 && table[ch.charCodeAt(0)] === 1;
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
export const isCnDigit = charSet(CN_DIGITS);
export const isCnStart = charSet(CN_START);
export const isCnNumeral = charSet(CN_NUMERAL);
export const isMultiplier = charSet(MULTIPLIERS);
export const isCjk = (ch: string | undefined): boolean => {
  if (ch === undefined || ch.length === 0) return false;
  // The regular expression /[\u3400-\u9fff\uf900-\ufaff]/ tested on any code unit of the string.
  for (let i = 0; i < ch.length; i++) {
    const code = ch.charCodeAt(i);
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return true;
  }
  return false;
};
export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
/** Spaces that PDF extraction leaves around numbers (not tabs, which separate table cells). */
export const isSpace = (ch: string | undefined): boolean => ch === " ";

/** Index of the first non-space character at or after `i`. */
export function skipSpaces(text: string, i: number): number {
  while (isSpace(text[i])) i++;
  return i;
}

/** Index just after the last non-space character before `i`. */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/** Whether `text` ends, at `end`, with one of `words`; returns the longest one. */
export function wordBefore(text: string, end: number, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) {
    if (end >= w.length && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** Whether `text` has, at `start`, one of `words`; returns the longest one. */
export function wordAt(text: string, start: number, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) {
    if (text.startsWith(w, start) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** Whether only spaces and tabs stand between the start of a line and `at`. */
export function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  return i === 0 || text[i - 1] === "\n" || text[i - 1] === "\r";
}

const isBlank = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\r";

/** The line holding [start, end) when it has no more than `reach` visible characters either side, else "". */
export function shortLine(text: string, start: number, end: number, reach: number): string {
  let [from, seen] = [start, 0];
  while (from > 0 && text[from - 1] !== "\n" && seen <= reach) if (!isBlank(text[--from])) seen++;
  let to = end;
  seen = 0;
  while (to < text.length && text[to] !== "\n" && seen <= reach) if (!isBlank(text[to++])) seen++;
  const bounded = (from === 0 || text[from - 1] === "\n") && (to === text.length || text[to] === "\n");
  return bounded ? text.slice(from, to) : "";
}
