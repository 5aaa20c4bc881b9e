// A chart's legend drawn in SVG above it (so that PNGs keep it), wrapped to the chart's width:
// colour swatches for series, or the symbols of the marks (a filled dot, a hollow diamond).

export interface LegendItem {
  name: string;
  color: string;
  symbol: "square" | "dot" | "diamond" | "gap";
}

const ROW = 20;

/** Approximate width of text at 12 px: CJK characters 12 px, others 7. */
export const textWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 12 : 7), 0);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

function swatch(item: LegendItem, x: number, y: number): string {
  switch (item.symbol) {
    case "square":
      return `<rect x="${x}" y="${y + 4}" width="10" height="10" fill="${item.color}"/>`;
    case "dot":
      return `<circle cx="${x + 5}" cy="${y + 9}" r="4" fill="${item.color}"/>`;
    case "diamond":
      return `<path d="M${x + 5},${y + 3}l6,6l-6,6l-6,-6z" fill="none" stroke="${item.color}" stroke-width="1.5"/>`;
    case "gap":
      return `<path d="M${x - 4},${y + 9}h6m4,0h6" stroke="${item.color}" stroke-width="2"/>`;
  }
}

export function legendSvg(items: readonly LegendItem[], width: number): { svg: string; height: number } {
  const parts: string[] = [];
  const left = 8;
  let x = left;
  let y = 4;
  for (const item of items) {
    const w = 16 + textWidth(item.name) + 16;
    if (x > left && x + w > width) {
      x = left;
      y += ROW;
    }
    parts.push(
      `${swatch(item, x, y)}<text x="${x + 14}" y="${y + 13}" font-size="12" fill="currentColor">${escapeXml(item.name)}</text>`,
    );
    x += w;
  }
  return { svg: `<g class="legend">${parts.join("")}</g>`, height: y + ROW + 4 };
}
