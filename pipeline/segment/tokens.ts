// Search tokens of Chinese text: every Han character, every pair of adjacent Han characters, the
// words of three or more characters jieba finds with the domain's terms kept whole (社会组织,
// 民办非企业单位, 党群服务中心), and runs of ASCII letters and digits, lowercased.
//
// Pairs let two-character queries (社工, 党建) find their passages whatever jieba makes of the
// sentence; single characters serve one-character queries; the long words reward a query that
// matches a whole term over one that matches its pieces. The same function tokenises the index and
// the query, so what a query looks for is what the index holds.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Jieba } from "@node-rs/jieba";
import { isHan } from "../../schemas/basics/chars.js";
import { foldChar } from "../../schemas/basics/fold.js";
import { simplify } from "../../schemas/basics/simplify.js";

const TERMS_FILE = "searchTerms.txt";

/** schemas/searchTerms.txt, found from the source tree (tests) or from dist/ (the built CLI). */
function termsPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, "..", "..", "schemas", TERMS_FILE),
    join(here, "..", "..", "..", "schemas", TERMS_FILE),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`search terms not found: ${candidates.join(" or ")}`);
  return found;
}

/** The user dictionary's lines (`word freq tag`), comments and blank lines dropped. */
export function domainTerms(text = readFileSync(termsPath(), "utf8")): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

let segmenter: Jieba | undefined;

/** jieba with its default dictionary and the domain's terms, built once on first use (about 0.3 s). */
function jieba(): Jieba {
  if (!segmenter) {
    // The dictionary file read here, not through @node-rs/jieba/dict.js: that module also reads
    // the 6 MB TF-IDF table and keeps both buffers for the life of the thread.
    const built = Jieba.withDict(
      readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt")),
    );
    built.loadDict(Buffer.from(`${domainTerms().join("\n")}\n`));
    segmenter = built;
  }
  return segmenter;
}

/** A word of at least three characters, all Han. */
function isLongHanWord(word: string): boolean {
  let characters = 0;
  for (const ch of word) {
    if (!isHan(ch.codePointAt(0) ?? 0)) return false;
    characters++;
  }
  return characters >= 3;
}

/** Words of at least three Han characters that jieba cuts the text into. */
export function longWords(text: string): string[] {
  return jieba().cut(text, true).filter(isLongHanWord);
}

/** Runs of Han characters, as arrays of characters (code points). */
function hanRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const ch of text) {
    if (isHan(ch.codePointAt(0) ?? 0)) run.push(ch);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const ASCII_WORD = /[0-9a-z]+(?:\.[0-9]+)?/g;

/** Index tokens of a sentence with their counts: characters, pairs, long words, ASCII words. */
export function indexTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  const runs = hanRuns(text);
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      add(run[i] as string);
      if (i + 1 < run.length) add(`${run[i]}${run[i + 1]}`);
    }
  }
  if (runs.some((run) => run.length >= 3)) for (const w of longWords(text)) add(w);
  for (const m of text.toLowerCase().matchAll(ASCII_WORD)) add(m[0]);
  return counts;
}

/** The total count of a sentence's tokens: its length for BM25. */
export function tokenCount(tokens: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const tf of tokens.values()) n += tf;
  return n;
}

/** A query as the index's text is: full-width forms folded, traditional characters simplified. */
export function normalizeQuery(query: string): string {
  let folded = "";
  for (const ch of query) folded += foldChar(ch);
  return simplify(folded).replace(/\s+/g, " ").trim();
}

/**
 * What a query looks for, each token once: a lone Han character stands for itself; a longer run of
 * Han characters for its pairs and the long words in it; ASCII words for themselves.
 */
export function queryTokens(query: string): string[] {
  const text = normalizeQuery(query);
  const tokens = new Set<string>();
  for (const run of hanRuns(text)) {
    if (run.length === 1) tokens.add(run[0] as string);
    for (let i = 0; i + 1 < run.length; i++) tokens.add(`${run[i]}${run[i + 1]}`);
    if (run.length >= 3) for (const w of longWords(run.join(""))) tokens.add(w);
  }
  for (const m of text.toLowerCase().matchAll(ASCII_WORD)) tokens.add(m[0]);
  return [...tokens];
}
