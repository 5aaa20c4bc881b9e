import { Resvg } from "@resvg/resvg-js";
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
