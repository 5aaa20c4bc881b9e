// The unit a table row's figure is counted in when the row says none: the unit its series counts in,
// and, of the units in 万 a caption lists for some rows each (单位：万人、个), the one its series takes.

import { METRICS } from "../../schemas/catalogue.js";
import { findQuantities } from "../quantities/quantities.js";

/** Units of whole things counted, in the order a bare figure tries them. */
export const COUNT_UNITS: readonly string[] = ["org", "item", "person"];

/**
 * The first unit of whole things a row's series fits (`metricIn`: the row's key in a unit), or that
 * series' own unit where it fits several (社工站: 个 or 家, counted as items); null when none fits.
 */
export function seriesUnit(metricIn: (unit: string) => string): string | null {
  const tried = COUNT_UNITS.find((u) => metricIn(u) !== "other");
  if (!tried) return null;
  const own = METRICS.get(metricIn(tried))?.unit;
  return own && COUNT_UNITS.includes(own) && metricIn(own) !== "other" ? own : tried;
}

/**
 * Of the units in 万 a caption lists, the one the row's series is counted in (注册志愿者 → 万人), or "";
 * `metricIn` gives the row's key with a unit's text and the unit it reads as.
 */
export function listedUnit(
  listed: readonly string[],
  metricIn: (unitText: string, unit: string) => string,
): string {
  return (
    listed.find((u) => {
      if (!u.startsWith("万")) return false;
      const unit = findQuantities(`1${u}`)[0]?.unit ?? "";
      return unit !== "" && metricIn(u, unit) !== "other";
    }) ?? ""
  );
}
