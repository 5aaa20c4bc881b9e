// The README's examples that show a command and what it prints (helpers/readmeExamples.ts) are run
// against the database `npm start` makes and must print what they show.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../bin/commands/registry.js";
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
  let shared: CorpusDb;
  beforeAll(async () => {
    shared = await corpusDatabase(["txt", "docx", "pdf", "odd", "legacy"]);
  });
  afterAll(() => shared?.remove());

  it("are found", () => {
    expect(found.map((e) => e.argv[0])).toEqual(
      expect.arrayContaining([
        "ingest",
        "explain",
        "checks",
        "quantities",
        "query",
        "schema",
        "search",
        "draft",
      ]),
    );
  });

  it.each(found.map((e) => [e.line, e.command, e] as const))(
    "README.md:%i: %s prints what it shows",
    async (_, __, example) => {
      const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };
      // The database npm start makes, for the commands that read one.
      const command = await commands[example.argv[0] ?? ""]?.load();
      const db = command && "db" in command.options ? ["--db", shared.path] : [];
      const result = await run([...db, ...example.argv], { cwd: ROOT, env, stdin: example.stdin ?? "" });
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

describe("examples", () => {
  it("read a command, its piped input and what it shows; refuse a command they cannot run", () => {
    const fence = "```";
    const readme = [
      `${fence}sh\nnpx civstat ingest x\n${fence}`,
      `${fence}\n$ printf 'a\\nb\\n' | npx civstat quantities\nout\n${fence}`,
      `${fence}\n$ echo "x  y" z | npx civstat quantities --format table\n…\n${fence}`,
    ].join("\n\n");
    expect(examples(readme)).toEqual([
      {
        line: 6,
        command: "printf 'a\\nb\\n' | npx civstat quantities",
        argv: ["quantities"],
        stdin: "a\nb\n",
        shown: ["out"],
      },
      {
        line: 11,
        command: 'echo "x  y" z | npx civstat quantities --format table',
        argv: ["quantities", "--format", "table"],
        stdin: "x  y z\n",
        shown: ["…"],
      },
    ]);
    expect(() => examples(`${fence}\n$ cat x | npx civstat quantities\n${fence}`)).toThrow(
      /README\.md:2: cannot run/,
    );
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
