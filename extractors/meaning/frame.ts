// A sentence that opens by naming the measure its figures rank places by: 在注册志愿者人数上，慈溪最多，
// 有近32万人；紧随其后的是鄞州，有30万余人. Its figures count what the frame names; the places are where.
import { MEASURE } from "../../schemas/lexicon.js";
import { meaningOf } from "./meaning.js";

/** 在…人数上, 在…数量方面, 从…总量来看: a clause that only names a measure, the figures after it of that measure. */
const FRAME = /(?:^|[，,；;。：:])\s*(?:在|从)([^，,；;。：:\d]{2,24}?)(?:上|方面|来看|看)(?=[，,])/g;

/** Whether the sentence holds a frame at all, kept for the last sentence asked: each of its figures asks. */
let last: { text: string; framed: boolean } = { text: "", framed: false };
function hasFrame(text: string): boolean {
  if (last.text !== text) {
    FRAME.lastIndex = 0;
    last = { text, framed: FRAME.test(text) };
    FRAME.lastIndex = 0;
  }
  return last.framed;
}

/**
 * The noun a frame earlier in `text` (a sentence) names, for a figure whose own words (`subject`) name no
 * counted noun the lexicon knows; null when there is no frame, or it names no measure of a known noun.
 */
export function framedSubject(text: string, clauseStart: number, subject: string): string | null {
  if (!hasFrame(text)) return null;
  let named: string | null = null;
  for (const m of text.slice(0, clauseStart).matchAll(FRAME)) named = m[1] ?? null;
  if (!named || !MEASURE.test(named) || meaningOf(subject).head !== null) return null;
  const noun = named.replace(MEASURE, "");
  return meaningOf(noun).head !== null ? noun : null;
}
