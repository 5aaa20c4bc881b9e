// A figure as the scanner first reads it, before its context is weighed (quantityFilters) and it is
// shaped into a Quantity (quantities).

import type { Qualifier } from "../../schemas/quantity.js";
import type { Numeral } from "./quantityNumeral.js";
import type { UnitInfo } from "./units.js";

export interface Candidate {
  form: "plain" | "range" | "ratio" | "fraction";
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** The numerals read, in order: one, or two for a range or a fraction. */
  numerals: Numeral[];
  value: number;
  max?: number;
  ratio?: [number, number];
  ratioMax?: [number, number];
  unit: UnitInfo | null;
  /** Span of the written unit (empty when none). */
  unitStart: number;
  unitEnd: number;
  qualifier: Qualifier;
  per?: string;
  /** The unit came from the last item of a list: 811、766家. */
  shared?: boolean;
  /** Text consumed as no statistic at all (a time of day like 9:00): never reported. */
  skip?: boolean;
}

export const RATIO: UnitInfo = { code: "ratio", kind: "ratio", multiplier: 1 };
export const FRACTION: UnitInfo = { code: "fraction", kind: "ratio", multiplier: 1 };

/** Quotients and shares keep six significant digits: 1:3 → 0.333333. */
export const quotient = (a: number, b: number): number => Number((a / b).toPrecision(6));
