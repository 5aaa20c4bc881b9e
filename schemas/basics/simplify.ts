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

/** OpenCC dictionaries, nested in groups: serialised ("a b|c d", "a" replaced by "b") or pairs. */
interface Dictionaries {
  serialised: string[];
  pairs: [string, string][];
}

function dictionariesOf(dicts: unknown, into: Dictionaries): Dictionaries {
  if (typeof dicts === "string" && dicts.includes(" ")) into.serialised.push(dicts);
  else if (Array.isArray(dicts)) {
    if (isPair(dicts)) into.pairs.push(dicts);
    else for (const dict of dicts) dictionariesOf(dict, into);
  } else if (typeof dicts === "object" && dicts !== null) {
    for (const dict of Object.values(dicts)) dictionariesOf(dict, into);
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

/** Witnesses of the entries of dictionaries, read in place (no string made for most entries). */
class WitnessReader {
  readonly units = new Uint8Array(0x10000);
  readonly phrases = new Map<number, string[]>();
  entries = 0;

  /** The entry whose source is `from[s0, s1)` and replacement `to[r0, r1)`. */
  entry(from: string, s0: number, s1: number, to: string, r0: number, r1: number): void {
    this.entries++;
    const length = s1 - s0;
    const aligned = length === r1 - r0;
    let same = aligned;
    for (let i = 0; same && i < length; i++) same = from.charCodeAt(s0 + i) === to.charCodeAt(r0 + i);
    if (same) return;
    // One character (one unit, or a surrogate pair) converts alone.
    if (length === 1 || (length === 2 && (from.codePointAt(s0) ?? 0) > 0xffff)) {
      for (let i = s0; i < s1; i++) this.units[from.charCodeAt(i)] = 1;
      return;
    }
    // Else the units it changes witness it, all of them when the replacement's length differs.
    const source = from.slice(s0, s1);
    for (let i = 0; i < length; i++) {
      const unit = from.charCodeAt(s0 + i);
      if (aligned && unit === to.charCodeAt(r0 + i)) continue;
      if (this.units[unit] === 1) continue;
      this.units[unit] = 2;
      const sources = this.phrases.get(unit);
      if (sources === undefined) this.phrases.set(unit, [source]);
      else if (sources.at(-1) !== source) sources.push(source);
    }
  }

  /** Every entry of "source replacement|source replacement…" (words after the second are other readings). */
  serialised(dict: string): void {
    for (let start = 0; start < dict.length; ) {
      const found = dict.indexOf("|", start);
      const bar = found === -1 ? dict.length : found;
      const space = dict.indexOf(" ", start);
      if (space === -1 || space > bar) this.entry(dict, start, bar, dict, bar, bar);
      else {
        const next = dict.indexOf(" ", space + 1);
        this.entry(dict, start, space, dict, space + 1, next === -1 || next > bar ? bar : next);
      }
      start = bar + 1;
    }
  }
}

function loadWitnesses(): Witnesses | null {
  if (witnesses !== undefined) return witnesses;
  // What Converter({ from: "t", to: "cn" }) loads: the t2s configuration, or else the cn target.
  const found = dictionariesOf([Locale.configs.t2s, Locale.to.cn], { serialised: [], pairs: [] });
  const reader = new WitnessReader();
  for (const dict of found.serialised) reader.serialised(dict);
  for (const [source, replacement] of found.pairs) {
    reader.entry(source, 0, source.length, replacement, 0, replacement.length);
  }
  witnesses = reader.entries > 0 ? { units: reader.units, phrases: reader.phrases } : null;
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
