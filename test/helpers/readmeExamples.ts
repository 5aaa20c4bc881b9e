// README examples that show a command and what it prints: a fence whose first line is
// `$ npx civstat …`, or `$ echo "…" | npx civstat …` / `$ printf '…' | npx civstat …` for its input,
// continued on the next lines while a quote is open; the output below it. In the shown output a
// line `…` stands for any number of lines, and `…` within a line for any text.

import { parseMarkdown } from "../../report/render/markdownIt.js";

export interface Example {
  line: number;
  command: string;
  argv: string[];
  /** What echo or printf pipes into it. */
  stdin?: string;
  shown: string[];
}

/** Shell words: bare, '…' and "…" (with \" and \\); null while a quote is still open. */
export function shellWords(command: string): string[] | null {
  const words: string[] = [];
  const pattern = /\s*(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|([^\s'"]+))/gy;
  let word: string | null = null;
  let at = 0;
  for (let m = pattern.exec(command); m; m = pattern.exec(command)) {
    if (/^\s/.test(m[0]) && word !== null) {
      words.push(word);
      word = null;
    }
    word = (word ?? "") + (m[1] ?? m[2]?.replace(/\\(.)/g, "$1") ?? m[3] ?? "");
    at = pattern.lastIndex;
  }
  if (word !== null) words.push(word);
  return command.slice(at).trim() ? null : words;
}

/** What `echo WORDS…` or `printf FORMAT` writes (of printf's escapes, \n and \t); null for anything else. */
function piped(words: string[]): string | null {
  if (words[0] === "echo") return `${words.slice(1).join(" ")}\n`;
  if (words[0] === "printf" && words.length === 2)
    return (words[1] as string).replace(/\\([nt])/g, (_, c: string) => (c === "n" ? "\n" : "\t"));
  return null;
}

function example(command: string, line: number, shown: string[]): Example {
  const words = shellWords(command) ?? [];
  const at = words.findIndex((w, i) => w === "npx" && words[i + 1] === "civstat");
  const found: Example = { line, command, argv: words.slice(at + 2), shown };
  if (at === 0) return found;
  const stdin = at > 0 && words[at - 1] === "|" ? piped(words.slice(0, at - 1)) : null;
  if (stdin === null)
    throw new Error(`README.md:${line}: cannot run ${command} (see test/helpers/readmeExamples.ts)`);
  return { ...found, stdin };
}

export function examples(readme: string): Example[] {
  const found: Example[] = [];
  for (const token of parseMarkdown(readme)) {
    const lines = token.content.replace(/\n$/, "").split("\n");
    if (token.type !== "fence" || !lines[0]?.startsWith("$ ")) continue;
    let end = 1;
    let command = (lines[0] as string).slice(2);
    while (shellWords(command) === null && end < lines.length) command += `\n${lines[end++]}`;
    found.push(example(command, (token.map?.[0] ?? 0) + 2, lines.slice(end)));
  }
  return found;
}

const linePattern = (shown: string) =>
  new RegExp(
    `^${shown
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );

/** Whether the printed lines are the shown ones, `…` lines standing for any run of lines. */
export function printsAsShown(shown: string[], printed: string[]): boolean {
  const memo = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    const line = shown[i];
    if (line === undefined) result = j === printed.length;
    else if (line.trim() === "…") result = from(i + 1, j) || (j < printed.length && from(i, j + 1));
    else {
      const actual = printed[j];
      result = actual !== undefined && linePattern(line).test(actual) && from(i + 1, j + 1);
    }
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}
