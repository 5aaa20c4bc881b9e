// What a quantity counts. Chinese puts the counted noun after the number (846名在岗社会工作者,
// 共有10个街道) or before it (社会团体306家, 有党员的社会组织共383个); the words left over are
// the lead (共有, 全区, 覆盖) that later stages read for mode, region and events.
import { clauseAround, depths } from "../context/context.js";
import { MONTH_ALONE } from "../context/dates.js";
import { withoutAmong } from "../context/place.js";
import { NOW_OF, OWN_YEAR, PACE } from "./arrived.js";

export interface Span {
  start: number;
  end: number;
}

export interface SubjectContext {
  subject: string;
  /**
   * "after": the noun follows the number; "before": it precedes it; "topic": the figures follow a
   * clause that names them (持证社会工作者稳步增加，2022年、2023年分别为…).
   */
  direction: "after" | "before" | "topic" | "none";
  /** The words between the clause start and the subject or number. */
  lead: string;
  /** Where the words read as what the figure counts end, when they are not the subject as written (注册成为志愿者). */
  nounEnd?: number;
  /** The whole clause holding the quantity. */
  clause: string;
  clauseStart: number;
  clauseEnd: number;
}

/** Where a noun phrase after a number stops: punctuation, brackets, another number. */
const AFTER_STOP = /[，,；;。！？!?：:、（()）“”"《》【】\s\d]/;
/**
 * Words that start a predicate after a counted noun: 社会组织按照…, 社会组织中有党员的…, and what the places
 * counted built in all (108个乡镇（街道）共建成社工站121个: the 108 counts the places), and what their
 * service reached (176个社工站社工服务覆盖…: the service is no part of the noun).
 */
const PREDICATE =
  /(?:(?:社工|社会工作|志愿)服务(?=覆盖|惠及)|全覆盖|全面覆盖|按照|依照|依法|通过|根据|均已|均|全部|已经|已|都|中有|中的|当中|中(?:已经?|共)?(?:成立|建立|组建|设立|建有)|共同|分别|开展|进行|参加|参与|加盟|加入|纳入|列入|入驻|获得|获|受到|受|被|当选|成为|覆盖|提供|实现|完成|落户|分布|涵盖|从事|扎根|接受|参训|持证上岗|立足|深入|活跃|坚守|奋战|持续|运行|投入|正常|稳定|予以|给予|共建成|共设立|共建有|共(?:配备|配置|招聘|聘用|派驻|吸纳)|现已|现有|相继|陆续|先后|围绕|积极|主动|踊跃|广泛|充分发挥|发挥|助力|聚焦)/;
/**
 * What ends the words after a figure without naming what it counts: a total word that opens the next
 * figure (社工站共|40名), or the plaque put up on the things counted (11个社工站挂牌).
 */
const TOTAL_OR_PLAQUE_TAIL =
  /(?<=[\u4e00-\u9fa5]{2})(?:(?<![公中])(?:共计|共有|共)|合计|总计|的?(?:挂牌|揭牌|授牌))$/;
/** Words that may stand before a number without being part of what is counted; a modal only before a verb of arriving (总量要达到, 将增加到). */
export const TRAILING_LEAD =
  /(?:共有|共计|总计|合计|累计|总共|一共|共|计有|现有|已有|目前有|拥有|有|已经|已|达到了|达到|达|已达|超过|超|逾|突破|仅有|只有|尚有|约|近|将近|接近|大约|为|是|分别为|分别是|分别有|分别|继续|增至|增加到|增长到|减少到|下降到|上升到|提高到|提升至|发展到|发展至|增长至|增加至|上升至|提高至|提升到|跃升至|跃升到|攀升至|攀升到|升至|不低于|不少于|不得少于|不得低于|不超过|不得超过|至少|最高|最多|以上|累计达|力争达到|力争|争取|(?:要|将|应|须|需)(?=达|增|超|突破|提)|(?:更是|又|再|进一步)(?=[增升跃攀发达降滑跌减下回缩])|(?:稳步|逐年|不断|持续|快速|迅速|逐步|大幅|显著|飞速)(?=[增升跃攀提发壮扩])|(?:发展)?壮大(?:到了|到|至)|扩大(?:到了|到|至)|(?:下降|减少|降低|回落|下滑|缩减|降|滑|跌|减)(?:到了|到|至|为)|(?:回升|反弹)(?:到了|到|至)|(?:增加|增长|上升|回升)为|跌破|不到|不足|不满|未满|少于|(?:还|尚|仅|只)(?=不到|不足|不满|未满|少于|有|达|为|$))+$/;
/** What a clause says of its topic when the figures follow in the next: 持证社会工作者稳步增加，…分别为…. */
const TOPIC_PREDICATE =
  /(?:稳步|逐年|不断|持续|快速|迅速|日益|逐步|大幅|明显|有所|进一步)?(?:增加|增长|上升|提升|壮大|扩大|下降|减少|发展)(?:了)?$|(?:情况|变化|数量)?如下$|(?:分别)?(?:为|是|有)$|约?占[^，,]{0,8}$|(?:首次)?突破[^，,\d]{0,6}大关$|(?:首次)?(?:突破|跨越|迈过|跨过)[一二两三四五六七八九十]?[百千万亿]+[人名家个]?(?:大关)?$|(?:发展|增长)(?:迅速|迅猛|较快|很快)$|蓬勃发展$|(?:从|由)(?:无到有|小到大|少到多|弱到强)$|(?:较|最)(?:高|多|大)$|(?:位居|位列|居|名列)[^，,\d]{0,6}(?:首位|第[一二三四五六七八九十]|前列|前茅)[^，,\d]{0,2}$/;
/** A clause that only gives a rank: 在31个省区市中列第五位, 居全省第二位, 位居全市前列. */
const RANK_ONLY =
  /^(?:在[^，,；;。]{0,14}?中)?(?:位居|位列|名列|排名|排在|居于?|列|排)(?:全国|全省|全市|全区|全县)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|前列|前茅|前[二三四五六七八九十\d]+(?:位|名)?)$/;
