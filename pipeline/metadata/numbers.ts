// Document numbers: 福民函〔2024〕25号, 深府办规〔2020〕11号, 中办发〔2016〕46号.

export interface NumberMention {
  /** As printed, spaces removed, brackets unified: 福民函〔2024〕25号. */
  text: string;
  start: number;
  end: number;
}

const DOC_NUMBER =
  /([\u4e00-\u9fa5]{1,8})\s*[〔[［【(（﹝]\s*((?:19|20)\d{2})\s*[〕\]］】)）﹞]\s*(\d{1,5})\s*号/g;

/** Words that may run into a number's prefix in prose: 根据深府办规〔2020〕11号. */
const LEADING_WORDS =
  /^(?:根据|按照|依据|依照|参照|对照|落实|印发|转发|贯彻|执行|结合|关于|详见|见|和|与|及|以及|或|的|等|即|经|将|在|于|是|为)+/;

function cleanPrefix(prefix: string): string {
  const stripped = prefix.replace(LEADING_WORDS, "");
  return stripped.length >= 2 ? stripped : prefix;
}

export function findDocNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, rawPrefix = "", year, serial] = m;
    const prefix = cleanPrefix(rawPrefix);
    const start = m.index + (whole.indexOf(rawPrefix) + rawPrefix.length - prefix.length);
    out.push({ text: `${prefix}〔${year}〕${Number(serial)}号`, start, end: m.index + whole.length });
  }
  return out;
}

/** Is the mention the only thing on its line (the number printed under a letterhead)? */
function standsAlone(text: string, mention: NumberMention): boolean {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const next = text.indexOf("\n", mention.end);
  const lineEnd = next < 0 ? text.length : next;
  const rest = text.slice(lineStart, mention.start) + text.slice(mention.end, lineEnd);
  return /^[\s\t]*(?:签发人[:：]\s*\S{2,4})?[\s\t]*$/.test(rest);
}

function insideCitation(text: string, mention: NumberMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 2), mention.start);
  return /[（(《]$|》[（(]?$/.test(before);
}

/** The document's own number, told apart from the numbers it cites. */
export function ownNumber(text: string, mentions: NumberMention[]): NumberMention | null {
  const head = mentions.filter((m) => text.slice(0, m.start).split("\n").length <= 30);
  return (
    head.find((m) => standsAlone(text, m)) ??
    head.find((m) => !insideCitation(text, m) && m.start < 600) ??
    mentions.find((m) => standsAlone(text, m)) ??
    null
  );
}
