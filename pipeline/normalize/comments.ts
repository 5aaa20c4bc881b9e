// A news page saved whole brings its readers' comments along under the article: 网友评论 / 匿名网友：
// 我们小区有志愿者300人…. What readers write is no figure the page reports, so the lines from the heading
// of the comments on are left out. The heading counts only after the article (a line of prose with a
// full stop above it): a menu at the top of a page may name the comments too.

import { simplify } from "../../schemas/basics/simplify.js";

/** A line that only heads the comments: 网友评论, 最新评论（3）, 评论列表, 已有2人发表了评论. */
const HEADING =
  /^\s*(?:(?:网友|读者|用户|最新|热门|全部|精彩)评论|评论列表|评论区|网友留言|留言板|已有\s*\d+\s*(?:人|条)(?:发表了?|参与)?(?:评论|留言))\s*(?:[（(]\s*\d+\s*[)）])?\s*[:：]?\s*$/;

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
