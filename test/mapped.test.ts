// Mapped text: every step that rewrites a line keeps one source position per UTF-16 unit. The
// builder and the rewriting helpers are checked against a plain model: an array of [unit, page,
// offset] triples.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldChar } from "../schemas/basics/fold.js";
import {
  type Mapped,
  MappedBuilder,
  removeRanges,
  replaceMapped,
  sliceMapped,
} from "../schemas/basics/mapped.js";

type Unit = [string, number, number];

const unitsOf = (m: Mapped): Unit[] =>
  [...Array(m.text.length).keys()].map((i) => [m.text[i] as string, m.page[i] ?? 0, m.offset[i] ?? 0]);

const expectWhole = (m: Mapped) => {
  expect(m.page.length).toBe(m.text.length);
  expect(m.offset.length).toBe(m.text.length);
};

/** A line of a page as the source lines are made: page `page`, offsets from `start` on. */
function sourceLine(text: string, page = 1, start = 0): Mapped {
  const offsets = [...Array(text.length).keys()];
  return { text, page: offsets.map(() => page), offset: offsets.map((k) => start + k) };
}

/** The units of `text`, each with one position. */
const unitsAt = (text: string, page: number, offset: number): Unit[] =>
  [...Array(text.length).keys()].map((k) => [text[k] as string, page, offset]);

const pieces = [
  "社会",
  "組織",
  "**",
  "__",
  "<b>",
  "&amp;",
  " ",
  "\t",
  "　",
  "２０２４",
  "Ａ",
  "，",
  "\u200b",
  "𠀀",
  "|",
  "#",
  "x",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(""));
const line = fc
  .tuple(text, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100 }))
  .map(([t, p, s]) => sourceLine(t, p, s));

type Op =
  | { op: "push"; text: string; page: number; offset: number }
  | { op: "slice"; start: number; end: number }
  | { op: "from"; i: number; text?: string }
  | { op: "trimTabs" }
  | { op: "build" };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("push" as const), text, page: fc.nat(9), offset: fc.nat(99) }),
  fc.record({ op: fc.constant("slice" as const), start: fc.nat(30), end: fc.nat(30) }),
  fc.record({ op: fc.constant("from" as const), i: fc.nat(30), text: fc.option(text, { nil: undefined }) }),
  fc.constant({ op: "trimTabs" as const }),
  fc.constant({ op: "build" as const }),
);

describe("MappedBuilder", () => {
  it("appends, slices and trims as a list of units with their positions would", () => {
    fc.assert(
      fc.property(line, fc.array(op, { maxLength: 12 }), (src, ops) => {
        const builder = new MappedBuilder();
        const model: Unit[] = [];
        const built: [Mapped, Unit[]][] = [];
        const srcUnits = unitsOf(src);
        for (const o of ops) {
          if (o.op === "push") {
            builder.push(o.text, o.page, o.offset);
            model.push(...unitsAt(o.text, o.page, o.offset));
          } else if (o.op === "slice") {
            const end = Math.min(o.end, src.text.length);
            builder.slice(src, o.start, end);
            model.push(...srcUnits.slice(o.start, Math.max(o.start, end)));
          } else if (o.op === "from") {
            if (o.i >= src.text.length) continue;
            builder.from(src, o.i, o.text);
            const [unit, page, offset] = srcUnits[o.i] as Unit;
            model.push(...unitsAt(o.text ?? unit, page, offset));
          } else if (o.op === "trimTabs") {
            builder.trimEnd((u) => u === "\t" || u === " ");
            while (model.length > 0 && [" ", "\t"].includes(model.at(-1)?.[0] ?? "")) model.pop();
          } else {
            built.push([builder.build(), model.slice()]);
          }
          expect(builder.length).toBe(model.length);
          expect(builder.last()).toBe(model.at(-1)?.[0] ?? "");
        }
        built.push([builder.build(), model.slice()]);
        // What was built earlier is not changed by what the builder did after.
        for (const [m, units] of built) {
          expectWhole(m);
          expect(unitsOf(m)).toEqual(units);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("rewriting mapped text", () => {
  it("removes ranges unit by unit, in any order and overlapping", () => {
    const range = fc.tuple(fc.nat(30), fc.nat(30));
    fc.assert(
      fc.property(line, fc.array(range, { maxLength: 4 }), (src, ranges) => {
        const out = removeRanges(src, ranges);
        const kept = unitsOf(src).filter((_, i) => !ranges.some(([s, e]) => i >= s && i < e));
        expectWhole(out);
        expect(unitsOf(out)).toEqual(kept);
      }),
      { numRuns: 300 },
    );
  });

  it("replaces matches with text at the match's first position, and keeps the rest", () => {
    fc.assert(
      fc.property(
        line,
        fc.constantFrom(/\*\*/, /<[a-z]+>/g, /[社組]/g, /x?/g),
        fc.constantFrom("", "-", "<>"),
        (src, pattern, by) => {
          const out = replaceMapped(src, pattern, (m) => (m[0] === "社" ? null : by));
          const units = unitsOf(src);
          const model: Unit[] = [];
          const global = new RegExp(pattern.source, "g");
          let at = 0;
          for (const m of src.text.matchAll(global)) {
            if (m[0] === "" || m[0] === "社") continue;
            model.push(...units.slice(at, m.index));
            const [, page, offset] = units[m.index] as Unit;
            model.push(...unitsAt(by, page, offset));
            at = m.index + m[0].length;
          }
          model.push(...units.slice(at));
          expectWhole(out);
          expect(unitsOf(out)).toEqual(model);
          expect(pattern.lastIndex).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("slices with positions", () => {
    const src = sourceLine("福田区民政局", 2, 10);
    expect(unitsOf(sliceMapped(src, 1, 3))).toEqual([
      ["田", 2, 11],
      ["区", 2, 12],
    ]);
  });
});

describe("folding", () => {
  it("folds every UTF-16 unit as foldChar does", () => {
    const changed: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      if (fold(sourceLine(ch)).text !== foldChar(ch)) changed.push(ch);
    }
    expect(changed).toEqual([]);
  });

  it("folds each unit as foldChar does, dropping what it drops, positions kept", () => {
    const unit = fc.oneof(
      fc.constantFrom(..."　\u00a0\u200b\ufeff\r\f！（），：；？０９ＡＺａｚ＃％～、。“”社"),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((u) => u.join("")),
        fc.nat(5),
        (t, page) => {
          const src = sourceLine(t, page, 3);
          const model = unitsOf(src).flatMap(([u, p, o]) => {
            const f = foldChar(u);
            return f === "" ? [] : [[f, p, o] as Unit];
          });
          const out = fold(src);
          expectWhole(out);
          expect(unitsOf(out)).toEqual(model);
        },
      ),
      { numRuns: 300 },
    );
  });
});
