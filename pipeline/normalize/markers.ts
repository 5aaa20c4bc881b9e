// What the start and end of a line say about its role: heading and list markers, titles, dates,
// sentence-ending punctuation.

const NUM = "[一二三四五六七八九十百零〇]+";

/** Markers that open a heading or a numbered item: 一、 （一） (一) 1. 1、 （1） ① 第一条 附件1 … */
const ITEM_MARKER = new RegExp(
  [
    `${NUM}[、．.]`,
    `[（(]${NUM}[）)]`,
    "\\d{1,2}(?:[、．]|\\.(?!\\d))",
    "[（(]\\d{1,2}[）)]",
    "[①-⑳]",
    `第${NUM}[章节條条部篇]`,
    "第\\d{1,3}[章节條条]",
  ]
    .map((p) => `(?:${p})`)
    .join("|"),
);
const ITEM_START = new RegExp(`^(?:${ITEM_MARKER.source})`);

/** Labels that begin a block of their own at the foot of a document. */
const LABEL_START =
  /^(?:附件|附表|附：|备注[:：]|抄送[:：]|主送[:：]|公开方式[:：]|[（(]?联系人[:：]|[（(]此件)/;

export const startsWithItemMarker = (text: string): boolean => ITEM_START.test(text);
export const startsBlock = (text: string): boolean => ITEM_START.test(text) || LABEL_START.test(text);

/** An annex heading: 附件, 附件1, 附件 2, 附件二, 附件： */
export const isAnnexHeading = (text: string): boolean =>
  /^附[件表] ?[\d一二三四五六七八九十]{0,3}[:：]?$/.test(text);

const CLOSERS = /[”’」』）)》〉】〕\]"']+$/;
/**
 * Ends a sentence or a list item: 。！？；： (also after closing quotes or brackets), or an ASCII full
 * stop after Chinese text (…全覆盖., …(点)278个.), as a text typed with ASCII punctuation ends one.
 */
export const endsSentence = (text: string): boolean =>
  /[。！？；：!?;:…]$/.test(text.replace(CLOSERS, "")) || /[\u4e00-\u9fa5）)”%‰]\.$/.test(text);

/** Sentence punctuation inside the text, not counting the last character. */
export const hasInnerPunctuation = (text: string): boolean => /[。！？；，：,;]/.test(text.slice(0, -1));

const DOC_TYPES =
  "通知|通报|意见|办法|规定|决定|答复|报告|批复|复函|的函|公告|通告|纪要|方案|细则|措施|规划|计划|要点|章程|条例|建议|提案|议案|决议|请示|指引|标准|目录|公报|快报|总结|工作思路|工作安排|(?<![代发])表";
const TITLE_END = new RegExp(`(?:${DOC_TYPES})$`);
/** The last characters of the document types: a title ends with one of them. */
const TITLE_LAST = new Set(DOC_TYPES.split("|").map((type) => type.at(-1)));

/**
 * A document title or table caption: ends with a document type (…的通知, …若干措施, …配备表) and
 * holds no sentence punctuation.
 */
export const isTitleLike = (text: string): boolean =>
  TITLE_LAST.has(text.at(-1)) &&
  TITLE_END.test(text) &&
  !/[。！？；，：,;]/.test(text) &&
  !startsWithItemMarker(text);

const CN_DIGIT = "[〇零一二三四五六七八九十]";
const DATE_LINE = new RegExp(
  `^(?:\\d{4}|${CN_DIGIT}{4}) ?年 ?(?:\\d{1,2}|${CN_DIGIT}{1,2}) ?月 ?(?:\\d{1,2}|${CN_DIGIT}{1,3}) ?日(?:印发|发布|起施行)?$`,
);
/** A line that is only a date (the date of a signature or of printing). */
export const isDateLine = (text: string): boolean => DATE_LINE.test(text);

/** A document number standing alone: 福民函〔2024〕25号, 深府办规〔2020〕11号. */
export const isDocNumberLine = (text: string): boolean =>
  /^[\u4e00-\u9fff]{1,12}〔\d{4}〕\d{1,5}号$/.test(text);

/** A short note wholly in brackets: （征求意见稿）, (单位：元/月), （此件公开发布）. */
export const isParenthetical = (text: string): boolean => /^[（(][^（()）]{1,20}[）)]$/.test(text);

