// How a figure became a fact, in words a researcher can check before citing it: the figure, the
// counted noun phrase, its head and each modifier's verdict, why the key is what it is, the date and
// where it came from, the place.

import { METRICS } from "../schemas/catalogue.js";
import type { AsOfSource, Fact } from "../schemas/fact.js";
import { LEXICON_KEYS } from "../schemas/lexicon.js";
import { meaningOf } from "./meaning/meaning.js";

export interface Explanation {
  figure: string;
  value: number;
  unit: string;
  qualifier: string;
  subject: string;
  head: string | null;
  modifiers: Array<{ text: string; verdict: string; why: string }>;
  metric: string;
  why: string;
  asOf: string | null;
  dateFrom: string;
  region: string | null;
  snippet: string;
}

const DATE_FROM: Record<AsOfSource, string> = {
  sentence: "stated in the sentence",
  paragraph: "carried from earlier in the paragraph (or a span the text declared)",
  heading: "carried from a heading or the table's caption",
  title: "the period the title names",
  restated: "the date the document states for the same figure elsewhere",
  document: "the document's own date (the sentence names none)",
  mentioned: "the document has no date: the latest year its text speaks of (check the source)",
  relative: "the sentence tells the year against the document's date (去年底), and the document has none",
  none: "no date: neither the text nor the document gives one",
};

function keyReason(fact: Fact): string {
  const meaning = meaningOf(fact.subject);
  const label = METRICS.get(fact.metric)?.label;
  if (fact.metric !== "other") {
    if (meaning.key === fact.metric) return `${meaning.reason} names ${fact.metric} (${label})`;
    return `the catalogue's phrasing of ${fact.metric} (${label}) fits the subject and clause`;
  }
  if (fact.role === "part")
    return "a sub-count of a total in the same series, or of a total that counts what is new, or a grade counted under one kind of organisation, is not that series";
  if (meaning.key === "other") return `not a core series: ${meaning.reason}`;
  if (meaning.key && LEXICON_KEYS.has(meaning.key)) {
    return `head noun of ${meaning.key}, but the clause says an event, a change, a goal or a per-unit figure`;
  }
  return "no counted noun the lexicon knows and no catalogue phrasing fits";
}

export function explainFact(fact: Fact): Explanation {
  const meaning = meaningOf(fact.subject);
  return {
    figure: fact.quantityText,
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    subject: fact.subject,
    head: meaning.head,
    modifiers: meaning.modifiers,
    metric: fact.metric,
    why: keyReason(fact),
    asOf: fact.asOf,
    dateFrom: DATE_FROM[fact.asOfSource],
    region: fact.region,
    snippet: fact.snippet,
  };
}

/** The explanation as indented lines for a terminal. */
export function explanationText(e: Explanation): string {
  const modifiers = e.modifiers.length
    ? e.modifiers.map((m) => `      ${m.text}: ${m.verdict} (${m.why})`).join("\n")
    : "      (none)";
  return [
    `${e.figure}  →  ${e.value} ${e.unit} (${e.qualifier})`,
    `  counts:    ${e.subject || "(nothing said)"}`,
    `  head noun: ${e.head ?? "(none the lexicon knows)"}`,
    "  modifiers:",
    modifiers,
    `  key:       ${e.metric} — ${e.why}`,
    `  as of:     ${e.asOf ?? "—"} — ${e.dateFrom}`,
    `  place:     ${e.region ?? "—"}`,
    `  sentence:  ${e.snippet}`,
  ].join("\n");
}
