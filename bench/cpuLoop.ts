// The machine's speed at a moment: a fixed loop of integer arithmetic on one thread. On a shared
// virtual machine the same work takes a quarter longer at some hours than at others; the bench
// prints this beside its figures so runs can be told apart by the state of the machine.

/** Milliseconds for 4·10⁸ steps of a multiply-and-remainder loop (about 2.6 s on a quiet core here). */
export function cpuLoopMs(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 4e8; i++) x = (x * 31 + i) % 1000003;
  // The result is used, so the loop cannot be left out.
  if (x < 0) throw new Error("unreachable");
  return performance.now() - start;
}
