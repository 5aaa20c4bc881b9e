// One statistic found in a sentence, normalised: what `civstat quantities` prints and what the fact
// extractor starts from.

/** How the text bounds the figure: 余/超/以上 more_than, 近/约/左右 nearly, 不低于 at_least, 不超过 at_most. */
export type Qualifier = "exact" | "more_than" | "nearly" | "at_least" | "at_most";

export type QuantityKind = "count" | "money" | "percent" | "ratio" | "duration" | "measure" | "number";

export interface Quantity {
  /** The whole span in the input, qualifier words and unit included: 3万余名, 不低于16.3万元/人/年, 超100场. */
  text: string;
  /** Span of `text` in the input (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** Span of the number itself (of both numbers for a range or a ratio). */
  numberStart: number;
  numberEnd: number;
  /** Normalised: 3万余 → 30000, 1.21亿元 → 121000000, 21.5% → 21.5, 十五 → 15; the low end of a range. */
  value: number;
  /** Upper end of a range: 65-70, 3—5年, 3000至5000元. */
  max?: number;
  /**
   * The two sides of a ratio as written, low ends of ranged sides: 70:1 → [70, 1], 1:(5-8) → [1, 5].
   * `value` is then the quotient (70:1 → 70, 1:3 → 0.333333) and, when a side is a range,
   * `value`/`max` are the lowest and highest quotients and `ratioMax` the sides' high ends.
   */
  ratio?: [number, number];
  /** High ends of the sides of a ratio with a ranged side: 1:(5-8) → [1, 8]. */
  ratioMax?: [number, number];
  /** Unit code: org, person, item, yuan, percent, hour, year …; "" when none. */
  unit: string;
  /** The unit as written: 名, 万元, %. */
  unitText: string;
  /** What the figure is per, when the text says: 人/年 in 16.3万元/人/年, 人每月 in 每人每月350元. */
  per?: string;
  qualifier: Qualifier;
  kind: QuantityKind;
}
