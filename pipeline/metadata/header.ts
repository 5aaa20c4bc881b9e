// The top of a document: letterhead, title and addressees.
import { parseDate } from "../../extractors/context/dates.js";
import { isOrganisation, organisationName } from "./organisation.js";

export interface Header {
  letterhead: string | null;
  /** The letterhead stood below the title (an addressee's name, as a web copy sets it: 团省委). */
  letterheadBelowTitle: boolean;
  title: string | null;
  addressees: string[];
  /** Index of the first body line. */
  bodyStart: number;
}

const BODY_OPENING = /^(?:现将|现就|为了?|根据|按照|你们|您|贵|经|近年来|截至|截止)/;

const HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|附\s*件|第[一二三四五六七八九十]+[章条])/;
const DATE_ONLY = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[\d一二三四五六七八九十\s月日]*(?:印发)?$/;
/** Lines of a web page around the title: 首页 > 新闻中心, 发布时间：…, 字号：大 中 小. */
const PAGE_DEBRIS =
  /^(?:首页|当前位置|您的位置|您当前所在位置|位置[:：]|签发人[:：]|无障碍|长者模式|选择语言|网站导航|网站地图|登录|English|繁体|简体)|\s>\s|[>＞»]\s*[\u4e00-\u9fa5]+\s*[>＞»]|发布(?:时间|日期)\s*[:：]|^时间\s*[:：]\s*\d|来源\s*[:：]|字号\s*[:：]|浏览次数|打印本页|关闭窗口|编制单位[:：]|报出日期[:：]/;

/**
 * The fields of a portal's index table, one to a line, each with or without its mark (- 索引号000014/2020-02432,
 * 发布机构 | 某市政府办公室 |, 有效性有效), and a page's menu items and widgets set as a list (• 建议, • 文字:,
 * 保护视力色:): not a title, and nothing a title goes on with.
 */
const INDEX_FIELD =
  /^[-•·▪*]?\s*(?:索\s*引\s*号|索取号|发布机构|发文机关|发布单位|信息来源|公文名称|文件名称|主\s*题\s*词|文\s*号|发文字号|文件编号|发布日期|成文日期|发文日期|生成日期|公开日期|有\s*效\s*性|公开方式|公开范围|公开类别|主题分类|组配分类|体裁分类)|^[•·▪]\s*[\u4e00-\u9fa5]{1,6}\s*[:：]?\s*$|^(?:文字|阅读|保护视力色|字体|分享)\s*[:：]\s*$/;

/** The title an index table gives in a cell of its own: 公文名称 | 2018年某某工作情况 |. */
function labelledTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const m = /^\s*(?:公文名称|文件名称)\s*[:：|｜]\s*([^|｜]{4,70}?)\s*(?:[|｜]|$)/.exec(line);
    if (m?.[1]) return tidyTitle(m[1]);
  }
  return null;
}

/** What a title set above a document's number says it is. */
const ABOVE_NUMBER_TITLE = /关于|答复|复函|办理|建议|提案|通知|意见|报告|公报/;

function isOrganisationOrDebris(line: string): boolean {
  return /^\s*$/.test(line) || isOrganisation(line) || PAGE_DEBRIS.test(line) || INDEX_FIELD.test(line);
}

/**
 * Under a title, its byline: a paper's name (某某日报), a site's address, the time it was posted, an
 * issuer with the day it issued (某市民政局2020年4月20日).
 */
const BYLINE =
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|^[\u4e00-\u9fa5]{2,8}(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|新闻网)(?:\s|$)|https?:\/\/|\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/;

function isTitleLine(line: string): boolean {
  if (line.length > 70 || /[。！？]/.test(line) || /[:：]$/.test(line) || BYLINE.test(line)) return false;
  if (!/[\u4e00-\u9fa5].*[\u4e00-\u9fa5]/.test(line)) return false;
  if ((line.match(/[,，、]/g)?.length ?? 0) >= 2) return false;
  if (HEADING.test(line) || DATE_ONLY.test(line) || PAGE_DEBRIS.test(line) || INDEX_FIELD.test(line))
    return false;
  return !BODY_OPENING.test(line);
}

/** Splits 孙月,刘玉英…等 11 位人大代表 / 各区人民政府，市政府直属各单位 into names. */
export function splitAddressees(line: string): string[] {
  const body = line.replace(/^(?:主送|抄送)[:：]/, "").replace(/[:：。]\s*$/, "");
  const parts = body.split(/[,，、；;]/).map((s) => s.trim());
  const out = parts
    .map((p) =>
      p
        .replace(/等\s*\d+\s*[位名]?\s*(?:人大代表|政协委员|代表|委员|同志)$/, "")
        .replace(/(?<=^[\u4e00-\u9fa5·]{2,4})(?:人大代表|政协委员|代表|委员|同志|先生|女士)$/, ""),
    )
    .filter((p) => p.length > 0);
  return [...new Set(out)];
}

/** Spaces left by wrapping inside a title go; a space between two phrases of a title stays. */
export function tidyTitle(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .replace(/ (?=[的之》）])|(?<=[《（]) /g, "")
    .replace(/(?<=[\u4e00-\u9fa5]) ([\u4e00-\u9fa5]{1,2})(?=\s|$|》)/g, "$1")
    .replace(/(?<=^|[\s《])([\u4e00-\u9fa5]{1,2}) (?=[\u4e00-\u9fa5])/g, "$1")
    .trim();
}