/** How long something has been registered, said just before its noun: 成立10年以上, 登记满3年的. */
const AGE_BEFORE =
  /(?:成立|登记|注册|运营|运行)(?:满|超过|不满|不足)?[\d一二三四五六七八九十]+(?:-\d+)?年(?:以上|以下|以内|内)?的?$/;
/** Words that point back at the figure just said: 这一数字, 该数量. */
const ANAPHOR = /^(?:这一|这个|该|此)(?:数字|数据|数量|规模|总量|人数)/;

/** A change said after the noun it changes: 社会组织总数较2019年同比增加, 持证社工比上年新增. */
const CHANGE_TAIL = /(?:较|比|同比|与)[^，,；;。]*$|(?:同比)?(?:新增|净增|增加|增长|减少|下降)了?$/;
/** Words that say where a figure arrived: 增至, 增长到, 跃升至. */
export const RISES_TO =
  "增至|增加到|增加至|增长到|增长至|上升到|上升至|发展到|发展至|跃升至|跃升到|攀升至|攀升到|升至";
/** Words that say where a figure fell to (降到了, 降至, 降为, 减少到, 回落至, 滑到了) or came back to (回升到): the figure is still the level. */
export const FALLS_TO =
  "(?:下降|减少|降低|回落|下滑|缩减|降|滑|跌|减)(?:到了|到|至|为)|(?:回升|反弹)(?:到了|到|至)";
/**
 * A clause that only says where a figure arrived, after a clause that says how it changed or a year's
 * milestone: ，达到3120家; 2022年跨越90万大关，达到93.1万.
 */
