// The place a figure counts: the issuer's region unless the sentence says 全市, 全省, 全国 or names a place.

import { DIVISION_KIND, PLACE_NAMES } from "../../schemas/placeNames.js";
import { SHORT_PLACE_NAMES, SHORT_PLACE_PATTERN } from "../../schemas/placeShortNames.js";
import { divisionsOf } from "./region.js";

/** Provinces of the cities most often met, for 全省 in a city's or district's document. */
const PROVINCE_OF: Record<string, string> = {
  深圳市: "广东省",
  广州市: "广东省",
  珠海市: "广东省",
  佛山市: "广东省",
  东莞市: "广东省",
  厦门市: "福建省",
  福州市: "福建省",
  泉州市: "福建省",
  杭州市: "浙江省",
  宁波市: "浙江省",
  南京市: "江苏省",
  苏州市: "江苏省",
  济南市: "山东省",
  青岛市: "山东省",
  武汉市: "湖北省",
  长沙市: "湖南省",
  成都市: "四川省",
  西安市: "陕西省",
  沈阳市: "辽宁省",
  大连市: "辽宁省",
  长春市: "吉林省",
  哈尔滨市: "黑龙江省",
  郑州市: "河南省",
  合肥市: "安徽省",
  南昌市: "江西省",
  南宁市: "广西壮族自治区",
  昆明市: "云南省",
  贵阳市: "贵州省",
  石家庄市: "河北省",
  太原市: "山西省",
  兰州市: "甘肃省",
  海口市: "海南省",
  呼和浩特市: "内蒙古自治区",
  乌鲁木齐市: "新疆维吾尔自治区",
  银川市: "宁夏回族自治区",
  西宁市: "青海省",
  拉萨市: "西藏自治区",
};

const MUNICIPALITIES = new Set(["北京市", "上海市", "天津市", "重庆市"]);

export interface PlaceContext {
  /** The issuer's divisions, outermost first: [深圳市, 福田区]. */
  divisions: string[];
  /** The document's region (the most specific division of the issuer). */
  region: string | null;
  /** The districts the document names in full, by their short names (昌平 → 昌平区). */
  shortNames?: ReadonlyMap<string, string>;
}

export function placeContext(issuer: string | null, region: string | null): PlaceContext {
  const divisions = issuer ? divisionsOf(issuer) : [];
  if (region && !divisions.includes(region)) divisions.push(region);
  return { divisions, region };
}

function levelOf(name: string): "province" | "city" | "district" | "other" {
  if (/(?:省|自治区|特别行政区)$/.test(name) || MUNICIPALITIES.has(name)) return "province";
  if (/(?:市|州|盟|地区)$/.test(name)) return "city";
  if (/(?:区|县|旗)$/.test(name)) return "district";
  return "other";
}

function scoped(scope: string, ctx: PlaceContext): string | null {
  const { divisions } = ctx;
  if (scope === "全国") return "全国";
  const want = scope === "全省" ? "province" : /全[市州盟]/.test(scope) ? "city" : "district";
  const found = divisions.find((d) => levelOf(d) === want);
  if (found) return found;
  if (want === "province") {
    const city = divisions.find((d) => levelOf(d) === "city");
    return (city && PROVINCE_OF[city]) ?? null;
  }
  return ctx.region;
}

export interface Place {
  place: string | null;
  /** Said in the words (全市, 福田区…), not the document's default. */
  explicit: boolean;
}

/**
 * Words the counted words may open with before a place: 截至, 目前, 在; and words that set another place
 * beside the document's: 而, 邻近的, 相比之下.
 */
const BEFORE_PLACE =
  "^(?:(?:其中|此外|另外|相比之下|与之相比)[，,：:]?)?(?:而|但|邻近的|相邻的|周边的|毗邻的)?(?:(?:远|略|明显|均)?(?:低于|高于|不及|少于|多于|相当于)|参照|对照)?(?:截至|截止|目前|现|在|于)?";

/**
 * A place named at the start of the counted words, before what is said of it: 福田区登记的…; or before
 * its rank (鄞州区位居全市第一，有…), which makes the clauses after it that place's.
 */
const NAMED_AT_START = new RegExp(
  `${BEFORE_PLACE}(${PLACE_NAMES})(?=登记|共有|现有|有|辖区|内|的|全|各类|社会|共|注册|在岗|持证|实有|累计|通过|取得|已|实名|民政|位居|位列|名列|排名|次之|购买|社工|按照|按|标准|为(?=每|\\d)|在(?!岗)|\\d)`,
);

/**
 * A province or city named without its division word at the start: 山东实名注册志愿者, 温州社工人才,
 * 湖州已累计培育…, 宁波拥有….
 */
const SHORT_AT_START = new RegExp(
  `${BEFORE_PLACE}(${SHORT_PLACE_PATTERN})(?=登记|共有|现有|拥有|有|全|各类|社会|社工|共|注册|实名|在岗|持证|实有|累计|已|志愿|义工)`,
);

const LEAD_BEFORE_PLACE = new RegExp(BEFORE_PLACE);
/** What a short name may be followed by to name a place: the words SHORT_AT_START allows. */
const AFTER_SHORT =
  /^(?:登记|共有|现有|拥有|有|全|各类|社会|社工|共|注册|实名|在岗|持证|实有|累计|已|志愿|义工)/;

