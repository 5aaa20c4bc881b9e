// Close names for a name that matched nothing: social_org.totl → social_org.total, 福田 → 福田区.

/** Edit distance between two strings, by characters (a CJK character counts one). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

/**
 * The candidates closest to `name`, best first: those containing it, then those
 * within a third of its length in edits. At most `limit`.
 */
export function closest(name: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return [];
  const scored = [...new Set(candidates)]
    .map((c) => {
      const lower = c.toLowerCase();
      const distance = editDistance(wanted, lower);
      return { c, score: lower.includes(wanted) ? distance / 100 : distance };
    })
    .filter(({ score }) => score < 1 || score <= Math.max(2, Math.ceil([...wanted].length / 3)));
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map(({ c }) => c);
}

/** `; did you mean a, b or c?` — or nothing when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[], limit = 3): string {
  const near = closest(name, candidates, limit);
  if (near.length === 0) return "";
  const list = near.length === 1 ? near[0] : `${near.slice(0, -1).join(", ")} or ${near[near.length - 1]}`;
  return `; did you mean ${list}?`;
}
