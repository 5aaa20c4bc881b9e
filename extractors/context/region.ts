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
  return best ?? namedTwice(text);
}

/** The words of a text that speaks from inside a division of each level: 全省, 我市, 本县, 从省民政厅. */
const OWN_LEVEL: Record<string, RegExp> = {
  省: /[全我本]省|(?:^|[^\u4e00-\u9fa5]|[从由据经和])省(?:委|政府|民政厅|人才办|人社厅|财政厅|文明办)/gu,
  市: /[全我本]市/gu,
  县: /[全我本]县/gu,
  区: /[全我本]区/gu,
};

/** Places and parts of a place that end in 区 but are no division: 社区, 小区, 园区, 开发区. */
const NOT_A_DIVISION =
  /(?:社区|小区|园区|景区|街区|校区|城区|辖区|片区|矿区|山区|灾区|地区|试验区|示范区|开发区|功能区|服务区|保护区)$/;

/** The level of a division's name: 自治区 is a province's. */
const levelOf = (name: string) => (name.endsWith("自治区") ? "省" : name.slice(-1));

/**
 * A division named only twice, when that is safe: the text speaks from inside a division of its level
 * (全省, 我省, 从省民政厅… for a province; 全市, 我市 for a city) and names no other division of that level
 * (a text about another province's visit names both). A mention that caught the words before the name
 * (为主题的湖北省, 涌现出肥西县) counts as the name it ends in, the part of it the text says most often.
 */
function namedTwice(text: string): string | null {
  const names = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    const raw = m[0].replace(/^.*?(?:全|本|我|各|该)/, "");
    let name: string | null = null;
    let seen = 0;
    for (let k = raw.length - 3; k >= 0; k--) {
      const suffix = raw.slice(k);
      const n = text.split(suffix).length - 1;
      if (n > seen || (n === seen && name === null)) {
        name = suffix;
        seen = n;
      }
    }
    if (name && !/^(?:市|区|县|省)/.test(name) && !NOT_A_NAME.test(name) && !NOT_A_DIVISION.test(name))
      names.add(name);
  }
  for (const m of text.matchAll(SHORT_MENTION)) {
    const name = SHORT_PLACE_NAMES.get(m[0]);
    if (name) names.add(name);
  }
  const countOf = (name: string) => {
    const short = [...SHORT_PLACE_NAMES].find(([, full]) => full === name)?.[0];
    const whole = text.split(name).length - 1;
    const bare = short ? [...text.matchAll(new RegExp(`${short}(?![省市区县])`, "g"))].length : 0;
    return whole + bare;
  };
  const known = new Set(SHORT_PLACE_NAMES.values());
  // 联合市委…: a name read off an organ (市委, 县政府) may be the words before it; one not known as a place
  // needs a mention of its own.
  const clean = (name: string) =>
    known.has(name) ||
    text
      .split(name)
      .slice(1)
      .some((after) => !/^(?:委|政府|人大|政协|级)/.test(after));
  const ownWords = new Map(
    Object.entries(OWN_LEVEL).map(([level, words]) => [level, [...text.matchAll(words)].length]),
  );
  const twice = [...names].filter((name) => countOf(name) === 2 && clean(name));
  for (const name of twice) {
    const level = levelOf(name);
    // The text speaks from inside a division of that level more than from inside one of another (全市 and
    // 我市 in a city's news that says 全省 once: not the province's).
    const own = ownWords.get(level) ?? 0;
    if (own === 0 || [...ownWords.values()].some((other) => other > own)) continue;
    // A rival is a province or city known by its short name, or another place the text names twice or more.
    const rivals = [...names].filter(
      (other) =>
        other !== name &&
        levelOf(other) === level &&
        !name.endsWith(other) &&
        (known.has(other) || (countOf(other) >= 2 && clean(other))),
    );
    if (rivals.length === 0) return name;
  }
  return null;
}
