import { readFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Io } from "../bin/command.js";
import { main } from "../bin/main.js";
import { numbersIn } from "../extractors/quantities/standalone.js";
import type { Quantity } from "../schemas/quantity.js";

const CASES = readFileSync(new URL("./input/numbers-cases.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => {
    const [input = "", expected = ""] = line.split("\t");
    return [input, expected.trim()] as const;
  });

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Whether the quantities found are the expected ones: "value [unit]" items separated by " | ". */
function matches(got: Quantity[], expected: string): boolean {
  const want = expected === "-" ? [] : expected.split("|").map((item) => item.trim().split(/\s+/));
  return (
    got.length === want.length &&
    want.every(([value, unit], k) => {
      const q = got[k]!;
      if (!close(q.value, Number(value))) return false;
      return unit === undefined || (unit === "-" ? q.unit === "" : q.unit === unit);
    })
  );
}

const show = (qs: Quantity[]): string => qs.map((q) => `${q.value} ${q.unit || "-"}`).join(" | ") || "-";

describe("numbersIn: the case table", () => {
  it("has at least 400 cases, some of them with nothing to find", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(400);
    expect(CASES.filter(([, e]) => e === "-").length).toBeGreaterThan(40);
  });

  it.each(CASES)("%s", (input, expected) => {
    const got = numbersIn(input);
    expect(matches(got, expected) ? expected : show(got)).toBe(expected);
  });
});

// Writing numbers, to read them back.
const DIGITS = "零一二三四五六七八九";
const FINANCIAL: Record<string, string> = {
  一: "壹",
  二: "贰",
  三: "叁",
  四: "肆",
  五: "伍",
  六: "陆",
  七: "柒",
  八: "捌",
  九: "玖",
  十: "拾",
  百: "佰",
  千: "仟",
};

/** 0 < n < 10000 in Chinese, 零 written for each gap. */
function section(n: number, digit: (d: number) => string): string {
  let out = "";
  let gap = false;
  for (const [place, name] of [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
    [1, ""],
  ] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      gap = out !== "";
      continue;
    }
    if (gap) out += "零";
    gap = false;
    out += digit(d) + name;
  }
  return out;
}

/** 0 ≤ n < 10^16 in groups of four: Chinese digits, or Arabic digits with Chinese multipliers. */
function written(n: number, digit: (d: number) => string, arabic: boolean): string {
  if (n === 0) return arabic ? "0" : "零";
  const names = ["", "万", "亿", "万亿"];
  let out = "";
  let gap = false;
  for (let g = 3; g >= 0; g--) {
    const group = Math.floor(n / 10 ** (4 * g)) % 10000;
    if (group === 0) {
      gap = out !== "";
      continue;
    }
    if (out && (gap || group < 1000)) out += "零";
    gap = false;
    out += (arabic ? String(group) : section(group, digit)) + names[g];
  }
  return arabic ? out : out.replace(/^一十/, "十");
}

const plain = (d: number) => DIGITS[d]!;
const numbers = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 1e16);

describe("numbersIn reads back what a formatter writes", () => {
  const one = (text: string): number | null => {
    const found = numbersIn(text);
    return found.length === 1 ? found[0]!.value : null;
  };

  it("writes its own examples as expected", () => {
    expect(written(10003, plain, false)).toBe("一万零三");
    expect(written(1_0000_0000_0001, plain, false)).toBe("一万亿零一");
    expect(written(15, plain, false)).toBe("十五");
    expect(written(123_4567, plain, true)).toBe("123万4567");
    expect(written(1_0000_0005, plain, true)).toBe("1亿零5");
  });

  it("any integer in Chinese digits, financial digits, 两, or Arabic digits with multipliers", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        const chinese = written(n, plain, false);
        const financial = [...chinese].map((c) => FINANCIAL[c] ?? c).join("");
        const liang = chinese.replace(/二(?=[千万亿])/g, "两");
        return (
          one(chinese) === n &&
          one(financial) === n &&
          one(liang) === n &&
          one(written(n, plain, true)) === n &&
          one(String(n)) === n &&
          one(n.toLocaleString("en-US")) === n
        );
      }),
    );
  });

  it("with spaces after the multipliers, a sign, a decimal part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 999 }),
        (n, negative, cents) => {
          const spaced = written(n, plain, false).replace(/([十百千万亿])/g, "$1 ");
          const sign = negative ? -1 : 1;
          const decimals = String(cents).padStart(3, "0");
          const point = `${written(n, plain, false)}点${[...decimals].map((d) => DIGITS[Number(d)]).join("")}`;
          return (
            one(`${negative ? "负" : ""}${spaced}`) === sign * n &&
            one(`${negative ? "-" : ""}${n}.${decimals}`) === sign * Number(`${n}.${decimals}`) &&
            one(point) === Number(`${n}.${decimals}`)
          );
        },
      ),
    );
  });

  it("fractions, whole numbers with fractions, shares and money, exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e4 }),
        (below, above, whole) => {
          const [b, a, w] = [below, above, whole].map((n) => written(n, plain, false));
          return (
            one(`${b}分之${a}`) === above / below &&
            one(`${above}/${below}`) === above / below &&
            one(`${w}又${b}分之${a}`) === (whole * below + above) / below &&
            one(`百分之${a}`) === above &&
            one(`${whole}元${above % 10}角${below % 10}分`) ===
              (whole * 100 + (above % 10) * 10 + (below % 10)) / 100
          );
        },
      ),
    );
  });
});

