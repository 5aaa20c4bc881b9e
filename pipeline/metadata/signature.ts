// The end of a document: signature, dated line, contact person and phone.
import { parseDate } from "../../extractors/context/dates.js";
import { isOrganisation, organisationName } from "./organisation.js";

const DATE_LINE =
  /^(?<org>[\u4e00-\u9fa5（）()]{3,30}?)?\s*(?<date>(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十廿卅]{1,3}\s*日)\s*(?<printed>印发)?\s*$/;

export interface Signature {
  issued: string | null;
  /** The body named on the line above the date (or on the same line). */
  signer: string | null;
  /** Line index of the dated line. */
  line: number | null;
}

/**
 * The dated signature: the last date standing alone on its line; a printing date (…印发) only
 * when there is no other.
 */
export function findSignature(lines: string[]): Signature {
  type Dated = { index: number; date: string; org?: string | undefined };
  let signed: Dated | null = null;
  let printed: Dated | null = null;
  for (const [index, line] of lines.entries()) {
    const m = DATE_LINE.exec(line.trim().replace(/^[（(](.*)[）)]$/, "$1"));
    const date = m?.groups?.date ? parseDate(m.groups.date) : null;
    if (!m || !date) continue;
    if (m.groups?.printed) printed ??= { index, date };
    else signed = { index, date, org: m.groups?.org };
  }
  const chosen = signed ?? printed;
  if (!chosen) return { issued: null, signer: null, line: null };
  let signer: string | null = chosen.org && isOrganisation(chosen.org) ? organisationName(chosen.org) : null;
  for (let i = chosen.index - 1; !signer && i >= Math.max(0, chosen.index - 2); i--) {
    const line = lines[i]?.trim() ?? "";
    if (isOrganisation(line)) signer = organisationName(line);
  }
  return { issued: chosen.date, signer, line: chosen.index };
}

export interface Contact {
  person: string | null;
  phone: string | null;
}

export function findContact(text: string): Contact {
  const person = /联\s*系\s*人\s*[:：]\s*([\u4e00-\u9fa5·]{2,5}?)(?=[\s，,；;）)、]|联系|电话|$)/m.exec(text);
  const phone =
    /(?:联系)?(?:电话|手机|Tel|TEL)\s*[:：]\s*((?:\(?0\d{2,3}\)?[-－—\s]?)?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9})/.exec(
      text,
    );
  return { person: person?.[1] ?? null, phone: phone?.[1]?.replace(/\s+/g, "") ?? null };
}

/**
 * A labelled date: 发布时间：2024-03-12, 【成文日期】2019-12-31. Not the day a document-sharing site
 * took a copy in (上传时间：…, 上传于…, 收录时间：…): that says nothing of when the document was written.
 */
const LABELLED =
  /(?<!上传|上載|上载|收录|采集|入库|下载)(?:发布(?:时间|日期)|发文日期|成文日期|印发日期|更新时间|日期|时间)\s*[:：】]\s*([^\s【]{6,20}?)(?=\s|$|来源|作者|字号|浏览|信息来源|【|\|)/;
/**
 * The same label in a portal's index table, its cells set off by bars (成文日期 | 2021-09-02 |), or run on
 * with no mark at all where the list lost its layout (- 发布日期2018-08-19).
 */
const LABELLED_CELL =
  /(?:发布日期|发文日期|成文日期|印发日期|生成日期|公开日期)\s*(?:[|｜]\s*)?((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))(?![\d])/;
/**
 * A news or portal dateline on a line of its own: 2019-03-25 10:58:15, 2022-12-30 08:38 来源：…, ( 2025-05-20 ),
 * an e-paper's [ 2016年05月12日 ],
 * or with its time cut to the hour (2016-04-24 19), or its source set off by a bar (2023年01月18日08:55 | 来源：…).
 */