export function readHeader(lines: string[], numberLine: number | null): Header {
  let letterhead: string | null = null;
  let letterheadLine = -1;
  const headEnd = numberLine ?? Math.min(lines.length, 20);
  for (let i = 0; i < headEnd; i++) {
    const line = lines[i] ?? "";
    if (isOrganisation(line)) {
      letterhead = organisationName(line);
      letterheadLine = i;
      break;
    }
  }
  let i = numberLine !== null ? numberLine + 1 : 0;
  while (i < lines.length && /^(?:签发人|签发)[:：]/.test((lines[i] ?? "").trim())) i++;
  if (numberLine === null) {
    while (
      i < lines.length &&
      (isOrganisation(lines[i] ?? "") ||
        /^(?:文件|\s*)$/.test(lines[i] ?? "") ||
        // a cell of a page's frame left without its words (|)
        !/[\u4e00-\u9fa5]/.test(lines[i] ?? "") ||
        PAGE_DEBRIS.test(lines[i] ?? "") ||
        INDEX_FIELD.test((lines[i] ?? "").trim()))
    ) {
      i++;
    }
  }
  const titleLines: string[] = [];
  let titleLine = -1;
  while (i < lines.length && titleLines.length < 5) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || (titleLines.length === 0 && INDEX_FIELD.test(line))) {
      i++;
      continue;
    }
    if (titleLine < 0) titleLine = i;
    if (!isTitleLine(line) || (titleLines.length > 0 && isOrganisation(line))) break;
    titleLines.push(line);
    i++;
  }
  // A web copy may set the title above the number (潼关县民政局 / 关于…的答复 / 来源… / 潼民发〔2024〕275号).
  if (titleLines.length === 0 && numberLine !== null) {
    let j = 0;
    while (j < numberLine && isOrganisationOrDebris(lines[j] ?? "")) j++;
    const above: string[] = [];
    for (; j < numberLine && above.length < 5; j++) {
      const line = (lines[j] ?? "").trim();
      if (line === "") continue;
      if (!isTitleLine(line) || (above.length > 0 && isOrganisation(line))) break;
      if (above.length === 0) titleLine = j;
      above.push(line);
    }
    if (ABOVE_NUMBER_TITLE.test(above.join(""))) titleLines.push(...above);
  }
  // A section's name over the title (议案(建议)办理 / 某某人民政府关于…的答复): a later line that is a whole
  // title, its issuer and 关于, starts it.
  const whole = titleLines.findIndex(
    (line, k) =>
      k > 0 &&
      /关于/.test(line) &&
      issuerInTitle(line) !== null &&
      titleLines.slice(0, k).every((l) => l.length <= 12),
  );
  if (whole > 0) titleLines.splice(0, whole);
  const title = titleLines.length ? tidyTitle(titleLines.join("")) : labelledTitle(lines);
  let addressees: string[] = [];
  const next = (lines[i] ?? "").trim();
  // …的会办意见是：, 现答复如下：end a sentence that leads into the body, not a line of addressees.
  if (/[:：]$/.test(next) && next.length < 200 && !/[。]/.test(next) && !/(?:如下|是)[:：]$/.test(next)) {
    addressees = splitAddressees(next);
    i++;
  } else {
    const sent = lines.find((l) => /^主送[:：]/.test(l.trim()));
    if (sent) addressees = splitAddressees(sent.trim());
  }
  const letterheadBelowTitle = title !== null && letterheadLine > titleLine;
  return { letterhead, letterheadBelowTitle, title, addressees, bodyStart: i };
}

/** 政协六届三次会议第2023179号, 建议第20240061号: the proposal answered and where it was raised. */
export function findProposal(text: string): { number: string | null; meeting: string | null } {
  const meeting =
    /((?:人大|政协|人民代表大会)[\u4e00-\u9fa5]{0,4}?[一二三四五六七八九十\d]+届(?:人大|政协)?[一二三四五六七八九十\d]+次(?:全体)?会议)/.exec(
      text,
    );
  const number =
    /第\s*(\d{4,12})\s*号\s*(?:的)?\s*(?:建议|提案|议案|《|的答复|答复)|(?:建议|提案|议案)\s*第\s*(\d{4,12})\s*号/.exec(
      text,
    );
  return { number: number ? (number[1] ?? number[2] ?? null) : null, meeting: meeting?.[1] ?? null };
}

/** A work report dated under its title: 长沙市民政局2023年工作总结（2024年1月18日）. */
export function datedTitle(title: string | null): { title: string | null; date: string | null } {
  const m = title
    ? /^(.*?)\s*[（(]\s*((?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^）)]{2,12}日)\s*[）)]$/.exec(title)
    : null;
  if (!m?.[1]) return { title, date: null };
  return { title: m[1], date: parseDate(m[2] ?? "") };
}

/**
 * 长沙市民政局2023年工作总结, 福田区民政局关于…, 某市民政局对市人大…第12号建议的答复: the body named at the
 * start of a title.
 */
export function issuerInTitle(title: string | null): string | null {
  const m = title
    ? /^([\u4e00-\u9fa5]{2,20}?(?:局|厅|委员会|办公室|办公厅|人民政府|办事处|中心))(?=(?:19|20)\d{2}年|关于|印发|转发|对[^，。]{2,40}?(?:建议|提案|议案)的?(?:答复|复函))/.exec(
        title,
      )
    : null;
  return m?.[1] ?? null;
}
