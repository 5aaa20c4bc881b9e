// The charts' font cut to their characters: the right face of a collection, a few kilobytes, and
// the same picture as with the whole font.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { faceFamilies, subsetFont } from "../report/fontSubset.js";
import { findCjkFont } from "../report/fonts.js";
import { chartRaster, svgToPng } from "../report/raster.js";

const font = findCjkFont().found;
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24" font-size="14">数值 2024年</text></svg>';

describe.skipIf(font === null)("a font cut to a report's characters", () => {
  const whole = font ? readFileSync(font.path) : new Uint8Array();

  it("keeps the asked face of a collection, and only the characters given", () => {
    const subset = subsetFont(whole, font?.family ?? null, "数值2024年 ") as Uint8Array;
    expect(subset).not.toBeNull();
    expect(subset.byteLength).toBeLessThan(whole.byteLength / 50);
    const families = faceFamilies(subset);
    expect(families).toHaveLength(1);
    if (font?.family) expect(families[0]).toContain(font.family);
  });

  it("draws a chart as the whole font does", () => {
    const raster = chartRaster([SVG], font as NonNullable<typeof font>);
    try {
      expect(
        Buffer.from(raster.png(SVG)).equals(Buffer.from(svgToPng(SVG, font as NonNullable<typeof font>))),
      ).toBe(true);
    } finally {
      raster.close();
    }
  });
});
