// The series rule (store/series.ts) over many documents: a figure repeated by many documents is one
// point citing them all, and of many figures for one date the latest document's stands and every
// other gives way to it, named once, not paired with every other figure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../store/database.js";
import { defineSeriesViews } from "../store/series.js";
import { run } from "./helpers/io.js";

const REPEATS = 12;
const tmp = mkdtempSync(join(tmpdir(), "civstat-series-"));
const db = join(tmp, "series.duckdb");

/** A reply of the district bureau, numbered n and signed on that day of June 2023. */
const reply = (n: number, day: number, body: string) =>
  `深圳市福田区民政局\n\n福民函〔2023〕${n}号\n\n关于社区服务的答复\n\n${body}\n\n福田区民政局\n\n2023年6月${day}日\n`;

beforeAll(async () => {
  const folder = join(tmp, "docs");
  mkdirSync(folder);
  for (let i = 1; i <= REPEATS; i++) {
    // Every reply repeats the same year figure, and each gives its own count for one date.
    const body = `2021年，福田区共有社会组织900家。截至2022年6月30日，福田区共有社会组织${800 + i}家。`;
    writeFileSync(join(folder, `reply-${i}.txt`), reply(100 + i, i, body));
  }
  const result = await run(["ingest", folder, "--db", db]);
  if (result.code !== 0) throw new Error(`ingest failed (${result.code}):\n${result.stderr}`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const query = (sql: string) =>
  withDatabase(db, { readOnly: true }, async ({ connection }) => {
    await defineSeriesViews(connection);
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  });

describe("series over many documents", () => {
  it("makes a figure that every document repeats one point with all its sources", async () => {
    const rows = await query(
      "SELECT value, cite, sources, source_cites FROM series_points WHERE metric = 'social_org.total' AND as_of = '2021'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 900, sources: String(REPEATS), cite: "福民函〔2023〕112号" });
    const cites = rows[0]?.source_cites as string[] | undefined;
    expect(cites).toHaveLength(REPEATS);
    expect(cites?.[0]).toBe("福民函〔2023〕112号");
  });

  it("keeps the latest document's figure for a date and sets each other aside once, naming it", async () => {
    const points = await query(
      "SELECT value, cite FROM series_points WHERE metric = 'social_org.total' AND as_of = '2022-06-30'",
    );
    expect(points).toEqual([{ value: 800 + REPEATS, cite: "福民函〔2023〕112号" }]);
    const flags = await query(
      `SELECT as_of, value, other_as_of, other_value, other_cite FROM series_flags
       WHERE metric = 'social_org.total' ORDER BY value`,
    );
    expect(flags).toHaveLength(REPEATS - 1);
    expect(flags[0]).toMatchObject({ as_of: "2022-06-30", value: 801, other_value: 800 + REPEATS });
    expect(new Set(flags.map((f) => f.other_cite))).toEqual(new Set(["福民函〔2023〕112号"]));
  });

  it("sets a year figure aside for a differing figure dated in that year", async () => {
    const folder = join(tmp, "year");
    mkdirSync(folder);
    writeFileSync(join(folder, "year.txt"), reply(200, 1, "2022年，福田区共有社会组织780家。"));
    const result = await run(["ingest", folder, "--db", db]);
    expect(result.code).toBe(0);
    const flags = await query(
      "SELECT as_of, value, other_as_of, other_value FROM series_flags WHERE as_of = '2022' AND metric = 'social_org.total'",
    );
    expect(flags).toEqual([
      { as_of: "2022", value: 780, other_as_of: "2022-06-30", other_value: 800 + REPEATS },
    ]);
  });
});
