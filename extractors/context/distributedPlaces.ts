// The places 分别 hands its figures to: 陆家嘴街道、潍坊新村街道分别为…, listed in its own clause, in an earlier
// clause (全市共有城关区、七里河区两个区，其中社会组织分别达到…) or in the sentence before (…。两区社会组织分别…).

import { NOT_PLACE, PLACE_NAMES } from "../../schemas/placeNames.js";
import { SHORT_PLACE_NAMES, SHORT_PLACE_PATTERN } from "../../schemas/placeShortNames.js";
import { startAfter } from "./context.js";
import { smallNumber } from "./dates.js";

const LISTED_PLACE = `(?:${PLACE_NAMES}|(?:(?![其全各])[\\u4e00-\\u9fa5]){1,6}?(?:区|县|市|旗|街道|镇|乡))`;
const PLACE_LIST = new RegExp(
  `(?<!其)((?:${LISTED_PLACE}[、和及与])+${LISTED_PLACE})([^，,。；;]{0,12}?)分别(?:为|是|有)?([^，,。；;\\d]{0,12})`,
);

export interface Distribution {
  /** The places in order: 岳阳楼区, 云溪区, 君山区. */
  places: string[];
  /**
   * Words between the places and 分别: 持证社工 in 城关区、安宁区持证社工分别为…; or, for places an earlier clause
   * lists, the noun said with them: 社会团体数量 in 广东省、江苏省社会团体数量位居前二，分别为….
   */
  before: string;
  /** Words between 分别 and the figures: 街道 in 分别有街道17个、5个…, 登记社会组织 in 分别登记社会组织318家、97家. */
  after: string;
}

/** Words that open a noun by counting the places it is said of: 两区, 三个县的, 这两个区. */
export const PLACES_COUNTED_START =
  /^(?:这|该|上述)?[两二三四五六七八九十\d]+个?(?:区|县|市|省|旗|镇|乡|街道|地区?)(?:的|之)?(?=[\u4e00-\u9fa5])/;

/** Places listed before 分别 (陆家嘴街道、潍坊新村街道、花木街道分别为…), with the words around 分别. */
export function distributedPlaces(
  sentence: string,
  position: number,
  count = 0,
  previous = "",
): Distribution | null {
  if (!sentence.slice(0, position).includes("分别")) return null;
  const m = PLACE_LIST.exec(sentence.slice(0, position));
  if (m?.[1])
    return { places: m[1].split(/[、和及与]/).filter(Boolean), before: m[2] ?? "", after: m[3] ?? "" };
  // 南山、宝安两区持证社工分别为…: names without their division word, then how many of which division.
  const counted = COUNTED_LIST.exec(sentence.slice(0, position));
  const named = counted ? countedPlaces(counted) : null;
  if (counted && named) return { places: named, before: counted[4] ?? "", after: counted[5] ?? "" };
  if (count < 2) return null;
  const earlier = placesOfEarlierClause(sentence, position, count);
  if (earlier || !previous || !POINTS_BACK.test(sentence)) return earlier;
  // 全市共有城关区、七里河区两个区。两区社会组织分别达到…: the sentence before lists the places.
  const joined = `${previous.replace(/[。；;！!]\s*$/, "")}，`;
  return placesOfEarlierClause(`${joined}${sentence}`, joined.length + position, count);
}

/** A name in a list said without its division word, which the count after the list gives: 南山、宝安两区. */
const BARE_NAME = "(?:(?![全共有的各本我该其中社和及与等在对将为另备])[\\u4e00-\\u9fa5]){2,4}?";
const NAMES_COUNTED = `((?:${BARE_NAME}[、和及与])+${BARE_NAME})([两二三四五六七八九十])个?(区|县|市|省|旗|镇|乡|街道)`;
const COUNTED_LIST = new RegExp(
  `${NAMES_COUNTED}([^，,。；;]{0,12}?)分别(?:为|是|有)?([^，,。；;\\d]{0,12})`,
);
const COUNTED_LISTS = new RegExp(NAMES_COUNTED, "g");

/** The places of 南山、宝安两区 (南山区, 宝安区), when there are as many names as the count says. */
function countedPlaces(m: RegExpExecArray): string[] | null {
  const names = (m[1] ?? "").split(/[、和及与]/);
  const division = m[3] ?? "";
  if (names.length !== smallNumber(m[2] ?? "")) return null;
  return names.map(
    (name) => SHORT_PLACE_NAMES.get(name) ?? (name.endsWith(division) ? name : `${name}${division}`),
  );
}

/** A sentence that opens by pointing back at places just listed: 两区…, 其中，…, 上述三个县…. */
const POINTS_BACK =
  /^\s*(?:其中|上述|以上|(?:这|该)?[两二三四五六七八九十\d]+个?(?:区|县|市|省|旗|镇|乡|街道|地区?))/;

