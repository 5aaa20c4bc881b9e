// Totals and their sub-counts: 103个党群服务中心（区级1个，街道级10个，社区级92个）, 共751家，分别为社会团体306家…,
// 共计765家，其中：民办非企业单位473家…, 社会团体306家（含行业协会商会32家）.
import type { Quantity } from "../../schemas/quantity.js";
import { depths, enclosingOpen, startAfter } from "../context/context.js";

export interface PartLink {
  parent: number;
  /** Parts that should add up to the parent (其中, 分别为, an enumeration in brackets); 含 parts need not. */
  additive: boolean;
  /** The enumeration claims to be complete (分别为, brackets without 其中): a sum below the total is flagged too. */
  complete: boolean;
}

const SUBSET = /^(?:其中)?(?:含|包含|包括|内含)/;
const LIST_MARKER = /其中|分别为|分别是|分别有|包括/g;
/** Only punctuation, or the rest of one clause, between a total and a list that opens the next clause. */
const directlyBefore = (between: string) =>
  /^[\s，,：:]*$/.test(between) ||
  (between.length <= 30 && !/[\d。；;]/.test(between) && /[，,：:]\s*$/.test(between));
const COMPARISON = /较|比|同比|净增|增加|减少|增长|下降|新增/;
/** A clause that opens a comparison with an earlier figure: ，相比2013年, ，与上年相比, ，较上年. */
export const COMPARED_BEFORE = /[，,]\s*(?:相比|较|比|同比|与[^，,]{0,12}相比)/;
/** A figure that names the set something ranks among: 在31个省区市中位居…, 在全国36个城市中排名…. */
const AMONG_BEFORE = /在[^，,；;。\d]{0,6}$/;
const AMONG_AFTER = /^[^，,；;。\d]{0,10}?中/;
/** The change is measured against an earlier figure (较2019年底净增23家), not the list's own total. */
const AGAINST_BASE = /较|比|同比|相比|同期/;

/**
 * A bracket that gives the figure of another year: （2023年全年为86个）, （上年同期为80个）, （2022年底为80个）;
 * its groups are those of COMPARED_WITH (sentenceFacts.ts): the year, a relative year, the year's end.
 */
export const OTHER_YEAR_IN_BRACKET =
  /^\s*(?:((?:19|20)\d{2})\s*年|(上年|去年|上一年))(?:全年|同期)?(底|末|年底|年末)?(?:全年|同期)?\s*(?:为|是|有|共|达到?)\s*$/;

/** For each quantity of a sentence, the quantity it is a part of, if any. */
export function linkParts(
  text: string,
  quantities: readonly Quantity[],
  depth: readonly number[] = depths(text),
): Array<PartLink | null> {
  const links: Array<PartLink | null> = quantities.map(() => null);
  quantities.forEach((q, i) => {
    const open = enclosingOpen(text, q.start, depth);
    if (open < 0 || !"（(".includes(text[open] ?? "")) return;
    let parent = -1;
    for (let j = i - 1; j >= 0; j--) {
      const p = quantities[j];
      if (p && p.end <= open && (depth[p.start] ?? 0) === (depth[open] ?? 0)) {
        const between = text.slice(p.end, open);
        if (!/[，,；;。：:]/.test(between)) parent = j;
        break;
      }
    }
    const parentQ = quantities[parent];
    if (!parentQ || parentQ.unit !== q.unit) return;
    const inside = text.slice(open + 1, q.start);
    // 97个（2023年全年为86个）: the same series in another year, not a part.
    if (OTHER_YEAR_IN_BRACKET.test(inside)) return;
    const segment = inside.slice(startAfter(inside, "，,；;", inside.length));
    const subset = SUBSET.test(segment) || SUBSET.test(inside);
    links[i] = { parent, additive: !subset, complete: !subset && !/^其中/.test(text.slice(open + 1)) };
  });
  for (const marker of text.matchAll(LIST_MARKER)) {
    const at = marker.index;
    if ((depth[at] ?? 0) !== 0) continue;
    // The list follows its total directly (共751家，分别为…), past a comparison clause at most
    // (共计587家，较2019年底净增23家，其中…); not …846名，持证社会工作者分别为…. A change that is no
    // comparison is the list's own total (新增45家，其中社会团体20家…).
    let total = -1;
    let gap = at;
    for (let j = quantities.length - 1; j >= 0; j--) {
      const q = quantities[j];
      if (!q || q.end > at || (depth[q.start] ?? 0) !== 0) continue;
      const clauseStart = startAfter(text, "，,；;。：", q.start);
      const lead = text.slice(clauseStart, q.start);
      if (COMPARISON.test(lead) && AGAINST_BASE.test(lead) && /^[\s，,：:]*$/.test(text.slice(q.end, gap))) {
        gap = clauseStart;
        continue;
      }
      // 在31个省区市中位居前三，分别为…: the set a rank is among is no total of what is listed.
      if (AMONG_BEFORE.test(lead) && AMONG_AFTER.test(text.slice(q.end))) break;
      // The total's clause may go on after it (不少于四十学时的继续教育，其中…) when the list opens the next clause.
      if (directlyBefore(text.slice(q.end, gap))) total = j;
      break;
    }
    const totalQ = quantities[total];
    if (!totalQ) continue;
    for (let k = total + 1; k < quantities.length; k++) {
      const q = quantities[k];
      if (!q || q.start < at || links[k]) continue;
      if ((depth[q.start] ?? 0) !== 0) continue;
      if (q.unit !== totalQ.unit || /[。；;]/.test(text.slice(at, q.start))) break;
      // …，其中初级1881人，相比2013年仅有212名: a comparison ends the list.
      if (COMPARED_BEFORE.test(text.slice(at, q.start))) break;
      links[k] = { parent: total, additive: true, complete: marker[0] !== "其中" && marker[0] !== "包括" };
    }
  }
  return links;
}
