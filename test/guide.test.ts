// A command line that guides: close names for what matched nothing, help per command, shared options
// before the command, tables that fit the terminal.
import { describe, expect, it } from "vitest";
import { closest } from "../bin/suggest.js";
import { fitWidths } from "../report/render/format.js";
import { run } from "./helpers/io.js";

describe("close names", () => {
  it("puts names that hold what was written first, then those a few edits away", () => {
    expect(closest("福田", ["福建省", "福田区", "深圳市"])).toEqual(["福田区", "福建省"]);
    expect(closest("social_org.totl", ["social_org.total", "social_org", "social_work.workers"])).toEqual([
      "social_org.total",
      "social_org",
    ]);
    expect(closest("xyz", ["social_org.total"])).toEqual([]);
  });
});

describe("the command line", () => {
  it("suggests the command meant by a misspelt one", async () => {
    const result = await run(["ingets"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command: ingets; did you mean ingest?");
  });

  it("shows a command's help with civstat help <command>", async () => {
    const result = await run(["help", "draft"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^civstat draft/);
    expect((await run(["help", "dfaft"])).stderr).toContain("did you mean draft?");
  });

  it("takes --db before the command", async () => {
    const result = await run(["--db", "/nowhere/none.duckdb", "docs"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no database at /nowhere/none.duckdb");
  });

  it("lists the topics when a draft is asked for without one", async () => {
    const result = await run(["draft", "--region", "福田区", "--db", "/nowhere/none.duckdb"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give --topic, one or more of: social_org (社会组织基本情况)");
  });
});

describe("a table on a terminal", () => {
  it("cuts the widest columns first until it fits", () => {
    expect(fitWidths([18, 33, 30, 5, 4], [8, 6, 7, 5, 4], 80)).toEqual([18, 22, 23, 5, 4]);
    expect(fitWidths([18, 33, 30, 5, 4], [8, 6, 7, 5, 4])).toEqual([18, 33, 30, 5, 4]);
  });
});
