// The value axis of a chart: a domain of round numbers covering the data, with about five ticks;
// whole-number ticks for counts (no 80.5 families).

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

export function valueAxis(values: readonly number[]): ValueAxis {
  if (!values.length) return { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const counts = values.every(Number.isInteger);
  const raw = Math.max(counts ? 1 : Number.MIN_VALUE, (max - min) / 5) || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const ticks: number[] = [];
  const n = Math.round((hi - lo) / step);
  for (let i = 0; i <= n; i++) ticks.push(Number((lo + i * step).toPrecision(12)));
  return { domain: [lo, hi], ticks };
}