/** 昌平实名注册志愿者 in a text that named 昌平区: the district said without its division word. */
function knownAtStart(words: string, names: ReadonlyMap<string, string>): string | null {
  const rest = words.replace(LEAD_BEFORE_PLACE, "");
  for (const [short, full] of names)
    if (rest.startsWith(short) && AFTER_SHORT.test(rest.slice(short.length))) return full;
  return null;
}

/**
 * 全市, 全省, 我国: the scope of the counted words. Not when it opens the name of a system or platform
 * (在全国志愿服务信息系统注册的) or a rank (居全国第一位, 走在全省前列): those say nothing of the place counted.
 */
const SCOPE_WORDS = "全国|全省|全市|全区|全县|全州|全盟|全旗|我国|中国|[我本](?:省|市|区|县|州|旗)";
const SCOPE = new RegExp(SCOPE_WORDS, "g");
const SCOPE_AT_START = new RegExp(`^(?:${SCOPE_WORDS})`);
const NOT_SCOPE = /^[\u4e00-\u9fa5]{0,12}?(?:系统|平台|网站|网)|^(?:第|首|前列|前茅|领先|排名|之首)/;

/**
 * 持有全国助理社会工作师证书, 通过全国社会工作者职业水平考试: 全国 names the examination or the
 * certificate someone passed or holds, not the place counted.
 */
const HELD_BEFORE = /(?:持有|取得|获得|通过|参加|报考|考取)$/;
const QUALIFICATION_AFTER = /^[\u4e00-\u9fa5、]{0,14}?(?:考试|证书|资格)/;

function scopeIn(words: string): string | null {
  SCOPE.lastIndex = 0;
  for (let m = SCOPE.exec(words); m; m = SCOPE.exec(words)) {
    const after = words.slice(m.index + m[0].length);
    if (NOT_SCOPE.test(after)) continue;
    if (HELD_BEFORE.test(words.slice(0, m.index)) && QUALIFICATION_AFTER.test(after)) continue;
    return m[0] === "我国" || m[0] === "中国" ? "全国" : m[0].replace(/^[我本]/, "全");
  }
  return null;
}

/** The provinces and regions by their full names: a province is one of these, never 根据省 or 记者从省. */
const PROVINCES = new Set(
  [...SHORT_PLACE_NAMES.values()].filter((name) => /(?:省|自治区|特别行政区)$/.test(name)),
);

/** A name that ends in a province's division word but names none (根据省民政厅通知, 记者从省民政厅获悉). */
const notProvince = (name: string) => /(?:省|自治区)$/.test(name) && !PROVINCES.has(name);

/**
 * The set a place is picked out of, said before it: 全省中, 中西部地区中, 全市各区中，, 在11个地市中. What
 * follows it names the place counted (全省中杭州市社会组织…: 杭州市), not the set.
 */
const AMONG = new RegExp(
  `^${BEFORE_PLACE}(?:${SCOPE_WORDS}|[^，,；;。：:]{0,10}?(?:地区|省份|省区市|城市|地市|市州|区县|县区|县市区|各区|各县|各市|各省))` +
    "(?:中(?![心小型等])|之中|当中)[，,]?",
);

/** The words after the set a place is picked out of, when they open with a place's name; else the words. */
export function withoutAmong(words: string): string {
  const among = AMONG.exec(words);
  if (!among) return words;
  const rest = words.slice(among[0].length);
  return NAMED_AT_START.test(rest) || SHORT_AT_START.test(rest) ? rest : words;
}

/** 市辖区921个: a kind of division counted, not a place. */
const A_DIVISION_KIND = new RegExp(`^${DIVISION_KIND}$`);

/** A place named where the counted words are (福田区登记的社会组织, 全市共有), else the document's. */
/** A date a clause may open with before its place: 2024年, 2024年度, 截至2023年底，. */
const DATE_OPENING = /^(?:截至|截止|目前|现|到)?(?:\d{4}年度?)?(?:\d{1,2}月)?(?:底|末)?[，,]?/;

export function findPlace(said: string, ctx: PlaceContext): Place {
  const words = withoutAmong(said.replace(DATE_OPENING, ""));
  const scope = scopeIn(words);
  const named = NAMED_AT_START.exec(words);
  if (named?.[1] && !/^[全将对为在把及和与向由从]/.test(named[1])) {
    const last = divisionsOf(named[1]).at(-1);
    if (last && last.length >= 3 && !notProvince(last) && !A_DIVISION_KIND.test(last))
      return { place: last, explicit: true };
  }
  const short = SHORT_AT_START.exec(words)?.[1];
  const full = short ? SHORT_PLACE_NAMES.get(short) : undefined;
  if (full) return { place: full, explicit: true };
  const known = ctx.shortNames?.size ? knownAtStart(words, ctx.shortNames) : null;
  if (known) return { place: known, explicit: true };
  if (scope) return { place: scoped(scope, ctx), explicit: true };
  return { place: ctx.region, explicit: false };
}

/** The place a clause opens with (山东省注册志愿者…, 全省…), or null: no place said in passing (率先在全市…). */
export function placeOpening(clause: string, ctx: PlaceContext): string | null {
  const opening = clause.replace(/^(?:其中|此外|另外)[，,：:]?/, "").replace(DATE_OPENING, "");
  const words = withoutAmong(opening);
  if (!SCOPE_AT_START.test(words) && !NAMED_AT_START.test(words) && !SHORT_AT_START.test(words)) return null;
  const found = findPlace(words, ctx);
  return found.explicit ? found.place : null;
}

export function resolvePlace(words: string, ctx: PlaceContext): string | null {
  return findPlace(words, ctx).place;
}
