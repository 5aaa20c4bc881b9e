// Fold full-width digits, letters and ASCII punctuation to ASCII, odd spaces to plain ones, radicals
// to the characters they stand for, drop invisible characters. Chinese punctuation
// (，。；：（）“”《》、！？) stays as it is.

import { type Mapped, MappedBuilder } from "./mapped.js";

/** Full-width forms that are the ordinary punctuation of Chinese text, kept full width. */
const KEEP = new Set(["！", "（", "）", "，", "：", "；", "？"]);

const SPACES = new Set([
  "\u3000",
  "\u00a0",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u202f",
  "\u205f",
]);
const INVISIBLE = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\r", "\f", "\v"]);

/**
 * Radicals a PDF's font may give for the whole characters they look like (从业⼈员, ⺠政, ⻓期):
 * the Kangxi radicals, each the character Unicode folds it to (⼈ → 人, ⾏ → 行), and the
 * simplified forms among the supplement's radicals that are whole characters too.
 */
const KANGXI = [0x2f00, 0x2fd5] as const;
const SUPPLEMENT = new Map(
  "⺁厂 ⺝月 ⺟母 ⺠民 ⺩王 ⺼月 ⻄西 ⻅见 ⻆角 ⻉贝 ⻋车 ⻓长 ⻔门 ⻘青 ⻚页 ⻛风 ⻜飞 ⻝食 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻨麦 ⻩黄 ⻬齐 ⻮齿 ⻰龙 ⻳龟"
    .split(" ")
    .map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);

/** What one character folds to: itself, another character, or "" to drop it. */
export function foldChar(ch: string): string {
  if (SPACES.has(ch)) return " ";
  if (INVISIBLE.has(ch)) return "";
  const cp = ch.charCodeAt(0);
  if (cp >= KANGXI[0] && cp <= KANGXI[1]) return ch.normalize("NFKC");
  const radical = SUPPLEMENT.get(ch);
  if (radical) return radical;
  if (cp >= 0xff01 && cp <= 0xff5e && !KEEP.has(ch)) return String.fromCharCode(cp - 0xfee0);
  return ch;
}

/** Which UTF-16 units `foldChar` changes, made on first use. */
let changing: Uint8Array | undefined;

function changes(): Uint8Array {
  if (changing) return changing;
  changing = new Uint8Array(0x10000);
  for (const ch of [...SPACES, ...INVISIBLE, ...SUPPLEMENT.keys()]) changing[ch.charCodeAt(0)] = 1;
  for (let unit = KANGXI[0]; unit <= KANGXI[1]; unit++) changing[unit] = 1;
  for (let unit = 0xff01; unit <= 0xff5e; unit++)
    if (!KEEP.has(String.fromCharCode(unit))) changing[unit] = 1;
  return changing;
}

export function fold(line: Mapped): Mapped {
  const text = line.text;
  const changed = changes();
  let i = 0;
  while (i < text.length && changed[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return line;
  const out = new MappedBuilder();
  let at = 0;
  for (; i < text.length; i++) {
    if (changed[text.charCodeAt(i)] === 0) continue;
    out.slice(line, at, i);
    const folded = foldChar(text[i] as string);
    if (folded !== "") out.from(line, i, folded);
    at = i + 1;
  }
  return out.slice(line, at).build();
}
