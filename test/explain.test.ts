import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainFact, explanationText } from "../extractors/explain.js";
import { filesIn, processFile } from "./helpers/pipeline.js";

const CORPUS = join(import.meta.dirname, "..", "data", "corpus");

describe("explain", () => {
  it.each(["txt", "docx", "pdf"])("explains every fact of the sample corpus (%s)", async (form) => {
    for (const path of filesIn(join(CORPUS, form))) {
      const { facts } = await processFile(path);
      for (const fact of facts) {
        const e = explainFact(fact);
        expect(e.why, `${path}: ${fact.quantityText}`).not.toBe("");
        expect(e.dateFrom).not.toBe("");
        expect(explanationText(e)).toContain(fact.quantityText);
        if (fact.metric !== "other" && e.head !== null) expect(e.why).toContain(fact.metric);
      }
    }
  });
});
