// The folder the suite's shared databases are built in, by the first test worker that needs them
// (helpers/sharedDatabases.ts), so that workers start on the tests that need none at once. Removed
// when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "civstat-suite-"));
  project.provide("sharedDatabasesDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