function fakeIo(stdin: string) {
  const out: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out.push(String(chunk));
      done();
    },
  });
  const io: Io = { stdout: sink, stderr: sink, stdin: Readable.from([stdin]), cwd: process.cwd(), env: {} };
  return { io, stdout: () => out.join("") };
}

const TEXT_CHARS = [
  ..."0123456789,.，．０１２３〇零一二两三四五六七八九十百千万亿兆廿卅点壹贰拾佰仟萬億負负又分之元角 %‰-−/^eE+",
  ..."年月日号第个家名人元%：:()（）、—~至以上余多几来近约超不低于每一切",
];

describe("never throws, one output line per input line", () => {
  it("numbersIn returns finite values and spans inside the text for any string", () => {
    const check = (s: string) =>
      numbersIn(s).every(
        (q) => Number.isFinite(q.value) && s.slice(q.start, q.end) === q.text && q.start <= q.numberStart,
      );
    fc.assert(fc.property(fc.string({ maxLength: 60 }), check));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 60 }), check), {
      numRuns: 2000,
    });
  });

  it("civstat quantities prints each input line once, in order", async () => {
    const lines = fc.array(fc.string({ unit: fc.constantFrom(...TEXT_CHARS, " ", "\t"), maxLength: 30 }), {
      minLength: 1,
      maxLength: 20,
    });
    await fc.assert(
      fc.asyncProperty(lines, async (input) => {
        const { io, stdout } = fakeIo(`${input.join("\n")}\n`);
        if ((await main(["quantities", "--format", "jsonl"], io)) !== 0) return false;
        const rows = stdout()
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l) as { input: string });
        return rows.length === input.length && rows.every((r, k) => r.input === input[k]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("reading time grows linearly with the text", () => {
  const repeated = (unit: string, length: number) =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  /** Milliseconds to read `text` `times` times. */
  function timed(text: string, times: number): number {
    const start = performance.now();
    for (let k = 0; k < times; k++) numbersIn(text);
    return performance.now() - start;
  }

  /** Milliseconds a timing should last at least. */
  const TIMING_MS = 5;

  /**
   * Time a character at `length` against at an eighth of it: about 1 when reading is linear, 5 to 8
   * when it is quadratic. A ratio, not a time, so a busy machine does not fail it: the short text is
   * read eight times to a timing, so both time the same number of characters; each is read once
   * untimed, then twice in turn with the other, and the least time of each is kept.
   */
  function growth(unit: string, length: number): number {
    const long = repeated(unit, length);
    const short = repeated(unit, length / 8);
    timed(short, 8);
    // A text read in well under a millisecond is timed over several readings: a timing that short is
    // mostly the timer and a collection that happened to fall in it.
    const times = Math.max(1, Math.ceil(TIMING_MS / Math.max(timed(long, 1), 0.01)));
    let leastShort = Number.POSITIVE_INFINITY;
    let leastLong = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 2; run++) {
      leastShort = Math.min(leastShort, timed(short, 8 * times));
      leastLong = Math.min(leastLong, timed(long, times));
    }
    return leastLong / Math.max(leastShort, 0.001);
  }

  /** Above it, reading is not linear. */
  const LIMIT = 3;

  /**
   * The growth at its least over up to three measurements: a busy moment can slow one of them, but a
   * reader that is not linear is slow in every one.
   */
  function settledGrowth(unit: string, length: number): number {
    let least = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && least >= LIMIT; attempt++)
      least = Math.min(least, growth(unit, length));
    return least;
  }

  it("a line of 32,000 digits and 1万 written 16,000 times", () => {
    expect(settledGrowth("1", 32_000)).toBeLessThan(LIMIT);
    expect(settledGrowth("1万", 32_000)).toBeLessThan(LIMIT);
  });

  it("any short pattern of number characters, repeated to 8,000 characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...TEXT_CHARS, " "), minLength: 1, maxLength: 4 }),
        (unit) => settledGrowth(unit, 8_000) < LIMIT,
      ),
      // A slow case is slow to shrink too: report the first one found. Each run reads about 50,000
      // characters; eight draw new patterns on every run of the suite.
      { numRuns: 8, endOnFailure: true },
    );
  });
});
