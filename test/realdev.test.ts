// The real development set: texts as bureaus, newspapers and portals publish them, kept outside the
// project (../shared/eval/real-dev beside the repository, or CIVSTAT_REAL_DEV), each in four forms.
// Scored when it is there; skipped, and said, when not.
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../schemas/catalogue.js";
import type { Fact } from "../schemas/fact.js";
import { filesIn, processFile } from "./helpers/pipeline.js";
import { loadExpected, score } from "./helpers/score.js";

const REAL =
  process.env.CIVSTAT_REAL_DEV ?? join(import.meta.dirname, "..", "..", "shared", "eval", "real-dev");
const FORMS = ["txt", "docx", "pdf", "pdf-cid"] as const;
const CORE = new Set(CATALOGUE.map((m) => m.key));
const present = existsSync(join(REAL, "gold.json"));
if (!present) console.log(`real documents: ${REAL} is not here; their score and form parity are skipped`);

const stemOf = (path: string) => basename(path).replace(/\.[^.]+$/, "");

async function factsOf(form: string): Promise<Map<string, { docNumber: string | null; facts: Fact[] }>> {
  const out = new Map<string, { docNumber: string | null; facts: Fact[] }>();
  for (const path of filesIn(join(REAL, form))) {
    const { doc, facts } = await processFile(path);
    out.set(stemOf(path), { docNumber: doc.meta.docNumber, facts });
  }
  return out;
}

describe.runIf(present)("real documents", () => {
  const byForm = new Map<string, Awaited<ReturnType<typeof factsOf>>>();
  const load = async (form: string) => {
    if (!byForm.has(form)) byForm.set(form, await factsOf(form));
    return byForm.get(form) ?? new Map<string, { docNumber: string | null; facts: Fact[] }>();
  };

  it.each(FORMS)("%s: F1 ≥ 0.94", async (form) => {
    const docs = await load(form);
    const scored = [...docs].flatMap(([stem, { docNumber, facts }]) =>
      facts.map((f: Fact) => ({
        doc_number: docNumber,
        file: `${stem}.${form}`,
        metric: f.metric,
        value: f.value,
        as_of: f.asOf,
      })),
    );
    const result = score(loadExpected(join(REAL, "gold.json")), scored);
    console.log(
      `real ${form}: F1 ${result.f1.toFixed(3)} P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}`,
    );
    expect(result.f1, [...result.missing, ...result.wrong].join("\n")).toBeGreaterThanOrEqual(0.94);
  });

  it("gives the same core facts in every form, document by document", async () => {
    const key = (f: Fact) => `${f.metric}=${f.value}@${f.asOf} ${f.region}`;
    const core = (facts: Fact[]) => [...new Set(facts.filter((f) => CORE.has(f.metric)).map(key))].sort();
    const txt = await load("txt");
    for (const form of FORMS.slice(1)) {
      const other = await load(form);
      for (const [stem, { facts }] of txt) {
        expect(core(other.get(stem)?.facts ?? []), `${form}/${stem}`).toEqual(core(facts));
      }
    }
  });

  it("quotes in each fact's snippet the sentence or row that holds its figure", async () => {
    for (const form of FORMS) {
      for (const [stem, { facts }] of await load(form)) {
        for (const f of facts) {
          // A table row gives the figure in one cell and its unit in another: the number itself is quoted.
          const figure =
            /[\d.,，]+|[零〇一二三四五六七八九十百千万亿两]+/.exec(f.quantityText.replace(/\s+/g, ""))?.[0] ??
            "";
          expect(f.snippet.replace(/\s+/g, ""), `${form}/${stem}: ${f.quantityText}`).toContain(figure);
        }
      }
    }
  });
});
