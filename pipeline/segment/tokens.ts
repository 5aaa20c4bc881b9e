// Search tokens of Chinese text: every Han character, every pair of adjacent Han characters, the
// words of three or more characters jieba finds in a query with the domain's terms kept whole
// (社会组织, 民办非企业单位, 党群服务中心), and runs of ASCII letters and digits, lowercased.
//
// Pairs let two-character queries (社工, 党建) find their passages whatever the words around them;
// single characters serve one-character queries; the long words reward a sentence that holds a
// whole term over one that holds its pieces. Only the query is tokenised: a token's occurrences
// are counted in a sentence's text when searching (store/bm25.ts), so ingest stores no token rows
// and needs no jieba; it stores each sentence's length in tokens (textTokens.ts).

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Jieba } from "@node-rs/jieba";
import { isHan } from "../../schemas/basics/chars.js";
import { foldChar } from "../../schemas/basics/fold.js";
import { simplify } from "../../schemas/basics/simplify.js";
import { asciiWords, hanRuns } from "./textTokens.js";

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
  for (const word of asciiWords(text)) tokens.add(word);
  return [...tokens];
}