export const ARRIVED_ONLY = new RegExp(
  `^\\s*(?:已|共|继续|更是|又|再|进一步)?(?:达到|达|${RISES_TO}|${FALLS_TO})\\s*$`,
);
const CHANGED = /新增|净增|增加|增长|减少|下降/;
/** A verb of arriving that follows a figure, not a noun of it: 从2019年的120家发展到…, 增长至…. */
const ARRIVING_START = new RegExp(
  `^(?:稳步|逐年|不断|持续|快速|迅速|逐步|大幅|显著|飞速)?(?:${RISES_TO}|${FALLS_TO}|提高到|提高至|达到|(?:发展)?壮大(?:到|至))`,
);
/** A verb of arriving said before the noun the figure counts: 发展壮大到注册义工…, 迅速增长到持证社工…. */
const ARRIVING_LEAD = new RegExp(
  `^(?:稳步|逐年|不断|持续|快速|迅速|逐步|大幅|显著|飞速)?(?:(?:发展)?壮大(?:到了|到|至)|扩大(?:到了|到|至)|${RISES_TO})(?=[\u4e00-\u9fa5])`,
);
/** A time said between a noun and its verb: 人才总量于2019年已超过…, 社会组织在2023年底达到…. */
const TIME_AFTER_NOUN = /(?<=[\u4e00-\u9fa5])(?:于|在|到|至)\d{4}年(?:度|底|末|初)?$/;
/** A clause that names only what was taken off a register: 注销21家, 撤销3家. */
const REMOVED_ONLY = /^(?:注销|撤销|吊销|取缔|清理|减少|退出)(?:登记)?$/;

/** A clause that only says how much a figure changed: 新增8.2万人, 比上年增加3.9万人. */
const CHANGE_CLAUSE = /^(?:全年|当年)?(?:新增|净增|增加|增长|减少|下降|比|较|同比)/;
/** A subject that is only a measure of something named before: 规模总量, 总人数. */
const BARE_MEASURE = /^(?:队伍)?(?:规模|总规模|规模总量|总数|总量|总计|合计|总人数|人数|数量)$/;
export const LEADING_LIST =
  /^(?:其中|分别为|分别是|分别有|包括|包含|含|即|以及|及|和|与|或|另有|另外|另|此外|同时|其余|[:：、，,])+/;
/** The first month of a span of months: 8- (of 8-12月), 1至 (of 1至9月), 8月至 (of 8月至12月). */
const MONTHS_FROM = "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月?[-－—~～至到])";
const DATE_PREFIX = new RegExp(
  `^(?:截至|截止到?|截至到|到了|到|至|自|从|在|于)?(?:\\d{4}年(?:度)?(?:${MONTHS_FROM}?\\d{1,2}月(?:\\d{1,2}日)?)?(?:底|末|初|以来|起)?|${MONTHS_FROM}?${MONTH_ALONE}|(?:今年|去年|上年|上一年|前年|当年|本年)(?:底|末|初)?|本年度|全年|年末|年底|年初|上半年(?:末|底)?|下半年|目前|现|至今|近?(?:\\d+|[一二三四五六七八九十]+)年(?:来|以来)|近\\d+年|近[一二三四五六七八九十]+年|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末|以来))[，,]?`,
);

/** 增加到目前的612人: now, said of the figure, is no part of its noun. */
const NOW_BEFORE = new RegExp(`${NOW_OF}\\s*$`);

/**
 * A clause that opens with a year, or a month of one: 2013年达到3.9万家, 截至今年7月; or with a month
 * alone, which goes on from the year said before it (截至3月底…，4月底达到…).
 */
const YEAR = `\\s*(?:截至|截止到?|到了|到|至|在|于)?(?:(?:\\d{4}年|今年|去年|上年)(?:\\d{1,2}月(?:底|末|份)?|底|末|年底|年末)?|${MONTH_ALONE})`;
const YEAR_START = new RegExp(`^${YEAR}[，,]?`);
/** A clause that is only a year: 2020年. */
const YEAR_ONLY = new RegExp(`^${YEAR}\\s*$`);

