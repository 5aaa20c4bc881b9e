import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "../bin/command.js";
import { main } from "../bin/main.js";

function fakeIo(stdin: Iterable<string> | AsyncIterable<string>) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const io: Io = {
    stdout: sink(out),
    stderr: sink(err),
    stdin: Readable.from(stdin),
    cwd: process.cwd(),
    env: {},
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

const LINES = [
  "截至2023年6月，全区共有846名在岗社会工作者、3万余名志愿者（义工）",
  "",
  "福民函〔2024〕25号",
  "整体打包费标准不低于16.3万元/人/年",
  "用3—5年时间",
  "信访案件按(65-70):1配备",
];

describe("civstat quantities", () => {
  it("prints one JSON line per input line in the contract's shape", async () => {
    const { io, stdout } = fakeIo([`${LINES.join("\n")}\n`]);
    expect(await main(["quantities", "--format", "jsonl"], io)).toBe(0);
    const rows = stdout()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.input)).toEqual(LINES);
    expect(rows[0]).toEqual({
      input: LINES[0],
      quantities: [
        { text: "846名", value: 846, unit: "person", qualifier: "exact" },
        { text: "3万余名", value: 30000, unit: "person", qualifier: "more_than" },
      ],
    });
    expect(rows[1].quantities).toEqual([]);
    expect(rows[2].quantities).toEqual([]);
    expect(rows[3].quantities).toEqual([
      { text: "不低于16.3万元/人/年", value: 163000, unit: "yuan", qualifier: "at_least", per: "人/年" },
    ]);
    expect(rows[4].quantities).toEqual([
      { text: "3—5年", value: 3, unit: "year", qualifier: "exact", max: 5 },
    ]);
    expect(rows[5].quantities).toEqual([
      {
        text: "(65-70):1",
        value: 65,
        unit: "ratio",
        qualifier: "exact",
        max: 70,
        ratio: [65, 1],
        ratioMax: [70, 1],
      },
    ]);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["input", "quantities"]);
      for (const q of row.quantities) {
        expect(Object.keys(q).slice(0, 4)).toEqual(["text", "value", "unit", "qualifier"]);
      }
    }
  });

  it("reads one text from its arguments, jsonl by default", async () => {
    const { io, stdout } = fakeIo([]);
    expect(await main(["quantities", "每人每月", "350", "元"], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual({
      input: "每人每月 350 元",
      quantities: [{ text: "350 元", value: 350, unit: "yuan", qualifier: "exact", per: "人每月" }],
    });
  });

  it("prints an aligned table, one row per quantity and a dash for a line without any", async () => {
    const { io, stdout } = fakeIo(["近 2000 家\n第3批\n"]);
    expect(await main(["quantities", "--format", "table"], io)).toBe(0);
    expect(stdout()).toMatchInlineSnapshot(`
      " line  text                               value  unit              qualifier  more
          1  近 2000 家                          2000  org               nearly
          2  —
      "
    `);
  });

  it("handles CRLF line ends and a byte-order mark", async () => {
    const { io, stdout } = fakeIo(["\uFEFF共 751 家\r\n超100场\r\n"]);
    expect(await main(["quantities"], io)).toBe(0);
    const rows = stdout()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.input)).toEqual(["共 751 家", "超100场"]);
    expect(rows.map((r) => r.quantities[0].value)).toEqual([751, 100]);
  });

  it("rejects an unknown format as bad usage", async () => {
    const { io, stderr } = fakeIo([]);
    expect(await main(["quantities", "--format", "xml", "3家"], io)).toBe(2);
    expect(stderr()).toContain("--format must be one of jsonl, table");
  });

  it("streams 20k lines: output starts long before the input ends", async () => {
    const total = 20_000;
    let written = 0;
    let seenHalfway = -1;
    async function* lines() {
      for (let i = 0; i < total; i++) {
        if (i === total / 2) seenHalfway = written;
        yield `第${i}批共${i}家社会组织\n`;
      }
    }
    const { io } = fakeIo(lines());
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk).split("\n").length - 1;
        done();
      },
    });
    expect(await main(["quantities"], { ...io, stdout })).toBe(0);
    expect(written).toBe(total);
    expect(seenHalfway).toBeGreaterThan(total / 4);
  });
});