const DATELINE =
  /^\s*[（([【［]?\s*((?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*[)）\]】］]?\s*(?:\d{1,2}(?::\d{2}(?::\d{2})?)?)?\s*(?:[|｜]\s*)?(?:来源|$)/m;
/** A date stamped with a time anywhere near the top, where lines ran together: …12079人2019-03-25 10:58:15. */
const STAMPED = /(?<!\d)((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?!\d)/;
/** A date written out with its time run on after it, anywhere near the top: …sina.com.cn  2010年09月08日05:20  某某晚报. */
const STAMPED_WRITTEN = /(?<!\d)((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\d{1,2}:\d{2}(?!\d)/;
/**
 * A paper's masthead: a line that opens with the day and its weekday (2016年03月15日 星期二…), or with the
 * paper's name, the day and the page it printed (某某晚报 2014年12月03日 A12版, 2019年03月05日 第5版).
 */
const MASTHEAD =
  /^\s*(?:[\u4e00-\u9fa5]{2,10}报\s*)?((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:(?:星期|周)[一二三四五六日天]|第?\s*[A-Z]?\d{1,3}\s*版)/m;
/**
 * A page's date run in between its title and its lead, as a Word copy joins them: …推进会召开2023-02-222月14日,…,
 * …工作会议2023年02月22日2月14日…, …召开2023-02-22近日,…; or between its title and its source, as a PDF
 * copy joins the title's line to the dateline under it: …被撤销登记2019-08-09来源:某某晚报.
 */
const RUN_IN =
  /(?<=[\u4e00-\u9fa5）)”》]\s?)((?:19|20)\d{2}(?:-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日))(?=\d{1,2}月\d{1,2}日|近日|日前|近期|昨天|昨日|今天|今日|记者|\s*来源\s*[:：])/;
/** A title followed by its date in brackets: …的答复情况 ( 2025-05-20 ). */
const BRACKETED = /[（(]\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*[)）]/;
/** Day first: 14.09.2016 14:39. */
const DAY_FIRST = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}/;
/** A forum post's own date: 发表于 2013-8-28 11:20 (before any later edit). */
const POSTED = /发表于\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}/;
/** A forum post's edit line: 本帖最后由 某某 于 2014-10-22 22:37 编辑. */
const EDITED = /于\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}\s*编辑/;

/** A date run on after the paper that printed it, or into the news lead: 来源：某某日报|2009-10-14本报讯. */
const SOURCE_DATED =
  /(?:来源\s*[:：][^\n|｜]{2,30}[|｜]\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2}))|((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*本报讯/;
/**
 * A newspaper's credit of the page it printed: 《某某日报》（2022年12月28日第15版）, （原载《某某日报》2017年9月12日
 * 第5版）, 来源：中国社会报 2019年3月5日第2版.
 */
const EDITION =
  /(?:《[\u4e00-\u9fa5]{2,12}报》|(?:来源|原载|刊载|转载自|摘自)\s*[:：]?\s*[\u4e00-\u9fa5]{2,12}报)\s*[（(]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版)/;

/**
 * The address a page names as its source, dated in its path: 文章来源：http://…/trends/2014/0317/11970.shtml,
 * 原文链接：…/2021-03/15/…, …/202103/t20210315_….
 */
const SOURCE_ADDRESS =
  /(?:文章来源|原文(?:链接|地址|网址)|本文链接|转载自|来源)\s*[:：]\s*https?:\/\/[^\s/]+\/\S*?(?<![\d])((?:19|20)\d{2})[-/_]?(\d{2})[-/_]?(\d{2})(?=[/_.-]|\d{3,})/;

/** The date in the path of the address a page names as its source, or null. */
function addressDate(text: string): string | null {
  // An address a page's width wrapped after one of its slashes goes on, unbroken, on the next line.
  const m = SOURCE_ADDRESS.exec(text.replace(/(https?:\/\/\S*\/)\s+(?=[\w%.-]+[/.])/g, "$1"));
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function publishedDate(head: string): string | null {
  const sourced = SOURCE_DATED.exec(head);
  const sourceDate = sourced ? parseDate(sourced[1] ?? sourced[2] ?? "") : null;
  if (sourceDate) return sourceDate;
  for (const pattern of [
    LABELLED,
    LABELLED_CELL,
    DATELINE,
    POSTED,
    EDITED,
    STAMPED,
    STAMPED_WRITTEN,
    MASTHEAD,
    BRACKETED,
    RUN_IN,
  ]) {
    const m = pattern.exec(head);
    const date = m?.[1] ? parseDate(m[1].replace(/\s+/g, "")) : null;
    if (date) return date;
  }
  const day = DAY_FIRST.exec(head);
  return day ? parseDate(`${day[3]}-${day[2]}-${day[1]}`) : null;
}

/** Web pages: 发布时间：2024-03-12 10:25  来源：宝安区民政局, or a dateline under the headline. */
export function findPublished(text: string): { date: string | null; source: string | null } {
  const head = text.slice(0, 600);
  const source =
    /(?:来源|编制单位|发布单位|发布机构)\s*(?:[:：]|[|｜](?=\s*[\u4e00-\u9fa5]))\s*([\u4e00-\u9fa5（）()]{3,30}?)(?=\s|$|字号|作者|浏览|发布|【|\||｜)/.exec(
      head,
    );
  const org = source?.[1] && isOrganisation(source[1]) ? organisationName(source[1]) : null;
  const edition = EDITION.exec(text);
  const printed = edition?.[1] ? parseDate(edition[1].replace(/\s+/g, "")) : null;
  // The dated address of its source comes last: a page that prints no date of its own.
  return { date: publishedDate(head) ?? printed ?? addressDate(text), source: org };
}
