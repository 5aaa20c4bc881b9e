// Web-page debris copied along with a document: 打印本页 关闭窗口, 字号：大 中 小, 分享到 …

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
];
const SEPARATORS = "\\s【】\\[\\]|｜/:：·•";
const DEBRIS_LINE = new RegExp(`^(?:[${SEPARATORS}]*(?:${WORDS.join("|")}))+[${SEPARATORS}]*$`);
/** A line of only 大/中/小 is not debris; one of the page commands must be there. */
const COMMAND = /打印|关闭|關閉|返回|分享|收藏|扫一扫|掃一掃|字号|字號|字体|字體/;

/** Whether the line is nothing but web-page commands. */
export const isDebris = (line: string): boolean => COMMAND.test(line) && DEBRIS_LINE.test(line);
