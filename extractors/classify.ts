// Which catalogue series a quantity belongs to, from its subject and the words around it.
import { CATALOGUE, EVENT_WORDS, type Metric, type Mode } from "../schemas/catalogue.js";

export interface Reading {
  subject: string;
  /** The clause around the number. */
  clause: string;
  /** The clause with bracketed asides and the subject itself removed: where events are told. */
  rest: string;
  /** The sentence part since the last 。 or ；, up to the clause end. */
  context: string;
  unit: string;
  mode: Mode;
}

/** Words that make what follows a goal: 力争, 目标, “十四五”期间. */
const TARGET =
  /力争|争取|目标|将达到|预计|规划|计划(?:到|在|于)|“?十[一二三四五六七八九]五”?(?:期间|末|时期)/;
/** 到2025年 sets a goal when the year is still to come; 截止到2022年 does not. */
const BY_YEAR = /(?<!截止|截至)(?:到|至)((?:19|20)\d{2})年(?:底|末)?/g;

export function modeOf(textBefore: string, documentYear: number | null): Mode {
  if (TARGET.test(textBefore)) return "target";
  for (const m of textBefore.matchAll(BY_YEAR)) {
    if (documentYear !== null && Number(m[1]) > documentYear) return "target";
  }
  return "stock";
}

export function removeAsides(text: string): string {
  let out = text;
  for (;;) {
    const next = out.replace(/（[^（）]*）|\([^()]*\)/g, "");
    if (next === out) return out;
    out = next;
  }
}

function fits(metric: Metric, r: Reading): boolean {
  if (!metric.units.includes(r.unit)) return false;
  if (metric.mode === "target" && r.mode !== "target") return false;
  if (metric.mode === "stock" && r.mode === "target") return false;
  if (metric.subject && !metric.subject.test(r.subject)) return false;
  if (metric.clause && !metric.clause.test(r.clause)) return false;
  if (metric.context && !metric.context.test(r.context)) return false;
  if (metric.exclude && (metric.exclude.test(removeAsides(r.clause)) || metric.exclude.test(r.subject)))
    return false;
  if (metric.mode === "stock" && metric.events !== "allow" && EVENT_WORDS.test(r.rest)) return false;
  return true;
}

/** The first catalogue key that fits, or "other". */
export function classify(reading: Reading): string {
  return CATALOGUE.find((metric) => fits(metric, reading))?.key ?? "other";
}
