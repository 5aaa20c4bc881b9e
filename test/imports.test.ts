import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { type Arrow, relativeImports, wrongWay } from "./helpers/layers.js";

const ROOT = join(import.meta.dirname, "..");
const FOLDERS = ["schemas", "extractors", "pipeline", "store", "report", "research", "bin", "bench"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [relative(ROOT, path)] : [];
  });
}

const key = (a: Arrow) => `${a.from} -> ${a.to}`;

describe("the import order checker", () => {
  it("reads static, type-only, re-exported and dynamic relative imports", () => {
    const source = [
      'import { a } from "../schemas/fact.js";',
      'import type { B } from "./b.js";',
      'export { c } from "../../store/c.js";',
      'const d = await import("./d.js");',
      'import "./side.js";',
      'import { readFileSync } from "node:fs";',
    ].join("\n");
    expect(relativeImports("pipeline/run/x.ts", source).map((a) => a.to)).toEqual([
      "pipeline/schemas/fact.ts",
      "pipeline/run/b.ts",
      "store/c.ts",
      "pipeline/run/d.ts",
      "pipeline/run/side.ts",
    ]);
  });

  it("fails on an arrow the wrong way", () => {
    const arrows: Arrow[] = [
      { from: "extractors/context/place.ts", to: "pipeline/metadata/region.ts" },
      { from: "pipeline/run/run.ts", to: "store/database.ts" },
      { from: "schemas/basics/errors.ts", to: "schemas/document.ts" },
      { from: "store/load.ts", to: "report/render/format.ts" },
      { from: "report/report.ts", to: "bin/main.ts" },
      { from: "extractors/x.ts", to: "elsewhere/y.ts" },
    ];
    expect(wrongWay(arrows)).toEqual(arrows);
  });

  it("accepts arrows down the order, within a layer, and from bench and test", () => {
    const arrows: Arrow[] = [
      { from: "extractors/context/place.ts", to: "schemas/placeNames.ts" },
      { from: "extractors/context/place.ts", to: "schemas/basics/errors.ts" },
      { from: "pipeline/read/read.ts", to: "extractors/context/dates.ts" },
      { from: "store/load.ts", to: "pipeline/run/rows.ts" },
      { from: "report/report.ts", to: "store/database.ts" },
      { from: "research/search.ts", to: "report/render/format.ts" },
      { from: "bin/main.ts", to: "research/search.ts" },
      { from: "bench/bench.ts", to: "bin/main.ts" },
      { from: "test/x.test.ts", to: "store/database.ts" },
    ];
    expect(wrongWay(arrows)).toEqual([]);
  });
});

describe("imports go one way: schemas ← extractors ← pipeline ← store ← report, research ← bin", () => {
  const arrows = FOLDERS.flatMap((folder) =>
    sourceFiles(join(ROOT, folder)).flatMap((path) =>
      relativeImports(path, readFileSync(join(ROOT, path), "utf8")),
    ),
  );

  it("finds the imports it checks", () => {
    expect(arrows.length).toBeGreaterThan(300);
  });

  it("has no arrow the wrong way", () => {
    expect(wrongWay(arrows).map(key)).toEqual([]);
  });

  it("has only store/ import @duckdb/node-api", () => {
    const importers = FOLDERS.filter((f) => f !== "bench")
      .flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .filter((path) => /from\s*["']@duckdb\/node-api["']/.test(readFileSync(join(ROOT, path), "utf8")));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((path) => !path.startsWith("store/"))).toEqual([]);
  });
});
