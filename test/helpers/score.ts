// Scores facts against expected facts, by the rules of docs/facts.md:
// matched by document (number or file stem), metric, value and as-of year; only core keys count.
import { readFileSync } from "node:fs";
import { CATALOGUE } from "../../schemas/catalogue.js";

export interface ExpectedFact {
  metric: string;
  value: number;
  as_of?: string | null;
  optional?: boolean;
}
export interface ExpectedDocument {
  file: string;
  doc_number: string | null;
  issuer?: string;
  issued?: string | null;
  kind?: string;
  facts: ExpectedFact[];
}
export interface ScoredFact {
  doc_number: string | null;
  file: string;
  metric: string;
  value: number;
  as_of: string | null;
}

const CORE = new Set(CATALOGUE.map((m) => m.key));
const normDoc = (s: string | null) =>
  s == null
    ? null
    : s
        .replace(/\s+/g, "")
        .replace(/[[【(（]/g, "〔")
        .replace(/[\]】)）]/g, "〕")
        .replace(/号?$/, "号");
const stem = (f: string) =>
  f
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, "") ?? f;
const year = (d: string | null | undefined) => (d == null ? null : String(d).slice(0, 4));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function loadExpected(path: string): ExpectedDocument[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { documents: ExpectedDocument[] }).documents;
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
  missing: string[];
  wrong: string[];
}

export function score(expected: ExpectedDocument[], facts: ScoredFact[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missing: string[] = [];
  const wrong: string[] = [];
  const matches = (f: ScoredFact, g: ExpectedFact) =>
    f.metric === g.metric && same(f.value, g.value) && (!g.as_of || year(f.as_of) === year(g.as_of));
  for (const d of expected) {
    const reported = new Map<string, ScoredFact>();
    for (const f of facts) {
      if (!CORE.has(f.metric)) continue;
      const mine =
        (f.doc_number && normDoc(f.doc_number) === normDoc(d.doc_number)) || stem(f.file) === d.file;
      if (mine) reported.set(`${f.metric}|${f.value}|${year(f.as_of)}`, f);
    }
    const required = d.facts.filter((g) => !g.optional);
    for (const g of required) {
      if ([...reported.values()].some((f) => matches(f, g))) tp++;
      else {
        fn++;
        missing.push(`${d.file}: ${g.metric}=${g.value}@${g.as_of}`);
      }
    }
    for (const f of reported.values()) {
      if (!d.facts.some((g) => matches(f, g))) {
        fp++;
        wrong.push(`${d.file}: ${f.metric}=${f.value}@${f.as_of}`);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, missing, wrong };
}
