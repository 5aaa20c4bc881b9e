import type { DocumentKind } from "../../schemas/document.js";

/** What a document is, from its title first and its opening words second. */
export function kindOf(
  title: string | null,
  opening: string,
  docNumber: string | null,
  salutation = "",
): DocumentKind {
  const t = title ?? "";
  // 会办意见的函, 协办意见: a co-handling bureau's answer is a reply too.
  const reply = /答复|回复|办理(?:情况|结果|意见)|复函|[会协]办意见/;
  if (/提案/.test(t) && (reply.test(t) || /政协/.test(t))) return "cppcc_proposal_reply";
  if (/建议|议案/.test(t) && reply.test(t)) return "npc_suggestion_reply";
  if (/统计(?:公报|报告|数据|年报|快报|月报)|发展(?:统计)?公报|事业发展统计/.test(t))
    return "statistical_report";
  if (
    /(?:印发|转发|关于).*(?:通知|措施|办法|意见|规定|方案|细则|规划|决定|标准|指引)|(?:措施|办法|意见|规定|细则|规划|决定)$/.test(
      t,
    )
  ) {
    return "policy";
  }
  if (/政协委员|委员[:：]/.test(opening) && /提案/.test(opening)) return "cppcc_proposal_reply";
  if (/人大代表|代表[:：]/.test(opening) && /建议/.test(opening)) return "npc_suggestion_reply";
  // A letter to members (张某、李某等委员：) or deputies (王某代表：) that answers: what the member raised is a
  // proposal, what the deputy raised a suggestion, whatever the letter calls it (您提出的…建议，现答复如下).
  const answers = /收悉|答复|回复|办理/.test(opening);
  // …第1732号代表建议由省民政厅主办，我厅的会办意见是：a co-handling bureau's opinion on what was raised.
  const opinion = /[会协]办意见|答复如下|办理意见/.test(opening);
  if (opinion && /提案/.test(opening)) return "cppcc_proposal_reply";
  if (opinion && /代表建议|人大建议/.test(opening)) return "npc_suggestion_reply";
  if (answers && /委员\s*[:：]\s*$/.test(salutation)) return "cppcc_proposal_reply";
  if (answers && /代表\s*[:：]\s*$/.test(salutation)) return "npc_suggestion_reply";
  if (docNumber && /规〔/.test(docNumber)) return "policy";
  if (/通知|措施|意见/.test(t)) return "policy";
  return "other";
}
