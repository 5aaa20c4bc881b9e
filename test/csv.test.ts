import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultCsv } from "../report/csv.js";
import { BOM, csvText, toCsv } from "../report/render/csv.js";
import { formatRows } from "../report/render/format.js";
import { withDatabase } from "../store/database.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

/** An RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; an empty unquoted field is null. */
function readCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field === "" && !wasQuoted ? null : field);
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += ch;
    }
  }
  if (quoted) throw new Error("a quoted field is not closed");
  if (field !== "" || wasQuoted || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const VALUES: Record<string, unknown> = {
  fraction: 0.1234567891,
  third: 1 / 3,
  tiny: 1e-7,
  huge: 1e21,
  negative: -0.5,
  count: 751,
  bigint: 12345678901234567890n,
  day: new Date("2024-05-31T00:00:00Z"),
  instant: new Date("2024-05-31T08:30:15.250Z"),
  lines: "第一行\n第二行",
  crlf: "a\r\nb",
  quotes: 'say "hi", then go',
  spaces: "  padded  ",
  tab: "a\tb",
  empty: "",
  nothing: null,
  yes: true,
  list: ["社会团体", "基金会"],
  struct: { doc: "福民函〔2024〕25号", page: 1n },
};

const EXPECTED: Record<string, string | null> = {
  fraction: "0.1234567891",
  third: "0.3333333333333333",
  tiny: "1e-7",
  huge: "1e+21",
  negative: "-0.5",
  count: "751",
  bigint: "12345678901234567890",
  day: "2024-05-31",
  instant: "2024-05-31T08:30:15.250Z",
  lines: "第一行\n第二行",
  crlf: "a\r\nb",
  quotes: 'say "hi", then go',
  spaces: "  padded  ",
  tab: "a\tb",
  empty: "",
  nothing: null,
  yes: "true",
  list: "社会团体; 基金会",
  struct: '{"doc":"福民函〔2024〕25号","page":"1"}',
};

const COLUMNS = Object.keys(VALUES);

describe("CSV values", () => {
  it("are written whole: full-precision numbers, ISO dates, text as it is", () => {
    for (const [name, value] of Object.entries(VALUES)) {
      if (value !== null) expect([name, csvText(value)]).toEqual([name, EXPECTED[name]]);
    }
  });

  it("read back with an RFC 4180 reader to the same text, numbers and nulls", () => {
    const rows = readCsv(toCsv([VALUES, VALUES], COLUMNS));
    expect(rows[0]).toEqual(COLUMNS);
    expect(rows.slice(1)).toEqual([COLUMNS.map((c) => EXPECTED[c]), COLUMNS.map((c) => EXPECTED[c])]);
    const back = rows[1] as string[];
    for (const name of ["fraction", "third", "tiny", "huge", "negative", "count"])
      expect(Number(back[COLUMNS.indexOf(name)])).toBe(VALUES[name]);
    expect(BigInt(back[COLUMNS.indexOf("bigint")] as string)).toBe(VALUES.bigint);
  });

  it("read back with DuckDB's CSV reader, the byte order mark skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "civstat-csv-"));
    try {
      const path = join(dir, "values.csv");
      const text = toCsv([VALUES], COLUMNS, { bom: true });
      expect(text.startsWith(BOM)).toBe(true);
      writeFileSync(path, text);
      const read = await withDatabase(":memory:", {}, async ({ connection }) => {
        const reader = await connection.runAndReadAll(
          "SELECT * FROM read_csv($path, header = true, all_varchar = true, allow_quoted_nulls = false)",
          { path },
        );
        return { columns: reader.columnNames(), rows: reader.getRowsJS() };
      });
      expect(read.columns).toEqual(COLUMNS);
      expect(read.rows).toEqual([COLUMNS.map((c) => EXPECTED[c])]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("do not pass through the terminal's formatting", () => {
    const rows = [{ x: 0.1234567891, t: "a\nb" }];
    expect(formatRows("table", rows, ["x", "t"], { empty: "" })).toContain("0.123457  a b");
    expect(formatRows("csv", rows, ["x", "t"], { empty: "" })).toBe('x,t\n0.1234567891,"a\nb"\n');
    expect(formatRows("csv", rows, ["x"], { empty: "", bom: true })).toBe(`${BOM}x\n0.1234567891\n`);
  });

  it("in a report: citations written out, a TIMESTAMP whole, a DATE as its day", () => {
    const csv = resultCsv(
      {
        name: "q",
        columns: [
          { name: "at", type: "TIMESTAMP" },
          { name: "day", type: "DATE" },
          { name: "src", type: "STRUCT(label VARCHAR, doc VARCHAR, page INTEGER, text VARCHAR)" },
          { name: "note", type: "VARCHAR" },
        ],
        rows: [
          {
            at: new Date("2024-01-01T00:00:00Z"),
            day: new Date("2024-01-01T00:00:00Z"),
            src: { label: "765", doc: "福民函〔2024〕25号", page: 1, text: "共有社会组织765家" },
            note: "两行\n说明",
          },
        ],
      },
      { bom: true },
    );
    expect(readCsv(csv.slice(1))).toEqual([
      ["at", "day", "src", "note"],
      [
        "2024-01-01T00:00:00.000Z",
        "2024-01-01",
        "765（福民函〔2024〕25号，第1页：“共有社会组织765家”）",
        "两行\n说明",
      ],
    ]);
  });
});

describe("CSV from the commands", () => {
  let corpus: CorpusDb;
  beforeAll(async () => {
    corpus = await corpusDatabase(["txt"]);
  });
  afterAll(() => corpus?.remove());

  it("query --format csv --bom: every value whole", async () => {
    const sql = [
      "SELECT 0.1234567891::DOUBLE AS x, 'a' || chr(10) || 'b' AS t, NULL AS n, '' AS e,",
      "DATE '2024-05-31' AS d, 12345678901234567890::HUGEINT AS big, 'say \"hi\", ok' AS q,",
      "0.1234567891234567891::DECIMAL(38, 19) AS dec, 751.0 AS n2",
    ].join(" ");
    const result = await run(["query", sql, "--db", corpus.path, "--format", "csv", "--bom"]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(BOM)).toBe(true);
    expect(readCsv(result.stdout.slice(1))).toEqual([
      ["x", "t", "n", "e", "d", "big", "q", "dec", "n2"],
      [
        "0.1234567891",
        "a\nb",
        null,
        "",
        "2024-05-31",
        "12345678901234567890",
        'say "hi", ok',
        "0.1234567891234567891",
        "751",
      ],
    ]);
  });

  it("facts --format csv --bom --out: the same facts as jsonl, numbers exact", async () => {
    const out = join(corpus.dir, "facts.csv");
    const csv = await run(["facts", "--db", corpus.path, "--format", "csv", "--bom", "--out", out]);
    expect(csv.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    const jsonl = await run(["facts", "--db", corpus.path, "--format", "jsonl"]);
    const facts = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBe(facts.length);
    expect(rows.length).toBeGreaterThan(10);
    const at = (name: string) => (header as string[]).indexOf(name);
    rows.forEach((row, i) => {
      const fact = facts[i] as Record<string, unknown>;
      expect(Number(row[at("value")])).toBe(fact.value);
      expect(row[at("snippet")]).toBe(fact.snippet);
      expect(row[at("as_of")]).toBe(fact.as_of ?? null);
    });
  });

  it("checks, docs and catalogue take --bom; other formats refuse it (exit 2)", async () => {
    for (const command of ["checks", "docs"]) {
      const result = await run([command, "--db", corpus.path, "--format", "csv", "--bom"]);
      expect([command, result.code, result.stdout.startsWith(BOM)]).toEqual([command, 0, true]);
    }
    const catalogue = await run(["catalogue", "--format", "csv", "--bom"]);
    expect(catalogue.stdout.startsWith(`${BOM}key,label,`)).toBe(true);
    const refused = await run(["facts", "--db", corpus.path, "--format", "jsonl", "--bom"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--bom is for --format csv, not jsonl");
  });
});
