// Administrative divisions named in an issuer: 深圳市福田区民政局 → 深圳市, 福田区.

import { SHORT_PLACE_NAMES, SHORT_PLACE_PATTERN } from "../../schemas/placeShortNames.js";

const DIVISION =
  /[\u4e00-\u9fa5]{1,6}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟(?!市)|州(?![市区县省])|区|县|旗|街道|镇|乡)/y;

/** A word of an organ's name, which no division's name holds: 民政局, 民政厅, 委员会, 办公室. */
const ORGAN = /[局厅委办院]/;

/** The divisions at the start of a name, outermost first. */
export function divisionsOf(name: string): string[] {
  const out: string[] = [];
  let at = name.replace(/^中共/, "").length === name.length ? 0 : 2;
  for (;;) {
    DIVISION.lastIndex = at;
    const m = DIVISION.exec(name);
    // 嘉兴市民政局嘉兴市财政局: a bureau's name ends the divisions; the next issuer's are its own.
    if (!m || ORGAN.test(m[0])) break;
    out.push(m[0]);
    at += m[0].length;
  }
  return out;
}

/** The most specific division an issuer names, or null. */
export function regionOf(name: string | null): string | null {
  if (!name) return null;
  return divisionsOf(name).at(-1) ?? null;
}

/** 福田区, 山东省; an autonomous region's longer name whole (广西壮族自治区, not 西壮族自治区). */
const MENTION = /[\u4e00-\u9fa5]{2,5}?(?:省|市|区|县)|[\u4e00-\u9fa5]{2,5}?自治区/g;

/**
 * Words a mention catches that name no division: a count's measure word before divisions listed
 * (31个省区市 → 个省区), or divisions run together (省区, 市县).
 */
const NOT_A_NAME = /^[个多余几每第等和与及在的了]|[省市区县]{2}$/;

/** A province's or city's short name not followed by a division word (that mention counts in full). */
const SHORT_MENTION = new RegExp(`(?:${SHORT_PLACE_PATTERN})(?![省市区县])`, "g");

/**
 * 我国, and 全国 said of what is counted (全国共有, 占全国社会组织总量): the whole country as a text's
 * place. Not 全国 naming a system, a prize or an examination (全国志愿服务信息系统, 全国先进).
 */
const NATIONAL = /我国|全国(?=共有|现有|共计|共|累计|各类|范围内|[^，,。；;]{0,8}总[量数])/g;

/** The division a text names most often: a fallback when the issuer names none. */
export function likeliestRegion(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(MENTION)) {
    // 2023年宁波市…, 2022年度宁波市…: the end of a date said before the name is no part of it.
    const dated = /[\d〇零一二三四五六七八九十]$/.test(text.slice(0, m.index)) ? /^年度?/ : /^$/;
    const name = m[0].replace(dated, "").replace(/^.*?(?:全|本|我|各|该)/, "");
    // 自治区民政厅: the division word alone names no place.
    if (
      name.length < 3 ||
      /^(?:全|本|我|各|该|市|区|县|自治区|特别行政区)/.test(name) ||
      NOT_A_NAME.test(name)
    )
      continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // 温州社工人才…: a city or province said without its division word counts as its full name.
  for (const m of text.matchAll(SHORT_MENTION)) {
    const name = SHORT_PLACE_NAMES.get(m[0]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // A national text that lists provinces beside its country's figures is of the whole country.
  const national = [...text.matchAll(NATIONAL)].length;
  if (national > 0) counts.set("全国", national);
  let best: string | null = null;
  let most = 2;
  for (const [name, n] of counts) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}
