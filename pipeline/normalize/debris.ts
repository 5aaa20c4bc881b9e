// Web-page debris copied along with a document: 打印本页 关闭窗口, 字号：大 中 小, 分享到：微信 微博, an
// advert's label (广告), and the
// counters of a page's readers and comments (0 人参与 0 条评论（查看）, 网友评论), whose figures count
// nothing a document reports.

import { simplify } from "../../schemas/basics/simplify.js";
import { isSpamLine } from "./spamLines.js";

const WORDS = [
  "打印本页",
  "打印本頁",
  "打印",
  "关闭窗口",
  "關閉窗口",
  "关闭本页",
  "關閉本頁",
  "关闭",
  "關閉",
  "返回顶部",
  "返回頂部",
  "分享到",
  "收藏本页",
  "收藏",
  "扫一扫在手机打开当前页",
  "掃一掃在手機打開當前頁",
  "字号",
  "字號",
  "字体",
  "字體",
  "默认",
  "默認",
  "大",
  "中",
  "小",
  // Where a page offers to share itself: 分享到：微信 微博 QQ空间.
  "微信好友",
  "微信",
  "朋友圈",
  "新浪微博",
  "腾讯微博",
  "騰訊微博",
  "微博",
  "QQ空间",
  "QQ空間",
  "QQ好友",
  "QQ",
  "人人网",
  "人人網",
  "豆瓣",
  "复制链接",
  "複製鏈接",
  "广告",
  "廣告",
  // Links a page sets between or after its paragraphs.
  "我要打印",
  "我要纠错",
  "我要糾錯",
  "纠错",
  "糾錯",
  "返回列表",
  "返回首页",
  "返回首頁",
  "返回上一页",
  "返回",
  "点击查看大图",
  "點擊查看大圖",
  "点击图片查看大图",
  "查看原图",
  "扫描二维码",
  "掃描二維碼",
  "扫码关注",
  "掃碼關注",
  "关注我们",
  "關注我們",
  "相关阅读",
  "相關閱讀",
  "相关新闻",
  "相關新聞",
  "相关链接",
  "相關鏈接",
  "延伸阅读",
  "延伸閱讀",
  "推荐阅读",
  "推薦閱讀",
  // The switches a government site sets at its top: 选择语言, 无障碍浏览, 长者模式.
  "选择语言",
  "選擇語言",
  "无障碍浏览",
  "無障礙瀏覽",
  "无障碍",
  "無障礙",
  "长者模式",
  "長者模式",
];
const SEPARATORS = "\\s【】\\[\\]|｜/:：·•";
const DEBRIS_LINE = new RegExp(`^(?:[${SEPARATORS}]*(?:${WORDS.join("|")}))+[${SEPARATORS}]*$`);
/** A line of only 大/中/小 or 微信 is not debris; one of the page commands must be there (or 广告 alone). */
const COMMAND =
  /打印|关闭|關閉|返回|分享|收藏|扫一扫|掃一掃|字号|字號|字体|字體|复制链接|複製鏈接|纠错|糾錯|大图|大圖|原图|二维码|二維碼|关注|關注|阅读|閱讀|相关新闻|相關新聞|相关链接|相關鏈接|选择语言|選擇語言|无障碍|無障礙|长者模式|長者模式|^\s*[【[]?(?:广告|廣告)[】\]]?\s*$/;

/**
 * The links between the pages of an article (上一页 1 2 3 下一页, 共3页：[1] [2] 3): numbers that
 * count nothing, on a line that may stand in the middle of a paragraph.
 */
const PAGER_STEP =
  "上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]|末[页頁]|共\\s*\\d+\\s*[页頁]|第\\s*\\d+\\s*[页頁]|[\\[【]?\\d{1,3}[\\]】]?";
const PAGER_LINE = new RegExp(`^(?:[${SEPARATORS}]*(?:${PAGER_STEP}))+[${SEPARATORS}]*$`);
const isPager = (line: string): boolean => /[上下]一[页頁]/.test(line) && PAGER_LINE.test(line);

/**
 * The links to the articles before and after this one (上一篇：某县社会组织突破900家, 【下一篇】…): another
 * page's title, whose figures are that page's.
 */
const NEIGHBOUR_LINK = /^\s*(?:[【[][上下]一(?:篇|条|则)[】\]]|[上下]一(?:篇|条|则)\s*[:：])/;

/** A page's counters and the links to its comments, in simplified characters. */
const COUNTER = [
  "\\d+\\s*(?:人|次)?(?:参与|评论|阅读|浏览|点赞|收藏|转发|分享)",
  "\\d+\\s*条(?:评论|回复|留言)",
  "(?:参与|评论|阅读|浏览|点赞|收藏|转发|分享)(?:数|量|次数)?\\s*[:：]?\\s*[（(]?\\d+[)）]?",
  "[（(]查看[)）]",
  "(?:网友|最新|热门|全部)?评论",
  "(?:我要|发表|查看)评论",
];
/** A line of counters is short: a longer one says more. */
const MAX_COUNTER_LINE = 60;
const COUNTER_LINE = new RegExp(`^(?:[${SEPARATORS}]*(?:${COUNTER.join("|")}))+[${SEPARATORS}]*$`);

/**
 * Keywords a spam site stuffs into a line for search engines (天堂888-某某小说-某某视频-…): many short
 * names joined by hyphens, no sentence among them. A list a text gives has its marks (、，).
 */
const MIN_STUFFED = 8;
const STUFFED_STEP = /^[^。，、；：,;:]{1,16}$/;
function isStuffed(line: string): boolean {
  let hyphens = 0;
  for (let at = line.indexOf("-"); at >= 0 && hyphens < MIN_STUFFED - 1; at = line.indexOf("-", at + 1))
    hyphens++;
  if (hyphens < MIN_STUFFED - 1) return false;
  const steps = line.split(/\s*-\s*/);
  return steps.length >= MIN_STUFFED && steps.every((step) => STUFFED_STEP.test(step) && /\p{L}/u.test(step));
}

/**
 * Whether the line is nothing but web-page commands, a page's counters of readers and comments, or
 * a spam site's keywords or a gambling or adult site's line of its own. `plain` is the line in simplified characters, when the caller has it.
 */
export function isDebris(line: string, plain?: string): boolean {
  if ((COMMAND.test(line) && DEBRIS_LINE.test(line)) || isStuffed(line) || isPager(line)) return true;
  const simplified = plain ?? simplify(line);
  return (
    isSpamLine(simplified) ||
    NEIGHBOUR_LINK.test(simplified) ||
    (line.length <= MAX_COUNTER_LINE && COUNTER_LINE.test(simplified))
  );
}
