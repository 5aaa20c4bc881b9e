import { describe, expect, it } from "vitest";
import { commands } from "../bin/commands/registry.js";
import { run } from "./helpers/io.js";

describe("the command line", () => {
  it.each(Object.keys(commands))("civstat %s --help shows its usage, options and examples", async (name) => {
    const result = await run([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^civstat ${name}`));
    expect(result.stdout).toContain("Options:");
    expect(result.stdout).toContain("--debug");
  });

  it("lists every command with no arguments and exits 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    for (const name of Object.keys(commands)) expect(result.stdout).toContain(name);
  });

  it("names an unknown command and an unknown flag, exiting 2 without a stack", async () => {
    const unknown = await run(["ingets"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command: ingets");
    const flag = await run(["facts", "--formt", "csv"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--formt/);
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    const choice = await run(["docs", "--format", "xml"]);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("--format must be one of table, csv, jsonl; got xml");
  });

  it("prints its version", async () => {
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("lists the catalogue's keys with their Chinese labels", async () => {
    const result = await run(["catalogue", "--format", "jsonl"]);
    const keys = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(keys.find((k) => k.key === "social_org.total")).toMatchObject({ label: "社会组织", unit: "org" });
    expect(keys).toHaveLength(34);
  });
});
