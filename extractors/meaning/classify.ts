// Which catalogue series a quantity belongs to, from its subject and the words around it.

import {
  CATALOGUE,
  EVENT_AFTER,
  EVENT_BEFORE,
  type Metric,
  type Mode,
  SELECTED_AFTER,
} from "../../schemas/catalogue.js";
import { LEXICON_KEYS, ONE_EVENT } from "../../schemas/lexicon.js";
import { PLAN_END, PLAN_NAME } from "../context/plans.js";
import { ARRIVED_AT, INTO_ALL_OF, PACE } from "./arrived.js";
import { meaningOf } from "./meaning.js";

export interface Reading {
  subject: string;
  /** The clause around the number. */
  clause: string;
  /** The clause before the figure, without the subject and bracketed asides: 覆盖, 新登记…. */
  before: string;
  /** The clause after the figure and its noun, without asides: 加盟, 当选…. */
  after: string;
  /** The words after the figure to the end of its sentence part. */
  tail: string;
  /** What the figure is per, when the text says: 人/年. */
  per?: string | undefined;
  /** The sentence part since the last 。 or ；, up to the clause end. */
  context: string;
  unit: string;
  mode: Mode;
  /** The year the document was issued, when known: the words of its time (社会服务机构 before 2016). */
  documentYear?: number | null;
}

/** Words that make what follows a goal: 力争, 目标, “十四五”期间, 将达, 将增加到, 《意见》明确，到2025年. */
const TARGET =
  /力争|争取|目标|将(?:达到?|突破|超过|增至|(?:增加|增长|提高|提升|扩大|发展)(?:到|至))|预计|规划|计划(?:到|在|于)|(?:明确|提出)[，,：:]?\s*(?:到|至)(?:19|20)\d{2}年/;
/**
 * A duty laid on every unit of a place, in the clause of the figure: 每个县（市、区）至少培育, 每个城市社区要配备,
 * 每个社区配备不少于2名. It sets what each is to have, a goal even with no year said. 培育 is a goal by itself;
 * 配备, 建立 and the like need 至少, 要, 应 or a least figure (不少于), for 每个社区配备1名社工 may say what is.
 * 已, 均, 都, 目前 or 了 say it is done, so a count.
 */
const PER_UNIT = /每(?:一)?个?(?:县|区|市|社区|城市社区|城乡社区|乡镇|街道)[^，,；;。]{0,8}?/.source;
const DUTY_VERB = "(?:培育|配备|建立|设立|建成|发展|打造)";
const PER_UNIT_GOAL = new RegExp(
  `${PER_UNIT}(?:(?:要|应当?|须|需|至少)[^，,；;。]{0,4}?${DUTY_VERB}|培育(?!了))[^，,；;。]{0,4}$`,
);
const PER_UNIT_LEAST = new RegExp(`${PER_UNIT}${DUTY_VERB}(?!了)[^，,；;。]{0,4}$`);
const DUTY_DONE = /已|均|都|目前|现有|了/;

/** “十四五”期间: a five-year plan, a goal while it has not ended. */
const PLAN = new RegExp(`${PLAN_NAME}(?:期间|末|时期)`, "g");
/** 到2025年 sets a goal when the year is still to come; 截止到2022年 does not. */
const BY_YEAR = /(?<!截止|截至)(?:到|至)((?:19|20)\d{2})年(?:底|末)?/g;

