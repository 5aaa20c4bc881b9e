// The counted noun of a subject (统计口径): 已组建的党组织总数 → 党组织, 党支部总数 → 党支部,
// 福田区登记注册各类社会组织机构 → 社会组织, 持证社工 → 持证社会工作者. Null when no noun is known.
import { BASIS_NOUNS, NARROWED_NOUNS } from "../../schemas/countedNouns.js";
import { HEADS, MEASURE } from "../../schemas/lexicon.js";
import { meaningOf } from "./meaning.js";

const BASIS = BASIS_NOUNS.flatMap(({ nouns, counted }) => nouns.map((noun) => ({ noun, counted }))).sort(
  (a, b) => b.noun.length - a.noun.length,
);

/** The name each head noun is recorded under: the first noun of its group. */
const CANONICAL = new Map(HEADS.flatMap((head) => head.nouns.map((noun) => [noun, head.nouns[0] as string])));

export function countedNoun(subject: string): string | null {
  const phrase = subject
    .replace(/[“”"‘’「」\s]/g, "")
    .replace(MEASURE, "")
    .replace(/(?:共|共计|合计|总计|达到|达)$/, "");
  const basis = BASIS.find(({ noun }) => phrase.endsWith(noun));
  if (basis) return basis.counted;
  const meaning = meaningOf(subject);
  if (!meaning.head) return null;
  if (meaning.key && NARROWED_NOUNS[meaning.key] && meaning.modifiers.some((m) => m.verdict === "narrows")) {
    return NARROWED_NOUNS[meaning.key] ?? null;
  }
  return CANONICAL.get(meaning.head) ?? meaning.head;
}