/** A full stop written as ASCII "." ends a phrase unless it sits inside a number. */
const isStop = (text: string, i: number) =>
  AFTER_STOP.test(text[i] ?? "") || (text[i] === "." && !/\d/.test(text[i + 1] ?? ""));

/** What people did to become registered volunteers, said after their count: 注册成为志愿者, 实现实名制注册志愿者. */
const JOINED_AS_VOLUNTEERS =
  /^(?:多|余)?[^，,；;。\d]{0,30}?(?<!报名|申请)(?:(?:实名制?)?(?:注册|登记)(?:成为|为)?|成为(?:实名)?(?:注册)?)(?:实名)?(?:注册)?(?:的)?(?:志愿者|义工)(?![服组团队协会])/;

/** A grade that opens the noun after a number: 2家5A级社会组织, 18家4 A级社会组织. */
const GRADE_START = /^[1-5]\s?[AＡ](?:\s?级)?(?=[\u4e00-\u9fa5])/;

/** A time said against the document's date, opening the words after a figure: 今年, 去年, 目前. */
const RELATIVE_TIME_START = /^(?:今年|去年|明年|本年|当年|同年|次年|目前|当前|现在|如今)/;
/** 顺利通过, 成功取得: how it went, said before the verb of passing or obtaining. */
const MANNER_BEFORE_VERB = /^(?:顺利|成功)(?=通过|取得|获得|考取)/;