/** A year said in the text: 2018年, not 〔2018〕 or 2018年以来. */
const YEAR_SAID = /(?<![\d〔[])((?:19|20)\d{2})\s*年(?!度?以来)/g;

/** The first match of global `pattern` in `text` whose first group passes `test` (none matches empty). */
function someMatch(pattern: RegExp, text: string, test: (group: string | undefined) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (test(m[1])) return true;
  return false;
}

/** A clause that turns from the goal to now: ，而目前…, ，目前…, ；当前…. */
const NOW_CLAUSE = /[，,；;]\s*(?:而|但是?|然而)?\s*(?:截[至止])?(?:目前|当前|现阶段|现在)/g;

/** 到2022年底 in a text of March 2022: the end of the year still running is to come; 已 says it came. */
const BY_YEAR_END = /(?<!截止?)(?:到|至)((?:19|20)\d{2})年(?:底|末)(?![^；;。]*已)/g;

export function modeOf(
  before: string,
  documentYear: number | null,
  documentMonth: number | null = null,
  atLeast = false,
): Mode {
  // 到2020年要达到300万人，而目前…还不到20万: a goal said before the clause of now leaves its figures a count.
  let now = -1;
  for (const m of before.matchAll(NOW_CLAUSE)) now = m.index;
  const textBefore = now < 0 ? before : before.slice(now);
  if (TARGET.test(textBefore)) return "target";
  const clause =
    removeAsides(textBefore)
      .split(/[，,；;]/)
      .at(-1) ?? "";
  if ((PER_UNIT_GOAL.test(clause) || (atLeast && PER_UNIT_LEAST.test(clause))) && !DUTY_DONE.test(clause))
    return "target";
  const planRunning = (n: string | undefined) => {
    const end = PLAN_END[n ?? ""];
    return documentYear === null || end === undefined || end >= documentYear;
  };
  if (someMatch(PLAN, textBefore, planRunning)) return "target";
  if (documentYear === null) return "stock";
  const toCome = (year: string | undefined) => Number(year) > documentYear;
  if (someMatch(BY_YEAR, textBefore, toCome)) return "target";
  const yearRunning = (year: string | undefined) =>
    Number(year) === documentYear && documentMonth !== null && documentMonth < 12;
  if (someMatch(BY_YEAR_END, textBefore, yearRunning)) return "target";
  // 2018年购买社会工作服务项目增加到30个 in a 2017 document: a year still to come is a plan.
  if (someMatch(YEAR_SAID, textBefore, toCome)) return "target";
  return "stock";
}

export function removeAsides(text: string): string {
  let out = text;
  for (;;) {
    const next = out.replace(/（[^（）]*）|\([^()]*\)/g, "");
    if (next === out) return out;
    out = next;
  }
}

/** Words that make the grades said after them a year's new ones: 新评估, 新增, 新获评, 新晋. */
const NEW_GRADES = /新(?:增|评|获|晋|认定)/;

/** Grades applied for: 申报5A级的有9家, 申请评估4A级的12家. */
const APPLIED_GRADE = /(?:申报|申请)[^，,。；;]{0,6}?(?:[1-5]A|A{3,5})/;
/** A clause that is only a grade and its figure, a list's next item: 4A级的有22家, 3A级12家. */
const GRADE_ITEM = /^(?:其中)?(?:[1-5]A|A{3,5})级?(?:的)?(?:有|为)?$/;

/** ，在所有报名考试者中占4%: the figure is a share of those who took part in something, so one of them. */
const SHARE_OF_EVENT =
  /^[，,]\s*在[^，,。；;]{0,16}(?:报名|参加|参与|参训|参赛|参评|申报|考生|学员)[^，,。；;]{0,10}中占/;

/** A bracket that says a count takes in organisations only filed: （含备案）, (包括备案的社区社会组织). */
const WITH_FILED = /[（(](?:含|包括|包含)[^（）()]{0,10}备案/;

/** A part after a count of volunteers that is of those not registered: 其中非注册志愿者约有5000万. */
const WITH_UNREGISTERED =
  /(?:其中|包括|包含|含)[^。；;，,]{0,6}(?:非|未)(?:实名)?(?:注册|登记)的?(?:志愿者|义工)/;

/** A country abroad, or abroad itself: 美国, 英国的, 国外, 发达国家. */
const ABROAD =
  /美国|英国|法国|德国|日本|韩国|加拿大|澳大利亚|新西兰|新加坡|意大利|西班牙|荷兰|瑞典|挪威|丹麦|芬兰|俄罗斯|印度|巴西|欧盟|欧洲|北美|国外|外国|海外|发达国家|西方国家/;

/** 社会服务机构 said alone, not beside 民办非企业单位: the name a registered kind took in 2016. */
const SERVICE_INSTITUTIONS = /社会服务机构/;
const REGISTERED_KIND = /民办非企业|民非/;
const SERVICE_INSTITUTION_NAME_FROM = 2016;

/** The subject says 社会服务机构 in a text from before the name was given to 民办非企业单位. */
function oldServiceInstitutions(r: Reading): boolean {
  const year = r.documentYear ?? null;
  return (
    year !== null &&
    year < SERVICE_INSTITUTION_NAME_FROM &&
    SERVICE_INSTITUTIONS.test(r.subject) &&
    !REGISTERED_KIND.test(r.subject)
  );
}

/** A grade said before the figure picks out the graded ones: 对评估为3A等级以上的71家社会组织…. */
const GRADE_BEFORE = /[1-5１-５]\s?[AＡ](?:\s?级|等级)*(?:及|或)?(?:以上|以下)?(?:等级|级别)?的?\s*$/;

/** A level of the social-work qualification said beside a count of people: 9357人获得助理社会工作师, 社会工作师2366人. */
const LEVEL_COUNTED = new RegExp(
  "\\d[\\d.]*万?[人名](?:获得|取得|通过|持有|考取)?了?(?:全国)?(助理|初级|中级|高级)?(?:社会工作师|社工师)" +
    "|(助理|初级|中级|高级)?(?:社会工作师|社工师)[^，,；;。\\d]{0,10}?\\d[\\d.]*万?[人名]",
  "g",
);
const LEVEL_NAMED = /(助理|初级|中级|高级)?(?:社会工作师|社工师)/g;
/** 中级社会工作师 is the 社会工作师 level. */
const levelOf = (prefix: string | undefined) => (prefix === "中级" || prefix === undefined ? "" : prefix);

/**
 * 9357人获得助理社会工作师、2366人获得社会工作师职业水平证书: the holders counted level by level, each
 * count names one level and is a part of those certified, not the series.
 */
function oneLevelOfMany(subject: string, context: string): boolean {
  const own = [...subject.matchAll(LEVEL_NAMED)];
  if (own.length !== 1) return false;
  const levels = new Set([...context.matchAll(LEVEL_COUNTED)].map((m) => levelOf(m[1] ?? m[2])));
  return levels.size > 1;
}

/** 标准每人每年提高1万元, 上调了500元: a rule or a goal changed by the figure, not set at it (提高到 sets it). */
const CHANGED_BY = /(?:提高|增加|增长|上调|调增|提升|增|降低|下调|调减|减少|减)了?\s*$/;

/** 以11.79%的年平均增长率增长至…: how fast a change went is no figure per unit of the one it arrives at. */
const PACE_SAID = new RegExp(PACE);

/** 新增社会工作专业人才5000人 in a plan: a goal of growth, not of the level reached. */
const GROWTH_GOAL = /新增|净增|增加(?!到|至|为)|新培养|新培育/;

/** 再加上…等3个项目: a figure added to others is one part of a sum, not the series. */
const ADDEND = /^\s*(?:再|另外|另|还要|又)?加上/;

/** 新增购买…等4个项目: new ones, a change, even of a series whose count is itself of events (购买). */
const NEW_ONES = /新增|新购买|新立项|新开展|新成立|新登记|新建/;

/** People trained (培育持证社工, 培养社会工作专业人才): all so far, unless a span of work says a batch. */
const TRAINED = /培育|培养/;
/** A span of work whose output is a batch: 今年, 年内, 全年, 上半年, 一年来. */
const SPAN_OF_WORK = /今年|本年|年内|全年|当年|上半年|下半年|一年来|本季度|季度内|期间/;

/** What a subject says whatever the words around it: the key its meaning names, the entries it fits. */
class SubjectSeen {
  readonly #fits = new Map<Metric, boolean>();
  /** The catalogue key the subject's meaning names (meaningOf), or null. */
  readonly key: string | null;
  constructor(readonly subject: string) {
    this.key = meaningOf(subject).key;
  }

  /**
   * The subject names this series: by its head noun and modifiers when the lexicon knows the head and
   * the series, by the catalogue's phrase otherwise (fees, ratios, 有党员的社会组织, a bare 5A级).
   */
  fits(metric: Metric): boolean {
    let fits = this.#fits.get(metric);
    if (fits === undefined) {
      if (this.key !== null && LEXICON_KEYS.has(metric.key)) fits = this.key === metric.key;
      else fits = !metric.subject || metric.subject.test(this.subject);
      this.#fits.set(metric, fits);
    }
    return fits;
  }
}

/** A clause that opens on staffing, with no subject of its own: 配备专职社工…, 并配齐…. */
const STAFFED = /^(?:并|且|均|需|须|应|要)?(?:配备|配置|配齐|配有)/;

/** What classify reads of one reading, each worked out once, when an entry first needs it. */
class Seen {
  #bareClause: string | undefined;
  #perUnit: boolean | undefined;
  #event: boolean | undefined;
  constructor(
    readonly reading: Reading,
    readonly subject: SubjectSeen,
  ) {}

  /** The clause without its bracketed asides. */
  get bareClause(): string {
    this.#bareClause ??= removeAsides(this.reading.clause);
    return this.#bareClause;
  }

  /**
   * 每个站点配备3名, 平均每个社区13.5个: a figure per unit is a ratio, not a count of the series. So is the staff
   * a clause of its own gives the unit an earlier clause named (每个社工站场地不少于100平方米，配备社工不少于3名).
   */
  get perUnit(): boolean {
    if (this.#perUnit === undefined) {
      const r = this.reading;
      const earlier = r.context.endsWith(r.clause) ? r.context.slice(0, -r.clause.length || undefined) : "";
      this.#perUnit =
        /每|平均|人均|户均/.test(r.before.replace(PACE_SAID, "")) ||
        /^(?:平均|人均|户均)?每/.test(r.subject) ||
        (STAFFED.test(`${r.before.trim()}${r.subject}`) && /每/.test(earlier));
    }
    return this.#perUnit;
  }

  /** Words around the figure make it an event or a flow, not what exists. */
  get event(): boolean {
    if (this.#event === undefined) {
      const r = this.reading;
      // …社区党群服务中心已全部完成提质改造, 172个社区实现社工站全覆盖 say it of all of them: still what exists.
      // …已超1.9亿人 实现预期目标: the figure met a goal; it picks out none of them.
      const ofAll =
        /全部|均已?|都已?|全都|全覆盖|全面覆盖|^\s*实现了?(?:预期|既定|规划|年度|阶段性?)?目标/.test(r.after);
      // 由893人增长到2204人: the figure a change arrives at is what exists now.
      // 已完成全部11个社工站建设: all of them done says what exists, not what was done this time.
      const before = INTO_ALL_OF.test(r.before)
        ? ""
        : r.before.replace(ARRIVED_AT, "").replace(/(?:已经?)?(?:完成|建成)(?:了)?(?:全部|所有)\s*$/, "");
      const after = r.after.trim();
      this.#event =
        EVENT_BEFORE.test(before) ||
        (TRAINED.test(r.subject) && SPAN_OF_WORK.test(r.context)) ||
        ((EVENT_AFTER.test(after) || SELECTED_AFTER.test(after)) && !ofAll) ||
        SHARE_OF_EVENT.test(r.tail);
    }
    return this.#event;
  }
}

function fits(metric: Metric, seen: Seen): boolean {
  const r = seen.reading;
  if (!metric.units.includes(r.unit)) return false;
  if (metric.mode === "target" && r.mode !== "target") return false;
  if (metric.mode === "stock" && r.mode === "target") return false;
  if (!seen.subject.fits(metric)) return false;
  if (metric.clause && !metric.clause.test(r.clause) && !metric.clause.test(seen.bareClause)) return false;
  if (metric.context && !metric.context.test(r.context)) return false;
  if (metric.tail && !metric.tail.test(r.tail)) return false;
  if (metric.exclude && (metric.exclude.test(seen.bareClause) || metric.exclude.test(r.subject)))
    return false;
  if (metric.per && !metric.per.test(r.per ?? "") && !metric.per.test(r.clause)) return false;
  // 本届全运会的1.2万名志愿者: volunteers of an event named before their count served at it only.
  if (metric.key === "social_work.volunteers" && ONE_EVENT.test(r.before)) return false;
  // 志愿者总数已达1.98亿，其中非注册志愿者约有5000万: a count that takes in the unregistered is no count
  // of the register.
  if (metric.key === "social_work.volunteers" && WITH_UNREGISTERED.test(r.tail)) return false;
  // 新评估5A级社会组织5家、4A级12家: grades listed after a year's new ones are new ones too.
  if (metric.key.startsWith("social_org.rating_") && NEW_GRADES.test(r.before)) return false;
  // 申报5A级的有9家，4A级的有22家: grades applied for, and the items listed after them, are not held.
  if (
    metric.key.startsWith("social_org.rating_") &&
    (APPLIED_GRADE.test(r.clause) ||
      (GRADE_ITEM.test(`${r.subject}${r.before}`) && APPLIED_GRADE.test(r.context)))
  )
    return false;
  // 截至2013年底，全国共有社会服务机构156.2万个 in a text of 2014: before the Charity Law of 2016 gave
  // 民办非企业单位 the name 社会服务机构, the words meant every institution serving society, of any kind.
  if (metric.key === "social_org.private_non_enterprise" && oldServiceInstitutions(r)) return false;
  // 美国2000年有56000个基金会: a country abroad named in the clause counts its own, no series of ours.
  if (ABROAD.test(`${r.subject}${r.before}`)) return false;
  // 各类社会组织（含备案）1.6万个: a count that takes in those only filed is no count of the registered.
  if (metric.family === "social_org" && WITH_FILED.test(r.clause)) return false;
  if (
    metric.family === "social_org" &&
    !metric.key.startsWith("social_org.rating_") &&
    GRADE_BEFORE.test(r.before)
  )
    return false;
  if (metric.key === "social_work.certified_workers" && oneLevelOfMany(r.subject, r.context)) return false;
  if (metric.mode !== "stock" && CHANGED_BY.test(`${r.subject}${r.before}`)) return false;
  if (metric.mode === "target" && GROWTH_GOAL.test(`${r.before.replace(ARRIVED_AT, "")}${r.subject}`))
    return false;
  if (metric.mode === "stock") {
    if (seen.perUnit) return false;
    if (metric.events !== "allow" && seen.event) return false;
    if (metric.events === "allow" && NEW_ONES.test(r.before.replace(ARRIVED_AT, ""))) return false;
    if (ADDEND.test(r.clause)) return false;
  }
  return true;
}

/** The entry and each of its other phrasings, as entries of their own. */
function phrasings(metric: Metric): Metric[] {
  return [
    metric,
    ...(metric.or ?? []).map((alt) => ({ ...metric, tail: undefined, context: undefined, ...alt })),
  ];
}

/** Each catalogue entry with its phrasings, in catalogue order. */
const PHRASINGS = CATALOGUE.map((metric) => ({ key: metric.key, phrasings: phrasings(metric) }));

/** The subjects met lately: a document names the same few subjects again and again. */
const SUBJECTS = new Map<string, SubjectSeen>();
const SUBJECTS_KEPT = 2048;

function subjectSeen(subject: string): SubjectSeen {
  let seen = SUBJECTS.get(subject);
  if (!seen) {
    if (SUBJECTS.size >= SUBJECTS_KEPT) SUBJECTS.clear();
    seen = new SubjectSeen(subject);
    SUBJECTS.set(subject, seen);
  }
  return seen;
}

/** The first catalogue key that fits, or "other". */
export function classify(reading: Reading): string {
  const seen = new Seen(reading, subjectSeen(reading.subject));
  return PHRASINGS.find((entry) => entry.phrasings.some((phrasing) => fits(phrasing, seen)))?.key ?? "other";
}
