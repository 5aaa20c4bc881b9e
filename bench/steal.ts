// How much of the machine's CPU time the host took for itself (steal) while work ran, from Linux's
// /proc/stat; null elsewhere. On a shared virtual machine a run's wall time swings with it, so the
// bench prints it beside the times it explains.
import { existsSync, readFileSync } from "node:fs";

const STAT = "/proc/stat";

/** The all-CPU line's fields: user nice system idle iowait irq softirq steal …, in clock ticks. */
function cpuTicks(): number[] | null {
  if (!existsSync(STAT)) return null;
  const line = readFileSync(STAT, "utf8").split("\n")[0] ?? "";
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  return fields.length >= 8 ? fields : null;
}

/** Runs `work`: its result, and the share of CPU time stolen meanwhile (0–1, null where unknown). */
export function stealDuring<T>(work: () => T): { result: T; steal: number | null } {
  const before = cpuTicks();
  const result = work();
  const after = cpuTicks();
  if (!before || !after) return { result, steal: null };
  const delta = after.slice(0, 8).map((v, i) => v - (before[i] ?? 0));
  const total = delta.reduce((a, b) => a + b, 0);
  return { result, steal: total > 0 ? (delta[7] ?? 0) / total : null };
}