/** A place in a list of an earlier clause: a full name, a province or city without its division word, or a 区, 县, 街道…. */
const EARLIER_PLACE = `(?:${PLACE_NAMES}|${SHORT_PLACE_PATTERN}|(?:(?![全共有的各本我该其中社和及与等在对将为另备是别])[\\u4e00-\\u9fa5]){1,6}?(?:区|县|市|旗|街道|镇|乡))`;
const EARLIER_LIST = new RegExp(`(?:${EARLIER_PLACE}[、和及与])+${EARLIER_PLACE}`, "g");
/** The clause 分别 opens with its own list of nouns (社会团体、基金会分别为…) or of places: no earlier list is meant. */
const OWN_LIST = /[、和及与]/;
const NOT_A_PLACE = new RegExp(NOT_PLACE);
/** The title of a pilot or model area (服务创新实验区, 社会工作服务示范地区): a programme, not a place of its own. */
const PROGRAMME_AREA = /(?:实验|试验|示范|先行|功能|试点)(?:地)?区$/;
const COUNTED_AT_END = /(?<=[\u4e00-\u9fa5]{2})[两二三四五六七八九十\d]+个?(?:区|县|市|省|旗|镇|乡|街道)$/;
/** Words that count the places just listed (三个区, 两县), said before the noun. */
const PLACES_COUNTED =
  /^(?:等)?[两二三四五六七八九十\d]+个?(?:区|县|市|省|旗|镇|乡|街道|省份|省区市|地区|地|区县|县区|县（市、区）)(?:的)?/;
const LEADING_VERB = /^[\u4e00-\u9fa5]*?(?:分别是|依次是|依次为|分别为|是|为)(?=[\u4e00-\u9fa5]{2})/;
/** Where the noun that opens the clause of the places ends: 社会组织数量|排名前三的区分别是…. */
const NOUN_BEFORE_END =
  /(?:排名|排在|位居|位列|名列|居|最多|最高|最大|较多|较高|前[二三四五六七八九十\d]|的是|分别是|依次|主要|集中|[是为在，,\d])/;
/** Where the noun after the places ends: what is said of it (its rank, where it stands). */
const NOUN_END =
  /(?:在|位居|位列|居于?|名列|排名|排在|分列|列|均|都|共|分别|水平|稳步|持续|不断|逐年|快速|较快|明显|增长|增加|[，,\d])/;

/**
 * 全市共有城关区、七里河区、西固区三个区，其中社会组织分别达到…; 广东省、江苏省、浙江省社会团体数量在各省中位居前三，
 * 分别为…: the places an earlier clause of the sentence lists, as many as the figures, when the clause of
 * 分别 names none; `before` is the noun said right after them (社会团体数量), if any.
 */
function placesOfEarlierClause(sentence: string, position: number, count: number): Distribution | null {
  const clauseStart = startAfter(sentence, "，,：:", position - 1);
  const own = sentence.slice(clauseStart, position);
  const at = own.indexOf("分别");
  if (at < 0 || OWN_LIST.test(own.slice(0, at))) return null;
  const partStart = startAfter(sentence, "。；;", clauseStart - 1);
  const earlier = sentence.slice(partStart, clauseStart);
  // …、西固区三个区: the words that count the places are no part of the last one.
  const lists = [
    ...[...earlier.matchAll(EARLIER_LIST)].map((m) => ({
      index: m.index,
      length: m[0].length,
      places: m[0]
        .replace(COUNTED_AT_END, "")
        .split(/[、和及与]/)
        .map((name) => SHORT_PLACE_NAMES.get(name) ?? name),
    })),
    // 全市有城关、七里河两区，…: names the count after them gives their division.
    ...[...earlier.matchAll(COUNTED_LISTS)].map((m) => ({
      index: m.index,
      length: m[0].length,
      places: countedPlaces(m) ?? [],
    })),
  ]
    .filter((l) => l.places.length === count)
    .sort((a, b) => a.index - b.index);
  const list = lists.at(-1);
  if (!list) return null;
  // …的区分别是城关区、…: the verb before the first name is no part of it.
  const places = list.places.map((name, i) => (i === 0 ? name.replace(LEADING_VERB, "") : name));
  if (places.some((name) => NOT_A_PLACE.test(name) || PROGRAMME_AREA.test(name))) return null;
  const rest = earlier
    .slice(list.index + list.length)
    .replace(PLACES_COUNTED, "")
    .replace(/^(?:的|之)/, "");
  const end = rest.search(NOUN_END);
  const after = end < 0 ? rest : rest.slice(0, end);
  // 持证社工最多的是城关区和七里河区，分别有…: the noun may open the clause, before what it says of the places.
  const lead = earlier.slice(startAfter(earlier, "，,；;：:", list.index - 1), list.index);
  const cut = lead.search(NOUN_BEFORE_END);
  return {
    places,
    before: after || (cut > 0 ? lead.slice(0, cut) : ""),
    after: own.slice(at + 2).replace(/^(?:为|是|有|达到?)/, ""),
  };
}

/**
 * A list of places closed by 等 and what they are: 浙江、江苏、广东等省, 南山区、福田区等区 (not 福田、罗湖等9个区,
 * which may name them all).
 */
const PLACES_AMONG_OTHERS = new RegExp(
  `(?:${EARLIER_PLACE}[、和及与])+${EARLIER_PLACE}等(?:省份?|市|区|县|地区?|城市|省区市)`,
);

/**
 * 浙江、江苏、广东等省共成立6424家…: a figure the places of a list, closed by 等, have together counts
 * no series of any one place (nor of the whole), unless 分别 hands it out.
 */
export function countedTogether(clause: string): boolean {
  return clause.includes("等") && !clause.includes("分别") && PLACES_AMONG_OTHERS.test(clause);
}
