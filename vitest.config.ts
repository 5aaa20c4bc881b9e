import { defineConfig } from "vitest/config";
import SharedDatabasesFirst from "./test/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    sequence: { sequencer: SharedDatabasesFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // As bin/v8Flags.ts sets for civstat itself: a test file's work is too short for V8's default
    // optimising to pay back (in paired runs the suite took 4–5 s less, its CPU 10 s less).
    execArgv: ["--interrupt-budget=600000"],
    // One DuckDB thread a database, in the workers and the CLI processes tests start: the two
    // workers keep both cores busy, and a second thread only costs CPU on the suite's small
    // databases (in paired runs of the database-heavy files, 6–16% less CPU).
    env: { CIVSTAT_DUCKDB_THREADS: "1" },
    // One module graph a worker, not one a file: DuckDB, the segmenter's dictionaries and the
    // readers load once per worker instead of once per test file.
    isolate: false,
    // One a core: with less waiting on child processes than there was, a third worker on two cores
    // only adds contention (in four paired runs two took 0–18 s less, and less CPU).
    maxWorkers: 2,
    // Transformed modules kept on disk (under node_modules) between runs: a rerun transforms only
    // the files that changed.
    experimental: { fsModuleCache: true },
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test/.tmp/vitest.json" },
  },
});
