// A district or county a text names in full (昌平区领导…) it may name again without its division word
// (昌平实名注册志愿者累计达42.9万): the short name is that place, not a kind of what is counted. Provinces
// and cities said short are known to every text (schemas/placeShortNames.ts); districts only to the
// text that names them.

import { DIVISION_NAME, NOT_PLACE } from "../../schemas/placeNames.js";

const COUNTY = new RegExp(`${DIVISION_NAME.replace(/\)$/, "|旗)")}`, "g");
const HAN_RUN = /[\u4e00-\u9fa5]{3,}/g;
/** Words no place name holds, that a name read from running text may catch: 每个县, 这些区, 第三区. */
const NOT_NAME_CHAR = /[个每各该本我全共有的其这那此些几多余第等和与及在对将为另备了级\d]/;
/** Names that end like a district but are parts of a place: 开发区, 城区, 园区, 保护区. */
const NOT_COUNTY = new RegExp(`${NOT_PLACE}|(?:开发|城|市|郊|老|灾|库|保护|风景|试验|示范)区$|自治县$`);

/** The districts, counties and banners `text` names in full, by their names without the division word. */
export function shortNamesOf(text: string): Map<string, string> {
  const names = new Map<string, string>();
  // A name is Han characters only: read within each run of them that holds a division word, the names
  // are those read over the whole text, and most of the text need not be read.
  const runs = [...text.matchAll(HAN_RUN)].filter((run) => /[区县旗]/.test(run[0]));
  for (const m of runs.flatMap((run) => [...run[0].matchAll(COUNTY)])) {
    const name = m[0];
    if (!/[区县旗]$/.test(name) || NOT_COUNTY.test(name)) continue;
    // 北京昌平区: a name read from running text may carry words before it; its last two or three
    // characters are the short name prose uses.
    const short = name.slice(0, -1);
    for (const length of [2, 3]) {
      const tail = short.slice(-length);
      if (short.length >= length && !NOT_NAME_CHAR.test(tail)) names.set(tail, `${tail}${name.slice(-1)}`);
    }
  }
  return names;
}

/** `words` with a short name it opens with written in full: 昌平实名注册志愿者 → 昌平区实名注册志愿者. */
export function withFullName(words: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return words;
  for (const [short, full] of names) {
    if (words.startsWith(short) && !words.startsWith(full) && words.length > short.length + 1)
      return full + words.slice(short.length);
  }
  return words;
}
