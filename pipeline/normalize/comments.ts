// A news page saved whole brings its readers' comments along under the article: 网友评论 / 匿名网友：
// 我们小区有志愿者300人…. What readers write is no figure the page reports, so the lines from the heading
// of the comments on are left out. The heading counts only after the article (a line of prose with a
// full stop above it): a menu at the top of a page may name the comments too.
//
// So is a list of links to other articles under a heading (推荐阅读, 相关文章, 猜你喜欢): their titles
// (全县社会组织突破900家) are other pages' figures. The list ends at the first line that is no link.

import { simplify } from "../../schemas/basics/simplify.js";

/**
 * A line that only heads the comments: 网友评论, 最新评论（3）, 评论列表, 已有2人发表了评论, 网友跟帖,
 * 我来说两句.
 */
const HEADING =
  /^\s*(?:(?:网友|读者|用户|最新|热门|全部|精彩)(?:评论|跟帖)|跟帖评论|评论列表|评论区|网友留言|留言板|我来说两句|已有\s*\d+\s*(?:人|条)(?:发表了?|参与)?(?:评论|留言|跟帖))\s*(?:[（(]\s*\d+\s*[)）])?\s*[:：]?\s*$/;

/** Where the comments under an article begin among `lines`, or `lines.length` when there are none. */
export function commentsStart(lines: readonly string[]): number {
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (prose && line.length <= 24 && HEADING.test(simplify(line))) return i;
    if (!prose && line.includes("。")) prose = true;
  }
  return lines.length;
}

/** A line that only heads a list of links to other articles: 推荐阅读, 【相关文章】, 猜你喜欢：. */
const LINKS_HEADING =
  /^[\s【[]*(?:相关|推荐|延伸|更多|热点|热门|精彩)(?:阅读|文章|新闻|资讯|报道|推荐)[\s】\]]*[:：]?\s*$|^[\s【[]*(?:猜你喜欢|看了本文的人还看了|大家都在看)[\s】\]]*[:：]?\s*$/;
/** A link of such a list: a marked item (- 标题, · 标题, 1. 标题), or a title: short, with no full stop. */
const LINK_ITEM = /^\s*(?:[-·•●◆▪>*]|\d{1,2}[.、)）]\s)/;
const MAX_LINK_TITLE = 40;
const isLink = (line: string): boolean =>
  line.trim() !== "" && (LINK_ITEM.test(line) || (line.length <= MAX_LINK_TITLE && !/[。；;]/.test(line)));

/**
 * The lines of `lines` that are lists of links to other articles under their heading, after the
 * article has begun (a line of prose with a full stop above it): the heading and its links.
 */
export function linkLists(lines: readonly string[]): boolean[] {
  const out = lines.map(() => false);
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (prose && line.length <= 24 && LINKS_HEADING.test(simplify(line))) {
      out[i] = true;
      // Blank lines may stand between the links; the list ends at the first line that is none.
      let k = i + 1;
      for (let j = k; j < lines.length; j++) {
        const next = lines[j] ?? "";
        if (next.trim() === "") continue;
        if (!isLink(next)) break;
        for (; k <= j; k++) out[k] = true;
      }
      i = k - 1;
      continue;
    }
    if (!prose && line.includes("。")) prose = true;
  }
  return out;
}
