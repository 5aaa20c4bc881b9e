// Where each point's label goes so that it crosses neither the line, nor a point, nor another label,
// and stays inside the chart: the first free place of above, above-right, above-left, below,
// below-right, below-left, right, left, then the same a line further out; when none is free, the
// one that collides least.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelInput {
  /** The point, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Offset of the text's anchor from the point, in pixels. */
  dx: number;
  dy: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

const GAP = 7;

function candidates(p: LabelInput): Placement[] {
  const { width: w, height: h } = p;
  const place = (dx: number, dy: number, anchor: Placement["anchor"]): Placement => {
    const left = anchor === "start" ? p.x + dx : anchor === "end" ? p.x + dx - w : p.x + dx - w / 2;
    return { dx, dy, anchor, box: { x: left, y: p.y + dy - h / 2, width: w, height: h } };
  };
  const up = -(GAP + h / 2);
  const down = GAP + h / 2;
  return [
    place(0, up, "middle"),
    place(4, up, "start"),
    place(-4, up, "end"),
    place(0, down, "middle"),
    place(4, down, "start"),
    place(-4, down, "end"),
    place(GAP, 0, "start"),
    place(-GAP, 0, "end"),
    // A line further out when the near places are taken.
    place(0, up - h, "middle"),
    place(4, up - h, "start"),
    place(-4, up - h, "end"),
    place(0, down + h, "middle"),
    place(4, down + h, "start"),
    place(-4, down + h, "end"),
  ];
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (x: number, y: number, b: Box) =>
  x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

function crosses(s: Segment, a: [number, number], b: [number, number]): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(s.x1, s.y1, s.x2, s.y2, a[0], a[1]) * side(s.x1, s.y1, s.x2, s.y2, b[0], b[1]) < 0 &&
    side(a[0], a[1], b[0], b[1], s.x1, s.y1) * side(a[0], a[1], b[0], b[1], s.x2, s.y2) < 0
  );
}

/** Whether a line segment passes through a box. */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  if (inside(s.x1, s.y1, b) || inside(s.x2, s.y2, b)) return true;
  const corners: [number, number][] = [
    [b.x, b.y],
    [b.x + b.width, b.y],
    [b.x + b.width, b.y + b.height],
    [b.x, b.y + b.height],
  ];
  return corners.some((c, i) => crosses(s, c, corners[(i + 1) % 4] as [number, number]));
}

function placeInOrder(
  labels: readonly LabelInput[],
  order: readonly number[],
  segments: readonly Segment[],
  dots: readonly Box[],
  bounds: Box,
): { placements: Placement[]; cost: number } {
  const placed: Box[] = [];
  const placements: Placement[] = new Array(labels.length);
  let total = 0;
  for (const i of order) {
    const label = labels[i] as LabelInput;
    let best: Placement | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const candidate of candidates(label)) {
      const b = candidate.box;
      const out =
        b.x < bounds.x ||
        b.y < bounds.y ||
        b.x + b.width > bounds.x + bounds.width ||
        b.y + b.height > bounds.y + bounds.height;
      const cost =
        (out ? 100 : 0) +
        10 * segments.filter((s) => segmentHitsBox(s, b)).length +
        10 * placed.filter((p) => overlaps(p, b)).length +
        5 * dots.filter((d) => overlaps(d, b)).length;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    const chosen = best as Placement;
    placed.push(chosen.box);
    placements[i] = chosen;
    total += bestCost;
  }
  return { placements, cost: total };
}

/**
 * Places the labels; `segments` are the drawn lines, `dots` the drawn points (as boxes) and
 * `bounds` the area labels must stay in. Each label takes the first free place in turn, in the
 * order given and then in reverse; the arrangement that collides least is kept.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  segments: readonly Segment[],
  dots: readonly Box[],
  bounds: Box,
): Placement[] {
  const forward = labels.map((_, i) => i);
  const first = placeInOrder(labels, forward, segments, dots, bounds);
  if (first.cost === 0) return first.placements;
  const second = placeInOrder(labels, [...forward].reverse(), segments, dots, bounds);
  return second.cost < first.cost ? second.placements : first.placements;
}