/** More （ or 《 opened than closed: the text goes on. */
export function opensBracket(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "（" || ch === "(" || ch === "《") depth++;
    else if ((ch === "）" || ch === ")" || ch === "》") && depth > 0) depth--;
  }
  return depth > 0;
}

const CRUMB_MARK = /[>＞›»]/;

/** One step of a crumb: a name, with letters and no sentence or clause mark, nor a figure's sign. */
const CRUMB_STEP = /^(?=.*\p{L}.*\p{L})[^。！？；，,;%‰=<]{1,40}$/u;

/**
 * A line that says where a web page sits on its site: 当前位置：首页 > 资讯, 首页 > 政务公开, or the
 * site's or paper's name and the page's title (某某商报 > 全市注册志愿者达十万名): names joined by >.
 */
export const isCrumb = (text: string): boolean => {
  if (
    /^(?:(?:当前位置|您现在的位置|您的位置|您当前(?:所在)?(?:的)?位置|所在位置)\s*[:：]|(?:网站)?首页\s*[>＞›»→])/.test(
      text,
    )
  )
    return true;
  if (!CRUMB_MARK.test(text)) return false;
  // A crumb may end with its mark (某某商报 >) where the title it led to was taken off.
  const open = /[>＞›»]\s*$/.test(text);
  const steps = text.replace(/\s*[>＞›»]\s*$/, "").split(/\s*[>＞›»]\s*/);
  return (steps.length >= 2 || open) && !text.includes("|") && steps.every((step) => CRUMB_STEP.test(step));
};

/** A byline with the time a page was posted (某某网 2025-05-24 09:26:56 阅读 38) is short. */
const MAX_BYLINE = 60;

const PAGE_NOTE_START = new RegExp(
  `^(?:${[
    "【?(?:摘\\s*要|内容提要)】?(?=[\\s:：]|[\\u4e00-\\u9fff])",
    "(?:更新|发布|发表|录入|上传)(?:时间|日期)\\s*[:：]",
    "(?:信息|文章|稿件|新闻|数据|资料|图片|图表)?来源\\s*[:：]",
    "(?:作\\s*者|记\\s*者|通讯员|(?:责任)?编辑|责编|审核|校对)\\s*[:：]",
    // the fields of a government page's disclosure table (索取号：, 发布机构：, 公开类别：主动公开)
    "(?:索取号|索引号|发布机构|发文机关|文件编号|发文字号|公开类别|公开方式|公开范围|主题分类|成文日期)\\s*[:：]",
    // with the page's notes run on where its spaces were taken out (2021-07-16来源：…, 2021-07-16作者：…)
    "\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s|\\d{1,2}:|$|(?:信息|文章|稿件|新闻)?来源|作\\s*者|记\\s*者|(?:责任)?编辑|浏览|阅读|点击|字号|星期|【|\\[)",
  ]
    .map((p) => `(?:${p})`)
    .join("|")})`,
);

/**
 * A line a web page or a paper sets under its title or at its foot (更新时间：…, 来源：…, 责任编辑：…,
 * a dateline 2023-05-07 10:40, a byline 某某网 2025-05-24 09:26), or an abstract's label (摘要,
 * 【摘要】): it begins a line of its own.
 */
/** A paper's or a site's name alone, set under a title as its byline: 泉州晚报, 某某日报, 某某新闻网. */
export const MEDIA_NAME = /^[\u4e00-\u9fa5]{2,8}(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|新闻网)$/;

export const isPageNote = (text: string): boolean =>
  PAGE_NOTE_START.test(text) ||
  MEDIA_NAME.test(text) ||
  (text.length <= MAX_BYLINE && /\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/.test(text));

/** A news story's lead opens with its credit: 【某某网讯】, 本报讯, 本网讯. */
export const opensLead = (text: string): boolean => /^(?:【[^】]{1,16}讯】|本报讯|本网讯)/.test(text);

/**
 * A photo's caption ends with its credit: （网络图片）, (资料图), （张三 摄）, 新华社记者 李四 摄. The
 * paragraph under the photo is not the caption's.
 */
export const endsCaption = (text: string): boolean =>
  /(?:[（(][^（）()]{0,24}(?:图片|图|摄|供图)[）)]|记者[^，。；]{1,16}摄影?)$/.test(text);
