// A header on two lines whose upper line names groups of columns and whose lower line repeats the
// same columns under each group: 单位数（个） | 职工人数（人） over 2022 | 2023 | 2022 | 2023. Its rows
// carry a label and a cell for every lower column, more cells than the upper line has.

export interface GroupedHeader {
  /** A column's own header, label column first: 项目 | 2022 | 2023 | 2022 | 2023. */
  header: string[];
  /** The group each column stands under: null | 单位数（个） | 单位数（个） | 职工人数（人） | 职工人数（人）. */
  groups: (string | null)[];
}

/**
 * The columns of `upper` over `lower`, when `lower` is one run of columns repeated once for each of
 * the upper line's groups (after a corner cell such as 项目, if it has one) and the first row under
 * them has a label and a cell for every lower column.
 */
export function groupedHeader(
  upper: readonly string[],
  lower: readonly string[],
  firstRowCells: number,
): GroupedHeader | null {
  const n = lower.length;
  if (firstRowCells !== n + 1) return null;
  for (let width = 2; width <= n / 2; width++) {
    if (n % width !== 0) continue;
    const count = n / width;
    if (upper.length !== count && upper.length !== count + 1) continue;
    if (!lower.every((cell, k) => cell === lower[k % width])) continue;
    const names = upper.slice(upper.length - count);
    if (new Set(names).size !== count) continue;
    return {
      header: [upper.length > count ? (upper[0] ?? "") : "", ...lower],
      groups: [null, ...lower.map((_, k) => names[Math.floor(k / width)] ?? null)],
    };
  }
  return null;
}
