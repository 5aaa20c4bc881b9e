// The one place a name is written into SQL text: tables and columns, which DuckDB takes only as
// identifiers. Values — text, numbers, paths, lists, settings (SET … = $x) — are always bound as
// parameters (./bound.ts), never written in.

import { CivstatError } from "../schemas/basics/errors.js";

/**
 * A double-quoted identifier, its quotes doubled: any name (quotes, backslashes, line breaks,
 * keywords) reads back as itself. An empty name, or one with a NUL that would end the SQL text
 * early, is refused.
 */
export function sqlIdentifier(name: string): string {
  if (name === "" || name.includes("\0")) {
    throw new CivstatError("E_BAD_USAGE", `not a name SQL can hold: ${JSON.stringify(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}
