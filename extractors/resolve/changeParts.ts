// 全年新增社会组织45家，其中社会团体20家、民办非企业单位25家: the parts of a change are changes too,
// and the parts of a narrowed population (社区社会组织…，其中社会团体…; 5A级社会组织…，其中基金会…)
// belong to it, though their own words (社会团体20家, 4A等级3家) say nothing of it.
import type { Quantity } from "../../schemas/quantity.js";
import { startAfter } from "../context/context.js";
import { meaningOf } from "../meaning/meaning.js";
import type { PartLink } from "./parts.js";

interface Figure {
  q: Quantity;
  subject: string;
  metric: string;
}

/** Words that make a total the count of what is new, not of what exists. */
const NEW = /新增|新登记|新成立|新注册|新建|新培育|新认定|净增/;

/**
 * Totals counted by an act of supervision: 抽取55个社会组织开展抽查审计，其中社会团体33个; the parts are
 * of those checked or listed, not of the kinds registered.
 */
const SUPERVISED = new Set(["social_org.annual_report_reviews", "social_org.abnormal_listed"]);

/** Words that pick organisations out by their grading only: 等级, 评估等级, 有效期内. */
const GRADING = /^(?:累计)?(?:评估|等级|评估等级|等级评估|有效期内?的?)$/;

/** A part whose noun is followed by a verb of registering or closing: 社会团体登记53家, 基金会注销2家. */
const VERB_AFTER_NOUN = /(?:登记|注册|成立|备案|注销|撤销)$/;

/** The words of a figure's clause up to it: 年内共新增等级社会组织. */
function leadOf(text: string, q: Quantity): string {
  return text.slice(startAfter(text, "，,；;。：:", q.start - 1), q.start);
}

/** Sets `other` on each part whose total counts what is new or a population the catalogue does not keep. */
export function partsOfChanges<T extends Figure>(
  text: string,
  figures: T[],
  links: ReadonlyArray<PartLink | null>,
): void {
  figures.forEach((figure, i) => {
    const parent = figures[links[i]?.parent ?? -1];
    if (!parent || figure.metric === "other") return;
    // 实际参加年度报告的社会团体1925个（含…社会团体24个）: the part is of the population its total names.
    // 4A级以上社会组织312个，其中5A级98个: grades counted together still hold each grade.
    const parentModifiers = meaningOf(parent.subject).modifiers;
    // 等级社会组织320家，其中5A级12家: a part that names its grade holds it, whatever grading picked the total.
    const graded = figure.metric.startsWith("social_org.rating_");
    const narrowed = parentModifiers.some(
      (m) => m.verdict === "changes" && m.why !== "grades combined" && !(graded && GRADING.test(m.text)),
    );
    // 5A级社会组织305家，其中社会团体132家: a part of a narrowed series is of it, unless it says its own.
    const ofSeries =
      parentModifiers.some((m) => m.verdict === "narrows") &&
      !meaningOf(figure.subject).modifiers.some((m) => m.verdict === "narrows");
    // 其中社会团体登记53家、民办非企业单位66家: the parts listed after one that says its verb share it.
    const afterVerb = figures
      .slice(0, i)
      .some((sibling, k) => links[k]?.parent === links[i]?.parent && VERB_AFTER_NOUN.test(sibling.subject));
    const supervised = SUPERVISED.has(parent.metric);
    if (
      narrowed ||
      ofSeries ||
      afterVerb ||
      supervised ||
      NEW.test(leadOf(text, parent.q)) ||
      NEW.test(parent.subject)
    )
      figures[i] = { ...figure, metric: "other" };
  });
}
