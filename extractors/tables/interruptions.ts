// Lines that stand between the rows of a table without being rows or its end: what a web page or a
// PDF puts there (来源：… 编辑：…, 首页 > 政务公开, 第 2 页, a lone ①, an advert) and what a table's
// reader must not take for a section row. A caption, a sentence or a line that introduces what
// follows (…如下：) is no interruption: it ends the table.

/** Who wrote, edited or published a page, how often it was read: 来源：…, 责任编辑：…, 点击率：…. */
const BYLINE =
  /^[（(【[]?\s*(?:信息来源|文章来源|稿件来源|来源|作者|编辑|责任编辑|责编|审核|校对|供稿|发布时间|发布日期|更新时间|点击率|点击数|点击|浏览次数|浏览|阅读数|阅读|访问量)\s*[:：]/;
/** Where the page sits on its site: 首页 > 政务公开, 当前位置：…. */
const CRUMB = /^(?:(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]?|(?:网站)?首页\s*(?:>|＞|›|»|→))/;
/** A page's number: 第 2 页, 共 4 页 第 2 页, - 3 -, 2/4. */
const PAGE =
  /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|[-—－]\s*\d+\s*[-—－]|\d+\s*\/\s*\d+)$/;
/** A footnote's mark standing alone: ①, *, ※. */
const MARK = /^(?:[①-⑳]|[*＊※#]+)$/;

/** A line of a known kind that is never a row of a table, nor its caption. */
export const isPageJunk = (text: string): boolean => {
  const t = text.trim();
  return BYLINE.test(t) || CRUMB.test(t) || PAGE.test(t) || MARK.test(t);
};

/** A caption of a table (表2 …, 附表1, 单位：家) or a line introducing it (…情况如下：). */
export function isCaptionLine(text: string): boolean {
  const t = text.trim();
  // 其中： over the parts of a row is a row of the table.
  const introduces = /[:：]$/.test(t) && !/^(?:其中|内含|含|包括)\s*[:：]$/.test(t);
  return introduces || /^附?表\s*[\d一二三四五六七八九十]|单位\s*[:：]/.test(t);
}

/** The longest line stepped over for being short: an advert, a note; a paragraph is longer. */
const MOST_CHARACTERS = 40;

/**
 * Whether a line that is no row can stand inside a table, to be stepped over: a known kind of page
 * junk, or a short line that is neither a sentence (。；) nor a caption (an advert with ！ in it).
 */
export function interrupts(text: string): boolean {
  const t = text.trim();
  if (isPageJunk(t)) return true;
  return [...t].length <= MOST_CHARACTERS && !/[。；;]/.test(t) && !isCaptionLine(t);
}

/** Where the text before `at` ends, lines of page junk just above `at` left out: a caption stands above them. */
export function aboveJunk(text: string, at: number): number {
  let end = at;
  for (;;) {
    const upTo = text.slice(0, end).trimEnd().length;
    const from = text.lastIndexOf("\n", upTo - 1) + 1;
    if (upTo === 0 || !isPageJunk(text.slice(from, upTo))) return upTo;
    end = from;
  }
}
