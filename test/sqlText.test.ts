import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { queryRows } from "../store/bound.js";
import { withDatabase } from "../store/database.js";
import { lockDown } from "../store/lockDown.js";
import { sqlIdentifier } from "../store/sqlName.js";

const ROOT = join(import.meta.dirname, "..");

const HOSTILE = [
  "plain",
  'we"ird',
  "it's",
  "back\\slash\\",
  "two\nlines\r\n",
  "社会 组织",
  '"; DROP TABLE t; --',
  "'); SELECT 1; --",
  "tab\there",
];

describe("names written into SQL", () => {
  it("read back as themselves, whatever they hold", async () => {
    const back = await withDatabase(":memory:", {}, async ({ connection }) => {
      const found: string[][] = [];
      for (const name of HOSTILE) {
        const table = sqlIdentifier(`t ${name}`);
        await connection.run(`CREATE TABLE ${table} (${sqlIdentifier(name)} INTEGER)`);
        await connection.run(`INSERT INTO ${table} VALUES (1)`);
        const rows = await queryRows(connection, {
          sql: "SELECT table_name, column_name FROM information_schema.columns WHERE table_name = $table",
          params: { table: `t ${name}` },
        });
        found.push(rows.map((r) => `${r.table_name}|${r.column_name}`));
        const [row] = await queryRows(connection, {
          sql: `SELECT ${sqlIdentifier(name)} AS v FROM ${table}`,
        });
        expect(row?.v).toBe(1);
      }
      return found;
    });
    expect(back).toEqual(HOSTILE.map((name) => [`t ${name}|${name}`]));
  });

  it("refuse an empty name and a NUL, which would end the SQL text early", () => {
    expect(() => sqlIdentifier("")).toThrow(/not a name SQL can hold: ""/);
    expect(() => sqlIdentifier("a\0b")).toThrow(/not a name SQL can hold: "a\\u0000b"/);
  });
});

describe("lockDown binds its values", () => {
  it("takes folders holding quotes, backslashes, line breaks and NUL as they are, one setting each", async () => {
    const dirs = ["/data/it's", "/data/x', 'y", "/data/back\\slash", "/data/two\nlines", "/data/nul\0here"];
    const settings = await withDatabase(":memory:", {}, async ({ connection }) => {
      await lockDown(connection, {
        limits: { memoryBytes: 512 * 1024 ** 2, seconds: 10 },
        readDirs: dirs,
        outputFiles: ["/out/q'.parquet"],
      });
      const [row] = await queryRows(connection, {
        sql: `SELECT current_setting('allowed_directories') AS dirs, current_setting('allowed_paths') AS paths,
                     current_setting('memory_limit') AS memory, current_setting('lock_configuration') AS locked`,
      });
      return row ?? {};
    });
    // DuckDB sorts the folders and adds its own temporary one.
    const given = (settings.dirs as string[]).filter((d) => d.startsWith("/data/"));
    expect(given.sort()).toEqual(dirs.map((d) => `${d}/`).sort());
    expect({ ...settings, dirs: undefined }).toEqual({
      dirs: undefined,
      paths: ["/out/q'.parquet"],
      memory: "488.2 MiB",
      locked: true,
    });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the sources", () => {
  const files = ["store", "report", "research", "bin", "pipeline"].flatMap(sourceFiles);

  it("quote no value into SQL by hand: no quote before an interpolation, no doubled quotes outside store/sqlName.ts", () => {
    const handQuoted = /'\$\{|replaceAll\(\s*["']'["']|replace\(\/'\/g|replaceAll\(\s*'"'\s*,\s*'""'\s*\)/;
    const found = files
      .filter((file) => file !== join("store", "sqlName.ts") && file !== join("report", "render", "csv.ts"))
      .filter((file) => handQuoted.test(readFileSync(join(ROOT, file), "utf8")))
      .map((file) => relative(ROOT, join(ROOT, file)));
    expect(found).toEqual([]);
  });
});
