// The one-way order of the source folders: a file may import from its own layer or a lower one.
// schemas/basics ← schemas ← extractors ← pipeline ← store ← report, research ← bin; bench and test
// may import anything.
import { dirname, join, normalize } from "node:path";

const RANKS: ReadonlyArray<readonly [prefix: string, rank: number]> = [
  ["schemas/basics/", 0],
  ["schemas/", 1],
  ["extractors/", 2],
  ["pipeline/", 3],
  ["store/", 4],
  ["report/", 5],
  ["research/", 5],
  ["bin/", 6],
  ["bench/", 7],
  ["test/", 7],
];

export interface Arrow {
  from: string;
  to: string;
}

/** The layer rank of a repository path, or null for a path outside the layered folders. */
export function rankOf(path: string): number | null {
  return RANKS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;
}

const SPECIFIER =
  /\bfrom\s*["'](\.{1,2}\/[^"']*)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)|^\s*import\s*["'](\.{1,2}\/[^"']*)["']/gm;

/** The relative imports of one source file, resolved to repository paths (`.js` read as `.ts`). */
export function relativeImports(path: string, source: string): Arrow[] {
  return [...source.matchAll(SPECIFIER)].map((m) => {
    const specifier = m[1] ?? m[2] ?? m[3] ?? "";
    return { from: path, to: normalize(join(dirname(path), specifier)).replace(/\.js$/, ".ts") };
  });
}

/** Arrows that point up the order, or into or out of a folder with no place in it. */
export function wrongWay(arrows: readonly Arrow[]): Arrow[] {
  return arrows.filter(({ from, to }) => {
    const a = rankOf(from);
    const b = rankOf(to);
    return a === null || b === null || b > a;
  });
}