function nounAfter(text: string, from: number, limit: number): string {
  let end = from + (GRADE_START.exec(text.slice(from, limit))?.[0].length ?? 0);
  while (end < limit && !isStop(text, end)) end++;
  // Keep a bracketed gloss such as 志愿者（义工）, 社工站（点）, 乡镇（街道）社工站 when it is short, in
  // full-width or ASCII brackets: 乡镇(街道)社工站, or listing the kinds of place: 乡(镇、街道)社会工作站.
  for (;;) {
    const gloss = /^[（(][\u4e00-\u9fa5]{1,3}(?:、[\u4e00-\u9fa5]{1,3}){0,2}[）)]/.exec(
      text.slice(end, limit),
    );
    if (!gloss || end === from) break;
    end += gloss[0].length;
    if (/[及和与或]/.test(text[end] ?? "")) break;
    while (end < limit && !isStop(text, end)) end++;
  }
  // 176个镇(街)“双百工程”社工站: a quoted name after the place's gloss goes on with the noun.
  if (end > from && /[）)]$/.test(text.slice(from, end))) {
    const quoted = /^[“"][^”"]{1,12}[”"][\u4e00-\u9fa5]+/.exec(text.slice(end, limit));
    if (quoted) end += quoted[0].length;
  }
  // Keep a quoted name such as “双百工程”社工站 when a noun follows it.
  let phrase = text.slice(from, end);
  if (phrase === "" && /^[“"]/.test(text.slice(from))) {
    const quoted = /^[“"][^”"]{1,12}[”"][\u4e00-\u9fa5]+(?:（[\u4e00-\u9fa5]{1,3}）)?/.exec(
      text.slice(from, limit),
    );
    if (quoted) phrase = quoted[0];
  }
  // 5731名今年4948人…: a headline's clauses run together; a time that opens the next is no noun of the figure.
  if (RELATIVE_TIME_START.test(phrase)) return "";
  // 已有5731人顺利通过考试: a word of manner before the verb is no noun either.
  phrase = phrase.replace(MANNER_BEFORE_VERB, "");
  const cut = PREDICATE.exec(phrase);
  if (cut && cut.index > 0) phrase = phrase.slice(0, cut.index);
  // 完成全部11个社工站建设: the building of the things counted, said after them, is no part of their noun
  // (a 项目建设 or a 建设任务 stays: a project or a task is not yet a thing built).
  phrase = phrase.replace(/(?<=[\u4e00-\u9fa5]{2})(?<!项目)建设$/, "");
  // 20个社工站共40名社工: a total word before the next figure is no part of the noun either.
  phrase = phrase.replace(TOTAL_OR_PLAQUE_TAIL, "");
  // 从2019年的120家发展到…: a verb of arriving after the figure is no noun of it.
  if (/^[和及与或]$/.test(phrase) || ARRIVING_START.test(phrase)) return "";
  // 18家4A级社会组织和80家…: the conjunction before the next figure is not part of the noun.
  return phrase.replace(/^(?:的|之)/, "").replace(/(?<=[\u4e00-\u9fa5])[和及与或]$/, "");
}

/**
 * A news lead's credit, its bracketed byline already gone: 本报讯（记者 某某）全省…, 【某某网讯】…, 新华社讯.
 * It opens the lead's first sentence and is no part of what it counts.
 */
const LEAD_CREDIT = /^(?:【[^】]{1,16}讯】|(?:本|[\u4e00-\u9fa5]{1,8}(?:报|网|社|台|刊))讯)\s*/;

/** The counted words said before a figure, with the dates, list words and lead verbs around them left out. */
export function cleanBefore(words: string): { subject: string; lead: string } {
  let s = words
    .replace(/（[^（）]*）|\([^()]*\)/g, "")
    .replace(/^第[一二三四五六七八九十百零]+条\s*/, "")
    .trim();
  let lead = "";
  for (;;) {
    const before = s;
    s = s
      .replace(DATE_PREFIX, "")
      .replace(LEAD_CREDIT, "")
      .replace(LEADING_LIST, "")
      // 而目前…: a conjunction that sets the clause against the one before is no part of its noun.
      .replace(/^(?:而|但是|但|然而)(?=[\u4e00-\u9fa5]{2})/, "")
      .replace(/^[，,、]+/, "")
      // …由最初的19人发展壮大到注册义工25万人: the verb a change arrives by, said before the noun, is none of it.
      .replace(ARRIVING_LEAD, "");
    if (s === before) break;
  }
  // 全省中杭州市社会组织…: the set the place is picked out of is no part of what is counted.
  s = withoutAmong(s);
  const trailing = TRAILING_LEAD.exec(s);
  if (trailing) {
    lead = trailing[0];
    s = s.slice(0, trailing.index);
  }
  s = s.replace(TIME_AFTER_NOUN, "");
  return { subject: s.replace(/[“”"]/g, "").replace(/(?:由|从)$/, ""), lead };
}

/** The clause before the one at `start`, when a comma parts them (较2019年增加45家，| 达到3120家); else "". */
function commaClauseBefore(text: string, start: number, depth: readonly number[]): string {
  if (start < 2 || !/[，,]/.test(text[start - 1] ?? "")) return "";
  const [before, end] = clauseAround(text, start - 2, start - 1, depth);
  return text.slice(before, end);
}

/** The clause before `start` says how a figure changed: 较2019年增加45家，达到3120家. */
const changedBefore = (text: string, start: number, depth: readonly number[]): boolean =>
  CHANGED.test(commaClauseBefore(text, start, depth));

/** A clause that opens with how fast a change went: 以11.79%的年平均增长率增长至…, 以年均15%的速度增加到…. */
const PACE_OF_CHANGE = new RegExp(
  `^${PACE}(?:${RISES_TO}|${FALLS_TO}|提高到|提高至)(?:(?:19|20)\\d{2}\\s*年(?:底|末)?的)?\\s*$`,
);

/** The noun before 由/从 in the clause before `start`, when that clause says where a change started: 总量从2008年的3355家，. */
function fromClauseBefore(text: string, start: number, depth: readonly number[]): string {
  const from = /^(.*?)(?:由|从)/.exec(commaClauseBefore(text, start, depth));
  return from?.[1] ? cleanBefore(from[1]).subject : "";
}

/** A point in time the figures stand at: 截至2023年底, 目前, 现有. */
const POINT_IN_TIME = /截至|截止|目前|现有|现在|至今|年底|年末|月底|月末/;
/** A span of time whose events the figures may count: 2022年, 全年, 今年, 上半年, 以来. */
const SPAN_OF_TIME =
  /(?:19|20)\d{2}\s*年(?!\s*[底末\d一二三四五六七八九十])|全年|今年|本年|当年|年内|上半年|下半年|季度|以来/;

/** Whether a count said as 社会组织登记N家, after `before`, is of the register rather than of a span's registrations. */
const registeredStock = (before: string): boolean => POINT_IN_TIME.test(before) || !SPAN_OF_TIME.test(before);

/** The clause before `start` is only a date: 截至今年7月，增至3120家. */
const afterDateOnly = (text: string, start: number, depth: readonly number[]): boolean =>
  YEAR_ONLY.test(commaClauseBefore(text, start, depth).replace(/[，,]$/, ""));

/** A clause that only opens with a year and says the milestone passed: 2022年跨越90万大关. */
export const DATED_MILESTONE = new RegExp(
  `^${YEAR}[^，,；;。\\d]{0,6}(?:跨越|突破|迈过|跨过|迈上|越过)[^，,；;。]{0,10}大关[，,]?$`,
);

/** The clause before `start` opens with a year and only passes a milestone: 2022年跨越90万大关，达到93.1万. */
export const afterDatedMilestone = (text: string, start: number, depth: readonly number[]): boolean =>
  DATED_MILESTONE.test(commaClauseBefore(text, start, depth));

/** 2020年，全市持证社工1200人: a clause opens with a year, or follows one that is only a year. */
const opensWithYear = (text: string, start: number, clause: string, depth: readonly number[]): boolean =>
  YEAR_START.test(clause) || afterDateOnly(text, start, depth);

/** A clause of now that only says the level reached: 目前已达, 而目前已经超过, 现为. */
const NOW_LEVEL =
  /^(?:而|但)?(?:目前|现在|当前|现|截至目前)[，,]?(?:已经|已)?(?:达到了?|达|为|有|超过|突破)?$/;

/** The noun of the clause before `clauseStart` when it only names a topic: 我区持证社会工作者稳步增加. */
function topicBefore(
  text: string,
  clauseStart: number,
  depth: readonly number[],
  cumulative: boolean,
  dated: boolean,
): string | null {
  if (clauseStart < 2 || !/[，,；;：:]/.test(text[clauseStart - 1] ?? "")) return null;
  const [start, end] = clauseAround(text, clauseStart - 2, clauseStart - 1, depth);
  const clause = text.slice(start, end);
  // …；截至今年7月，增至3120家: a clause that is only a date goes on with the series before it.
  if (dated && YEAR_ONLY.test(clause.replace(/[，,]$/, "")))
    return topicBefore(text, start, depth, false, true);
  // …；2022年跨越90万大关，达到93.1万: a year's milestone names no noun; the series before goes on.
  if (dated && DATED_MILESTONE.test(clause)) return topicBefore(text, start, depth, false, true);
  // …，在31个省区市中列第五位，数量为20813个: a clause that only ranks the topic, among a set it may count,
  // names no noun; the clause before it does.
  if (RANK_ONLY.test(clause.replace(/[，,；;：:]$/, "")))
    return topicBefore(text, start, depth, cumulative, dated);
  const figure = clause.replace(DATE_PREFIX, "").search(/\d/);
  if (figure >= 0) {
    // 新增注册志愿者2.1万人，累计达到42.5万人: the running total is of the same noun.
    // 2012年社会组织总量为3.2万家；2013年达到3.9万家: a dated clause goes on with the noun before.
    const series = dated && opensWithYear(text, start, clause, depth);
    // 2016年为28.8万人，新增8.2万人；2017年为32.7万人: a dated clause skips the change said of the year before.
    if (dated && !series && CHANGE_CLAUSE.test(clause.replace(DATE_PREFIX, "")))
      return topicBefore(text, start, depth, false, true);
    if (!cumulative && !series) return null;
    const noun = cleanBefore(clause.replace(DATE_PREFIX, "").slice(0, figure)).subject;
    if (!noun && series) return topicBefore(text, start, depth, false, true);
    // 全市社会组织总数较2019年增加45家，达到3120家: the noun before the comparison.
    // A dated series of what is new (2020年，全市新增…120家，2021年达到350家) stays what is new.
    const named = (
      series ? noun.replace(/^(?:新增|新登记|新注册)/, "") : noun.replace(/新增|新登记|新注册|新成立/, "")
    ).replace(CHANGE_TAIL, "");
    // 新登记社会组织56家，注销21家，目前共有3120家: a clause that names only its change goes back further.
    if (cumulative && REMOVED_ONLY.test(named)) return topicBefore(text, start, depth, true, false);
    return named || null;
  }
  const stripped = clause.replace(TOPIC_PREDICATE, "");
  if (stripped === clause && !/[:：]$/.test(text.slice(start, clauseStart))) return null;
  const { subject } = cleanBefore(stripped.replace(/^(?:近[一二三四五六七八九十\d]+年|其中)[，,]?/, ""));
  return subject.replace(/^(?:新增|新登记|新注册)/, "") || null;
}

/**
 * The subject of `spans[index]` in `text` (a sentence). Other quantities bound the search so that
 * one number's words are not read as another's.
 */
export function subjectOf(
  text: string,
  spans: readonly Span[],
  index: number,
  depth: readonly number[] = depths(text),
): SubjectContext {
  const q = spans[index];
  if (!q) throw new RangeError(`no quantity ${index}`);
  const [clauseStart, clauseEnd] = clauseAround(text, q.start, q.end, depth);
  const next = spans[index + 1];
  const limit = Math.min(clauseEnd, next && next.start > q.end ? next.start : clauseEnd);
  const after = nounAfter(text, q.end, limit);
  const prev = spans[index - 1];
  const itemStart = Math.max(clauseStart, prev && prev.end <= q.start ? prev.end : clauseStart);
  const clause = text.slice(clauseStart, clauseEnd);
  const reading = (subject: string, direction: SubjectContext["direction"], lead = ""): SubjectContext => ({
    subject,
    direction,
    lead: lead || text.slice(clauseStart, q.start),
    clause,
    clauseStart,
    clauseEnd,
  });
  const words = text.slice(itemStart, q.start);
  // After 、 a list item starts afresh when another figure came before it: 5A级16家、4A级18家;
  // otherwise 、 is inside the subject: 区、街道、社区三级党群服务中心68个.
  let item = prev && prev.end >= clauseStart ? words.slice(words.lastIndexOf("、") + 1) : words;
  // 五年来全市…从807个发展到…: 来 closes the span of years just said, no part of the noun.
  if (prev && prev.end === itemStart && /年$/.test(text.slice(prev.start, prev.end)))
    item = item.replace(/^(?:以)?来[，,]?(?=[\u4e00-\u9fa5])/, "");
  // 3万人注册成为志愿者, 8万多人依托…平台实现实名制注册志愿者: people who registered as volunteers are volunteers.
  const joined = /[人名]$/.test(text.slice(q.start, q.end))
    ? JOINED_AS_VOLUNTEERS.exec(text.slice(q.end, limit))
    : null;
  if (joined) return { ...reading("注册志愿者", "after"), nounEnd: q.end + joined[0].length };
  if (
    (/^[\u4e00-\u9fa5“"]/.test(after) || GRADE_START.test(after)) &&
    !/^(?:以上|以下|左右|余|多)/.test(after)
  ) {
    return reading(after.replace(/[“”"]/g, ""), "after");
  }
  // 由2015年的4.1万家增加到2020年的5.9万家: the year said of the figure is not part of its noun.
  let { subject, lead } = cleanBefore(item.replace(OWN_YEAR, "").replace(NOW_BEFORE, ""));
  // 成立10年以上社会组织24万家: an age the figure just before gives picks some of them out.
  const age = prev && prev.end === itemStart ? AGE_BEFORE.exec(text.slice(clauseStart, prev.end)) : null;
  if (age && subject) subject = `${age[0]}${subject}`;
  // 持证社工由2,870人增至6,044人: the new figure is of the noun before 由.
  const changed = /^(.*?)(?:由|从)/.exec(text.slice(clauseStart, q.start));
  if (!subject && changed?.[1]) subject = cleanBefore(changed[1]).subject;
  // 总量从2008年的3355家，以11.79%的年均增速增长至2018年的10230家: a clause that only says how fast the
  // change went names no noun; the figure is of the noun before 由/从 in the clause before it.
  const pace = PACE_OF_CHANGE.test(text.slice(clauseStart, q.start))
    ? fromClauseBefore(text, clauseStart, depth)
    : "";
  if (pace) subject = pace;
  // 全区社会组织登记540家: with no span of time before it (2022年, 全年, 今年), or at a point in time (截至…),
  // the registered ones are those on the register, not a year's registrations.
  if (/[^共已计法再新]登记$/.test(subject) && registeredStock(text.slice(0, q.start)))
    subject = subject.slice(0, -2);
  // 持证社工全年新增386人、总数达到2,214人: a total named only 总数 is of the clause's noun.
  if (/^(?:总数|总量|总计|合计)$/.test(subject)) {
    const head = text.slice(clauseStart, spans.find((s) => s.start >= clauseStart)?.start ?? q.start);
    subject =
      cleanBefore(head.replace(/(?:全年|当年|本年)?(?:新增|新登记|新注册|净增)$/, "")).subject || subject;
  }
  // …数量为28.8万人，而到2022年底，这一数字已增长到93万人: the figure said before it names what it counts.
  if (ANAPHOR.test(subject) && prev && index > 0) {
    const earlier = subjectOf(text, spans, index - 1, depth);
    if (earlier.subject && !ANAPHOR.test(earlier.subject)) return reading(earlier.subject, "topic");
  }
  // 社会工作专业人才队伍不断壮大，规模总量达到5万人: a bare measure counts the clause before's topic.
  if (BARE_MEASURE.test(subject)) {
    // 2020年新增持证社工320人，总数达到2870人: a total is of the noun of the change before it.
    const topic = topicBefore(text, clauseStart, depth, /^(?:总数|总量|总计|合计)$/.test(subject), false);
    if (topic) return reading(topic, "topic");
  }
  if (!subject) {
    // …总量目标为2万人，目前已达1.6万人: a clause of now that only says a level counts the noun before, as it
    // stands, not its goal.
    const nowLevel = NOW_LEVEL.test(item.trim());
    const topic = topicBefore(
      text,
      clauseStart,
      depth,
      nowLevel ||
        /^(?:累计|总计|合计|总数|共计|(?:目前|现|当前)?(?:共有|现有|实有))/.test(item.trim()) ||
        (ARRIVED_ONLY.test(item.trim()) && changedBefore(text, clauseStart, depth)),
      YEAR_START.test(text.slice(clauseStart, q.start)) ||
        afterDateOnly(text, clauseStart, depth) ||
        (ARRIVED_ONLY.test(item.trim()) && afterDatedMilestone(text, clauseStart, depth)),
    );
    if (topic) return reading(nowLevel ? topic.replace(/(?:的)?(?:目标|任务)$/, "") : topic, "topic");
  }
  return reading(subject, subject ? "before" : "none", lead);
}
