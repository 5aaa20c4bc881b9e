import { describe, expect, it } from "vitest";
import { placeLabels, segmentHitsBox } from "../report/render/labelPlacement.js";

const bounds = { x: 0, y: 0, width: 400, height: 200 };

describe("placeLabels", () => {
  it("puts a label above its point when nothing is there", () => {
    const [p] = placeLabels([{ x: 200, y: 100, width: 60, height: 14 }], [], [], bounds);
    expect(p?.anchor).toBe("middle");
    expect(p?.dy).toBeLessThan(0);
  });

  it("keeps a label off a line rising through the place above its point", () => {
    const line = { x1: 100, y1: 150, x2: 300, y2: 20 };
    const [p] = placeLabels([{ x: 200, y: 85, width: 80, height: 14 }], [line], [], bounds);
    expect(segmentHitsBox(line, p?.box ?? { x: 0, y: 0, width: 0, height: 0 })).toBe(false);
  });

  it("keeps two labels of close points apart and inside the chart", () => {
    const labels = [
      { x: 10, y: 10, width: 90, height: 14 },
      { x: 30, y: 14, width: 90, height: 14 },
    ];
    const [a, b] = placeLabels(labels, [], [], bounds);
    const overlap =
      (a?.box.x ?? 0) < (b?.box.x ?? 0) + 90 &&
      (b?.box.x ?? 0) < (a?.box.x ?? 0) + 90 &&
      (a?.box.y ?? 0) < (b?.box.y ?? 0) + 14 &&
      (b?.box.y ?? 0) < (a?.box.y ?? 0) + 14;
    expect(overlap).toBe(false);
    for (const p of [a, b]) expect(p?.box.x).toBeGreaterThanOrEqual(0);
    for (const p of [a, b]) expect(p?.box.y).toBeGreaterThanOrEqual(0);
  });

  it("finds room for four crowded labels, one of a figure set aside, on a phone-wide chart", () => {
    const labels = [
      { x: 90, y: 67.8, width: 73, height: 14 },
      { x: 158.2, y: 77, width: 116, height: 14 },
      { x: 289.7, y: 79.8, width: 116, height: 14 },
      { x: 158.6, y: 76.8, width: 85, height: 14 },
    ];
    const line = [
      { x1: 90, y1: 67.8, x2: 158.2, y2: 77 },
      { x1: 158.2, y1: 77, x2: 289.7, y2: 79.8 },
    ];
    const dots = labels.map((l) => ({ x: l.x - 5, y: l.y - 5, width: 10, height: 10 }));
    const placed = placeLabels(labels, line, dots, { x: 48, y: 2, width: 310, height: 228 }).map(
      (p) => p.box,
    );
    for (const [i, a] of placed.entries()) {
      for (const s of line) expect(segmentHitsBox(s, a)).toBe(false);
      for (const b of placed.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    }
  });
});

describe("segmentHitsBox", () => {
  it("tells a segment crossing a box from one passing by", () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 30 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 0 }, box)).toBe(false);
  });
});
