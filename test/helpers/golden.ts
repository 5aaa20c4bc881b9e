// Golden files: test/output/<case>/<name>. A missing golden is written locally but fails under
// CI=true; a mismatch writes <name>-changed.<ext> beside it and fails.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const OUTPUT = join(import.meta.dirname, "..", "output");

const changedPath = (path: string): string => path.replace(/(\.[^./]+)?$/, (ext) => `-changed${ext}`);

/** Compare `actual` with the golden file; returns a message when it differs, null when it matches. */
export function checkGolden(caseName: string, name: string, actual: string, root = OUTPUT): string | null {
  const path = join(root, caseName, name);
  const changed = changedPath(path);
  if (!existsSync(path)) {
    if (process.env.CI === "true") return `missing golden file ${path} (not written under CI=true)`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return null;
  }
  if (readFileSync(path, "utf8") === actual) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, actual);
  return `${path} differs: see ${changed}`;
}
