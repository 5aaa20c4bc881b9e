// What a noun phrase counts: its head noun, a verdict on each word before it, and the catalogue key
// that follows (schemas/lexicon.ts holds the words; this file only applies them).
import {
  CHANGES,
  COMBINED_GRADES,
  HEADS,
  type Head,
  MEASURE,
  NEUTRAL,
  type Verdict,
} from "../../schemas/lexicon.js";
import { PLACE_NAMES, TOWN_NAME } from "../../schemas/placeNames.js";
import { SHORT_PLACE_PATTERN } from "../../schemas/placeShortNames.js";

export type VerdictKind = "neutral" | "changes" | "narrows";

export interface ModifierVerdict {
  text: string;
  verdict: VerdictKind;
  why: string;
}

export interface Meaning {
  /** The phrase as read: brackets and quotes dropped, the trailing measure word (总数) cut. */
  phrase: string;
  head: string | null;
  modifiers: ModifierVerdict[];
  /** The catalogue key the phrase names, `other` when a modifier changes it, null without a head. */
  key: string | null;
  reason: string;
}

const BY_LENGTH = HEADS.flatMap((head) => head.nouns.map((noun) => ({ noun, head }))).sort(
  (a, b) => b.noun.length - a.noun.length,
);

// 福田区, 山东, 散兵镇: a place said before the noun, a county or above, or a town or sub-district first in
// the phrase (not the words of building that end in one: 全覆盖建设街道社区党群服务中心).
const PLACE = new RegExp(`(?:${PLACE_NAMES}|${SHORT_PLACE_PATTERN})(?:本级)?|(?<=^\\s*)${TOWN_NAME}`, "g");

function tidy(subject: string): string {
  return (
    subject
      .replace(/[“”"‘’「」]/g, "")
      .replace(/[（(](?:本季末数|合计|本期|本月末数|年末数)[）)]/g, "")
      .replace(/\s+/g, "")
      // 乡镇(街道)社工站, 乡(镇、街道)社工站: a short gloss in ASCII brackets reads as in full-width ones.
      .replace(/\(([\u4e00-\u9fa5]{1,3}(?:、[\u4e00-\u9fa5]{1,3}){0,2})\)/g, "（$1）")
      // 5.1万多家是民办非企业单位: the copula before the noun is no modifier.
      .replace(/^(?:是|为)/, "")
      .replace(MEASURE, "")
      // 在全市214万余志愿者中: the noun framed by 在…中 counts what it names.
      .replace(/(?<=[\u4e00-\u9fa5])中$/, "")
  );
}

function findHead(phrase: string): { noun: string; head: Head } | null {
  return BY_LENGTH.find(({ noun }) => phrase.endsWith(noun)) ?? null;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** `pattern` with the g flag, made once per pattern. */
function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    GLOBAL.set(pattern, global);
  }
  return global;
}

/** Removes every match of `pattern` from `text`, recording each as a verdict. */
function strip(text: string, pattern: RegExp, verdict: VerdictKind, why: string, out: ModifierVerdict[]) {
  return text.replace(globalOf(pattern), (match) => {
    if (match) out.push({ text: match, verdict, why });
    return " ";
  });
}

function firstChange(text: string, verdicts: readonly Verdict[]): { text: string; why: string } | null {
  for (const { pattern, why } of verdicts) {
    const m = pattern.exec(text);
    if (m) return { text: m[0], why };
  }
  return null;
}

const RELATIVE = /^(?:在|经|由|于|从|向|为|按)/;
/**
 * Words of grading said with a grade: 有效期内的, 评估等级为, 等级评估; and the verbs that gave it
 * (累计评选出5A级社会组织18家, 评定出, 被评为4A级的, 获评): those so graded are those holding it.
 */
const GRADED =
  /有效期内的?|(?:评选|评定|评审|评估|评)出了?|(?:被)?(?:评定|评)为|获评|(?:评估)?等级(?:评估)?(?:为|是)?的?|评估(?:为|是)?的?/;

/** The meaning of `subject`, the words a figure counts (依法登记的法人社会组织, 持证社工). */
export function meaningOf(subject: string): Meaning {
  const phrase = tidy(subject);
  const found = findHead(phrase);
  if (!found)
    return { phrase, head: null, modifiers: [], key: null, reason: "no counted noun the lexicon knows" };
  const { noun, head } = found;
  const modifiers: ModifierVerdict[] = [];
  const changed = (text: string, why: string): Meaning => {
    modifiers.push({ text, verdict: "changes", why });
    return { phrase, head: noun, modifiers, key: "other", reason: `«${text}»: ${why}` };
  };
  let rest = phrase.slice(0, phrase.length - noun.length);
  const combined = COMBINED_GRADES.exec(rest);
  if (combined) return changed(combined[0], "grades combined");
  let key = head.key;
  for (const narrowing of head.narrows ?? []) {
    const m = narrowing.pattern.exec(rest);
    if (!m) continue;
    key = narrowing.key;
    rest = strip(rest, narrowing.pattern, "narrows", narrowing.why, modifiers);
    break;
  }
  // 社会工作者总量: a measure word that names another series, when no word before the head narrowed it.
  if (key === head.key && head.measured) {
    const measure = MEASURE.exec(subject.replace(/[“”"‘’「」\s]/g, ""))?.[0] ?? "";
    if (head.measured.pattern.test(measure)) key = head.measured.key;
  }
  // 有效期内的5A级社会组织, 评估等级为4A级的: once a grade names the series, words of grading and of its
  // term say no more than that they hold it.
  if (key.startsWith("social_org.rating_"))
    rest = strip(rest, GRADED, "neutral", "holds the grade now", modifiers);
  const own = head.changes ? firstChange(rest, [{ pattern: head.changes, why: "not this series" }]) : null;
  if (own) return changed(own.text, own.why);
  const [scope, ...others] = NEUTRAL;
  if (scope) rest = strip(rest, scope.pattern, "neutral", scope.why, modifiers);
  rest = strip(rest, PLACE, "neutral", "place", modifiers);
  if (head.neutral)
    rest = strip(rest, head.neutral, "neutral", "a level or kind that is the whole", modifiers);
  const change = firstChange(rest, CHANGES);
  if (change) return changed(change.text, change.why);
  // 在本区开展服务的, 经民政部门依法登记的: a relative clause with no changing word says where or how.
  const relative = rest.lastIndexOf("的");
  if (relative >= 0 && rest.slice(0, relative).trim()) {
    modifiers.push({
      text: rest.slice(0, relative + 1).trim(),
      verdict: "neutral",
      why: "describes circumstances",
    });
    rest = rest.slice(relative + 1);
  }
  for (const { pattern, why } of others) rest = strip(rest, pattern, "neutral", why, modifiers);
  for (const residue of rest.split(/\s+/).filter(Boolean)) {
    if (RELATIVE.test(residue))
      modifiers.push({ text: residue, verdict: "neutral", why: "describes circumstances" });
    else return changed(residue, "an unknown word before the noun names a sub-kind");
  }
  return { phrase, head: noun, modifiers, key, reason: `head noun «${noun}»` };
}
