import { once } from "node:events";
import { createInterface } from "node:readline";
import { numbersIn } from "../../extractors/quantities/standalone.js";
import { displayWidth } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { Quantity } from "../../schemas/quantity.js";
import { type Command, choice, type Io } from "../command.js";
import { formatOption } from "../options.js";

const FORMATS = ["jsonl", "table"] as const;
type Format = (typeof FORMATS)[number];

/** The contract's shape of one quantity: text, value, unit, qualifier, and max, ratio, per when present. */
export function quantityJson(q: Quantity): Record<string, unknown> {
  return {
    text: q.text,
    value: q.value,
    unit: q.unit || null,
    qualifier: q.qualifier,
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.ratio ? { ratio: q.ratio } : {}),
    ...(q.ratioMax ? { ratioMax: q.ratioMax } : {}),
    ...(q.per !== undefined ? { per: q.per } : {}),
  };
}

const COLUMNS: [string, number, "left" | "right"][] = [
  ["line", 5, "right"],
  ["text", 24, "left"],
  ["value", 14, "right"],
  ["unit", 16, "left"],
  ["qualifier", 9, "left"],
];

function cell(text: string, width: number, align: "left" | "right"): string {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? pad + text : text + pad;
}

function row(values: string[], extra: string): string {
  const cells = COLUMNS.map(([, width, align], i) => cell(values[i] ?? "", width, align));
  return `${[...cells, extra].join("  ").trimEnd()}\n`;
}

function tableRows(n: number, quantities: Quantity[]): string {
  if (!quantities.length) return row([String(n), "—"], "");
  return quantities
    .map((q) => {
      const extra = [
        q.max !== undefined ? `max ${q.max}` : "",
        q.ratio ? `ratio ${q.ratio.join(":")}${q.ratioMax ? ` to ${q.ratioMax.join(":")}` : ""}` : "",
        q.per ? `per ${q.per}` : "",
      ].filter(Boolean);
      return row([String(n), q.text, String(q.value), q.unit || "-", q.qualifier], extra.join(", "));
    })
    .join("");
}

function render(format: Format, n: number, input: string): string {
  const quantities = numbersIn(input);
  if (format === "table") return tableRows(n, quantities);
  return `${JSON.stringify({ input, quantities: quantities.map(quantityJson) })}\n`;
}

async function write(io: Io, text: string): Promise<void> {
  if (!io.stdout.write(text)) await once(io.stdout, "drain");
}

export const quantities: Command = {
  name: "quantities",
  summary: "Parse the quantities (counts, money, shares, ranges, ratios) in lines of text.",
  positionals: [
    { name: "text", description: "a text to parse; without it, lines are read from stdin", variadic: true },
  ],
  options: {
    format: formatOption(FORMATS, "jsonl"),
  },
  details: `Prints one line per input line. Values are normalised: 3万余名 is 30000 person more_than,
1.21亿元 is 121000000 yuan, 21.5% is 21.5 percent. Dates, document numbers, telephone numbers,
headings and ordinals are left out.

Examples:
  civstat quantities "截至2024年5月底，福田区登记的社会组织共751家"
  civstat quantities --format table < sentences.txt`,
  async run({ values, positionals }, io) {
    const format = choice(values.format, FORMATS, "format");
    if (positionals.length) {
      await write(
        io,
        (format === "table"
          ? row(
              COLUMNS.map(([name]) => name),
              "more",
            )
          : "") + render(format, 1, positionals.join(" ")),
      );
      return 0;
    }
    if (io.stdin.isTTY) {
      throw new CivstatError(
        "E_BAD_USAGE",
        "give a text, or pipe lines on stdin (see civstat quantities --help)",
      );
    }
    if (format === "table")
      await write(
        io,
        row(
          COLUMNS.map(([name]) => name),
          "more",
        ),
      );
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const line of lines) {
      n++;
      await write(io, render(format, n, n === 1 ? line.replace(/^\uFEFF/, "") : line));
    }
    return 0;
  },
};
