// Simplification leaves alone the lines no dictionary entry can change; every other line must come
// out as OpenCC converts it (whole, or character by character where the whole changes length).
import fc from "fast-check";
import { Converter, Locale } from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { simplify } from "../schemas/basics/simplify.js";

const convert = Converter({ from: "t", to: "cn" });

/** The conversion of every line in full, as simplify did before it skipped any line. */
function reference(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const whole = convert(line);
      if (whole.length === line.length) return whole;
      return [...line].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join("");
    })
    .join("\n");
}

/** Every source of the t2s dictionaries (strings "source replacement|…", nested in groups). */
function sources(x: unknown): string[] {
  if (typeof x === "string") return x.split("|").flatMap((entry) => entry.split(" ").slice(0, 1));
  if (Array.isArray(x)) return x.flatMap(sources);
  if (typeof x === "object" && x !== null) return Object.values(x).flatMap(sources);
  return [];
}

const dictionary = [...new Set(sources(Locale.configs.t2s))].filter((s) => s !== "");

describe("simplify", () => {
  it("reads the dictionaries it converts with", () => {
    expect(dictionary.length).toBeGreaterThan(4000);
    expect(simplify("關於社會組織\n頭髮\n乾隆年間")).toBe("关于社会组织\n头发\n乾隆年间");
  });

  it("converts every dictionary source as OpenCC does, alone and among simplified text", () => {
    const lines = dictionary.flatMap((source) => [source, `社会${source}组织`]).join("\n");
    expect(simplify(lines).split("\n")).toEqual(reference(lines).split("\n"));
  });

  it("gives what converting every line gives, on any mix of characters and phrases", () => {
    const piece = fc.oneof(
      fc.constantFrom(...dictionary),
      fc.constantFrom(
        "社会",
        "组织",
        "覆盖",
        "反",
        "复",
        "坯",
        "干",
        "发",
        "，",
        "。",
        "\n",
        " ",
        "2024",
        "𠀀",
      ),
      fc.integer({ min: 0x3400, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(simplify(text)).toBe(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
