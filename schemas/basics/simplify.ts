// Traditional characters to simplified with OpenCC, without changing the text's length, so that the
// simplified text shares the source map of the text it came from.

import { Converter } from "opencc-js/t2cn";

let convert: ((text: string) => string) | undefined;

/** The converter is built once, on first use. */
function converter(): (text: string) => string {
  const built = convert ?? Converter({ from: "t", to: "cn" });
  convert = built;
  return built;
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

/**
 * Simplified text of the same length as `text`. Each line is converted whole, so that phrases are
 * converted as phrases (頭髮 → 头发, 乾隆 stays); a line whose conversion changes its length is
 * converted character by character instead.
 */
export function simplify(text: string): string {
  const convertLine = converter();
  return text
    .split("\n")
    .map((line) => {
      const whole = convertLine(line);
      if (whole.length === line.length) return whole;
      let out = "";
      for (const ch of line) out += simplifyChar(ch);
      return out;
    })
    .join("\n");
}
