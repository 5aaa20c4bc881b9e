// Document numbers: 福民函〔2024〕25号, 深府办规〔2020〕11号, 中办发〔2016〕46号.

export interface NumberMention {
  /** As printed, spaces removed, brackets unified: 福民函〔2024〕25号. */
  text: string;
  start: number;
  end: number;
}

/** The part after the issuer: 〔2024〕25号. The issuer is read backwards from its bracket. */
const YEAR_AND_SERIAL = /[〔[［【(（﹝]\s*((?:19|20)\d{2})\s*[〕\]］】)）﹞]\s*(\d{1,5})\s*号/g;
const ISSUER_LENGTH = 8;
const HAN = /[\u4e00-\u9fa5]/;
const SPACE = /\s/;

/** Verbs that cite a number: 根据…, 按照…. */
const CITING_VERBS = "根据|按照|依据|依照|参照|对照|落实|印发|转发|贯彻|执行|结合|详见";

/** Words that may run into a number's prefix in prose: 根据深府办规〔2020〕11号. */
const LEADING_WORDS = new RegExp(`^(?:${CITING_VERBS}|关于|见|和|与|及|以及|或|的|等|即|经|将|在|于|是|为)+`);

/** A label run into the number when its spaces are dropped: 文  号 浙民提〔2021〕7号. */
const LABEL = /^(?:发文字号|发文号|文件编号|文号)/;

/** Prose caught before an issuer: 书记宣读了张政民〔2012〕91号 (an issuer's short name has no 了 or 的). */
const PROSE_BEFORE = /^.*[了的]/;

function cleanPrefix(prefix: string): string {
  const stripped = prefix.replace(LABEL, "").replace(PROSE_BEFORE, "").replace(LEADING_WORDS, "");
  return stripped.length >= 2 ? stripped : prefix;
}

/**
 * Up to eight Han characters, then spaces, before the bracket; none before `floor` (the end of the
 * number found before). Null without one. Searching from the bracket keeps the search linear: a
 * pattern opening with the issuer is tried at every Han character of the text.
 */
function issuerStart(text: string, bracket: number, floor: number): number | null {
  let end = bracket;
  while (end > floor && SPACE.test(text[end - 1] ?? "")) end--;
  let start = end;
  while (start > floor && end - start < ISSUER_LENGTH && HAN.test(text[start - 1] ?? "")) start--;
  return start < end ? start : null;
}

export function findDocNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let floor = 0;
  for (const m of text.matchAll(YEAR_AND_SERIAL)) {
    const from = issuerStart(text, m.index, floor);
    if (from === null) continue;
    const [rest, year, serial] = m;
    const end = m.index + rest.length;
    const rawPrefix = text.slice(from, m.index).trimEnd();
    const prefix = cleanPrefix(rawPrefix);
    out.push({
      text: `${prefix}〔${year}〕${Number(serial)}号`,
      start: from + rawPrefix.length - prefix.length,
      end,
    });
    floor = end;
  }
  return out;
}

function lineAround(text: string, mention: NumberMention): { before: string; after: string } {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const next = text.indexOf("\n", mention.end);
  const lineEnd = next < 0 ? text.length : next;
  return { before: text.slice(lineStart, mention.start), after: text.slice(mention.end, lineEnd) };
}

/**
 * Is the mention the only thing on its line (the number printed under a letterhead), bracketed or
 * not: （深民〔2010〕128号）?
 */
function standsAlone(text: string, mention: NumberMention): boolean {
  const { before, after } = lineAround(text, mention);
  const enclosed = /^\s*[（(]\s*$/.test(before) && /^\s*[）)]/.test(after);
  const rest = enclosed ? after.replace(/^\s*[）)]/, "") : before + after;
  return /^[\s\t]*(?:签发人[:：]\s*\S{2,4})?[\s\t]*$/.test(rest);
}

function insideCitation(text: string, mention: NumberMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 2), mention.start);
  return /[（(《]$|》[（(]?$/.test(before);
}

/** A line that opens by citing: 根据…, 按照…. */
const CITING = new RegExp(`^(?:${CITING_VERBS})`);

/** Said within a sentence: prose before it on its line (日前，…书记宣读了张政民〔2012〕91号). */
function inSentence(text: string, mention: NumberMention): boolean {
  const { before } = lineAround(text, mention);
  return /[，。；！？,;!?]/.test(before) || /[了的]$/.test(before) || CITING.test(before.trim());
}

/** Bracketed after the title it numbers: 关于…建议的答复（衢市民议函〔2024〕6号）. */
function numbersTitle(text: string, mention: NumberMention): boolean {
  const { before } = lineAround(text, mention);
  return /(?:答复|复函|回复|的函|通知|意见|决定|办法|规定|方案|批复|公告|通报|报告)\s*[（(]$/.test(before);
}

/** The document's own number, told apart from the numbers it cites. */
export function ownNumber(text: string, mentions: NumberMention[]): NumberMention | null {
  const lineOf = (m: NumberMention) => text.slice(0, m.start).split("\n").length;
  const head = mentions.filter((m) => lineOf(m) <= 30);
  const plain = (m: NumberMention) => !inSentence(text, m);
  return (
    head.find((m) => standsAlone(text, m)) ??
    head.find((m) => lineOf(m) <= 5 && numbersTitle(text, m) && plain(m)) ??
    head.find((m) => !insideCitation(text, m) && m.start < 600 && plain(m)) ??
    mentions.find((m) => standsAlone(text, m)) ??
    null
  );
}
