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
 * UTF-16 units of which a text must hold one for conversion to change it: for every entry that
 * changes its source, the characters it changes (all of the source's when the lengths differ).
 * A conversion only replaces a dictionary source found in the text, so a text holding none of
 * these units converts to itself. Null when the dictionaries cannot be read: then every text is
 * converted.
 */
let witnesses: Uint8Array | null | undefined;

function witnessUnits(): Uint8Array | null {
  if (witnesses !== undefined) return witnesses;
  // What Converter({ from: "t", to: "cn" }) loads: the t2s configuration, or else the cn target.
  const entries = entriesOf([Locale.configs.t2s, Locale.to.cn], []);
  const units = new Uint8Array(0x10000);
  const mark = (ch: string) => {
    for (let i = 0; i < ch.length; i++) units[ch.charCodeAt(i)] = 1;
  };
  for (const [source, replacement] of entries) {
    if (source === replacement) continue;
    const from = [...source];
    const to = [...replacement];
    from.forEach((ch, i) => {
      if (from.length !== to.length || ch !== to[i]) mark(ch);
    });
  }
  witnesses = entries.length > 0 ? units : null;
  return witnesses;
}

/** Whether conversion might change `text`: it holds a unit some dictionary entry changes. */
function mayChange(text: string, units: Uint8Array | null): boolean {
  if (units === null) return true;
  for (let i = 0; i < text.length; i++) if (units[text.charCodeAt(i)] === 1) return true;
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
 * converted character by character instead. Lines without a character the dictionaries change are
 * left as they are.
 */
export function simplify(text: string): string {
  const units = witnessUnits();
  if (!mayChange(text, units)) return text;
  return text
    .split("\n")
    .map((line) => (mayChange(line, units) ? simplifyLine(line) : line))
    .join("\n");
}
