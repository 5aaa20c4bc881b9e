import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { subsetFont } from "./fontSubset.js";
import type { FontFound } from "./fonts.js";

/**
 * A chart's SVG as PNG at twice its size, drawn with the given font file only (fontFiles, not
 * fontBuffers, and no system scan: both are slow); the chart's other font names fall back to it.
 */
export function svgToPng(svg: string, font: FontFound): Uint8Array {
  const family = font.family ?? undefined;
  const resvg = new Resvg(svg, {
    background: "white",
    fitTo: { mode: "zoom", value: 2 },
    font: {
      fontFiles: [font.path],
      loadSystemFonts: false,
      ...(family ? { defaultFontFamily: family, sansSerifFamily: family } : {}),
    },
  });
  return resvg.render().asPng();
}

export interface ChartRaster {
  png(svg: string): Uint8Array;
  /** Removes the subset font. */
  close(): void;
}

/**
 * Draws a report's charts with one font cut down to the characters of all of them (fontSubset.ts),
 * written to a temporary file for resvg; the whole font when it cannot be cut.
 */
export function chartRaster(svgs: readonly string[], font: FontFound): ChartRaster {
  const subset = subsetFont(readFileSync(font.path), font.family, svgs.join(""));
  if (!subset) return { png: (svg) => svgToPng(svg, font), close() {} };
  const dir = mkdtempSync(join(tmpdir(), "civstat-font-"));
  const path = join(dir, "charts.otf");
  writeFileSync(path, subset);
  return {
    png: (svg) => svgToPng(svg, { ...font, path }),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
