import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Fact } from "../schemas/fact.js";
import { checkGolden } from "./helpers/golden.js";
import { CORPUS, filesIn, INPUT, processFile, scoredFacts } from "./helpers/pipeline.js";
import { loadExpected, score } from "./helpers/score.js";

const expected = loadExpected(join(INPUT, "expected-facts.json"));

describe("facts of the sample corpus score against the expected facts", () => {
  it.each(["txt", "docx", "pdf"])("%s: F1 ≥ 0.98", async (format) => {
    const result = score(expected, await scoredFacts(join(CORPUS, format)));
    console.log(
      `${format}: F1 ${result.f1.toFixed(3)} P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}`,
    );
    expect({ missing: result.missing, wrong: result.wrong }).toEqual({ missing: [], wrong: [] });
    expect(result.f1).toBeGreaterThanOrEqual(0.98);
  });

  it("odd encodings give the facts of their namesakes", async () => {
    const odd = await scoredFacts(join(CORPUS, "odd"));
    const namesakes = expected.filter((d) => odd.some((f) => f.doc_number === d.doc_number));
    expect(namesakes.map((d) => d.file).sort()).toEqual(["fumin-2023-32", "fumin-2024-25"]);
    const result = score(namesakes, odd);
    expect(result.missing).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.98);
  });
});

describe("facts of the project's own documents in other provinces' language", () => {
  it("score F1 1 against their expected facts", async () => {
    const folder = join(INPUT, "docs");
    const result = score(loadExpected(join(folder, "expected.json")), await scoredFacts(folder));
    console.log(
      `own documents: F1 ${result.f1.toFixed(3)} P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}`,
    );
    expect({ missing: result.missing, wrong: result.wrong }).toEqual({ missing: [], wrong: [] });
  });
});

const line = (f: Fact) =>
  [
    f.id,
    f.metric,
    f.subject,
    f.value,
    f.max ?? "",
    f.unit,
    f.qualifier,
    f.asOf ?? "",
    f.region ?? "",
    f.page ?? "",
    f.role,
    f.parentId ?? "",
    f.flags.join(";"),
    f.quantityText,
  ].join("\t");

describe("golden facts per sample document", () => {
  for (const format of ["txt", "docx", "pdf", "odd"]) {
    for (const path of filesIn(join(CORPUS, format))) {
      it(`${format}/${basename(path)}`, async () => {
        const { facts } = await processFile(path);
        const text = `${facts.map(line).join("\n")}\n`;
        expect(
          checkGolden(`${format}-${basename(path).replace(/\.[^.]+$/, "")}`, "facts.tsv", text),
        ).toBeNull();
      });
    }
  }
});

// Five sets of documents written blind to the extractor, each with its expected facts. The first four
// measured F1 0.802, 0.769, 0.769 and 0.781 when they arrived and were then used to find general
// faults; the fifth, written after that work, measured 0.920 and has not been tuned on. Each threshold
// sits 0.02 below the F1 measured now (0.992, 0.969, 0.989, 0.979, 0.936): a change that loses more
// fails. A set whose files are missing fails too.
describe.each([
  ["heldout", 0.972],
  ["heldout2", 0.949],
  ["heldout3", 0.969],
  ["heldout4", 0.959],
  ["heldout5", 0.916],
])("held-out documents in %s", (folder, threshold) => {
  it(`score F1 ≥ ${threshold}`, async () => {
    const dir = join(INPUT, folder);
    const result = score(loadExpected(join(dir, "expected.json")), await scoredFacts(dir));
    console.log(
      `${folder}: F1 ${result.f1.toFixed(3)} P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}`,
    );
    expect(result.f1).toBeGreaterThanOrEqual(threshold);
  });
});
