// Traditional characters to simplified with OpenCC, without changing the text's length, so that the
// simplified text shares the source map of the text it came from.

import { Converter, Locale } from "opencc-js/t2cn";

let convert: ((text: string) => string) | undefined;

/** The converter is built once, on first use. */
function converter(): (text: string) => string {
  const built = convert ?? Converter({ from: "t", to: "cn" });
  convert = built;
  return built;
}

/** A [source, replacement] pair; a source holds no space, a serialised dictionary always does. */
const isPair = (x: unknown[]): x is [string, string] =>
  x.length === 2 && typeof x[0] === "string" && typeof x[1] === "string" && !x[0].includes(" ");

/** The [source, replacement] entries of OpenCC dictionaries: "a b|c d" strings or pairs, in groups. */
function entriesOf(dicts: unknown, into: [string, string][]): [string, string][] {
  if (typeof dicts === "string" && dicts.includes(" ")) {
    for (const entry of dicts.split("|")) {
      const [source = "", replacement = ""] = entry.split(" ");
      into.push([source, replacement]);
    }
  } else if (Array.isArray(dicts)) {
    if (isPair(dicts)) into.push(dicts);
    else for (const dict of dicts) entriesOf(dict, into);
  } else if (typeof dicts === "object" && dicts !== null) {
    for (const dict of Object.values(dicts)) entriesOf(dict, into);
  }
  return into;
}

/**
 * What a text must hold for conversion to change it. Conversion only replaces a dictionary source
 * found in the text, and every source that changes has a witness: a unit that it changes (any of
 * its units when the lengths differ). A text with no source that changes converts to itself.
 */
interface Witnesses {
  /** Per UTF-16 unit: 0 witnesses nothing, 1 converts alone, 2 only inside the sources of `phrases`. */
  units: Uint8Array;
  /** The changing sources a unit of kind 2 witnesses. */
  phrases: Map<number, string[]>;
}

/** Null when the dictionaries cannot be read: then every text is converted. */
let witnesses: Witnesses | null | undefined;

/** Whether `text` is one character: one unit, or a surrogate pair. */
const isOneCharacter = (text: string): boolean =>
  text.length === 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);

function witnessesOf(entries: [string, string][]): Witnesses {
  const units = new Uint8Array(0x10000);
  const phrases = new Map<number, string[]>();
  const inPhrase = (unit: number, source: string) => {
    if (units[unit] === 1) return;
    units[unit] = 2;
    const sources = phrases.get(unit);
    if (sources === undefined) phrases.set(unit, [source]);
    else if (sources.at(-1) !== source) sources.push(source);
  };
  for (const [source, replacement] of entries) {
    if (source === replacement) continue;
    if (isOneCharacter(source)) {
      for (let i = 0; i < source.length; i++) units[source.charCodeAt(i)] = 1;
      continue;
    }
    // The units it changes; all of them when the replacement's length differs.
    const aligned = source.length === replacement.length;
    for (let i = 0; i < source.length; i++) {
      if (!aligned || source[i] !== replacement[i]) inPhrase(source.charCodeAt(i), source);
    }
  }
  return { units, phrases };
}

function loadWitnesses(): Witnesses | null {
  if (witnesses !== undefined) return witnesses;
  // What Converter({ from: "t", to: "cn" }) loads: the t2s configuration, or else the cn target.
  const entries = entriesOf([Locale.configs.t2s, Locale.to.cn], []);
  witnesses = entries.length > 0 ? witnessesOf(entries) : null;
  return witnesses;
}

/** Whether conversion might change `text`: it holds a source some dictionary entry changes. */
function mayChange(text: string, found: Witnesses | null): boolean {
  if (found === null) return true;
  const { units, phrases } = found;
  let looked: Set<number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const kind = units[unit];
    if (kind === 1) return true;
    if (kind !== 2 || looked?.has(unit)) continue;
    if (phrases.get(unit)?.some((phrase) => text.includes(phrase))) return true;
    looked = (looked ?? new Set()).add(unit);
  }
  return false;
}

const cache = new Map<string, string>();

/** One character (code point) converted alone; kept as it is when conversion would change its length. */
function simplifyChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const converted = converter()(ch);
    out = converted.length === ch.length ? converted : ch;
    cache.set(ch, out);
  }
  return out;
}

/** One line converted whole, or character by character when converting it whole changes its length. */
function simplifyLine(line: string): string {
  const whole = converter()(line);
  if (whole.length === line.length) return whole;
  let out = "";
  for (const ch of line) out += simplifyChar(ch);
  return out;
}

/**
 * Simplified text of the same length as `text`. Each line is converted whole, so that phrases are
 * converted as phrases (頭髮 → 头发, 乾隆 stays); a line whose conversion changes its length is
 * converted character by character instead. Lines holding no source that the dictionaries change
 * are left as they are.
 */
export function simplify(text: string): string {
  const found = loadWitnesses();
  if (!mayChange(text, found)) return text;
  return text
    .split("\n")
    .map((line) => (mayChange(line, found) ? simplifyLine(line) : line))
    .join("\n");
}
