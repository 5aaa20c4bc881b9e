// The legacy build of pdf.js (the one Node 20 runs) carries core-js, which on loading puts its own
// code in place of built-ins it judges wrong in this engine: Array.prototype.push, some four times
// slower, and JSON.parse, for the whole process from then on, extraction included. It loads twice
// (the library, then its worker at the first document), so the built-ins are kept here, before
// either loads (every module that loads pdf.js imports this one first), and put back after each
// pdf.js read. What core-js adds (Promise.withResolvers, Uint8Array.prototype.toHex …) stays:
// pdf.js uses it.

const push = Array.prototype.push;
const parse = JSON.parse;

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== push) Array.prototype.push = push;
  if (JSON.parse !== parse) JSON.parse = parse;
}
