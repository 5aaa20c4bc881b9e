// The README's examples that show a command and what it prints (helpers/readmeExamples.ts) are run
// against the database `npm start` makes and must print what they show.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../schemas/catalogue.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";
import { examples, printsAsShown, shellWords } from "./helpers/readmeExamples.js";

const ROOT = join(import.meta.dirname, "..");

const lines = (text: string) =>
  text
    .replace(/\s+$/, "")
    .split("\n")
    .map((l) => l.trimEnd());

describe("the README's examples", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const found = examples(readme);
  let db: CorpusDb;
  beforeAll(async () => {
    db = await corpusDatabase(["txt", "docx", "pdf", "odd", "legacy"]);
  });
  afterAll(() => db?.remove());

  it("are found", () => {
    expect(found.map((e) => e.argv[0])).toEqual(
      expect.arrayContaining(["ingest", "explain", "checks", "query", "schema", "search", "draft"]),
    );
  });

  it.each(found.map((e) => [e.line, e.command, e] as const))(
    "README.md:%i: %s prints what it shows",
    async (_, __, example) => {
      const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };
      const result = await run(["--db", db.path, ...example.argv], { cwd: ROOT, env });
      const printed = lines(result.stdout + result.stderr);
      // On a mismatch, the comparison shows the difference.
      if (!printsAsShown(example.shown, printed)) expect(printed.join("\n")).toBe(example.shown.join("\n"));
    },
  );
});

describe("docs/facts.md", () => {
  it("lists every catalogue key, and no other", () => {
    const page = readFileSync(join(ROOT, "docs", "facts.md"), "utf8");
    const listed = [...page.matchAll(/^\| `([a-z_]+\.[a-z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(CATALOGUE.map((m) => m.key).sort());
  });
});

describe("printsAsShown", () => {
  it("takes … as any lines, or any text within a line", () => {
    expect(printsAsShown(["a", "…", "d"], ["a", "b", "c", "d"])).toBe(true);
    expect(printsAsShown(["a", "…"], ["a"])).toBe(true);
    expect(printsAsShown(["a 1…", "b"], ["a 12", "b"])).toBe(true);
    expect(printsAsShown(["a", "d"], ["a", "b", "d"])).toBe(false);
    expect(printsAsShown(["a 1…"], ["a 2"])).toBe(false);
    expect(printsAsShown(["a (x)"], ["a (x)"])).toBe(true);
  });

  it("reads shell words across quotes", () => {
    expect(shellWords(`npx civstat query "SELECT 'a'\n  FROM t" --x`)).toEqual([
      "npx",
      "civstat",
      "query",
      "SELECT 'a'\n  FROM t",
      "--x",
    ]);
    expect(shellWords(`npx civstat query "SELECT`)).toBeNull();
  });
});
