// The words around a quantity in its sentence: the clause it sits in, what comes before and after,
// and the brackets it is inside.

/** Clause ends: full and ASCII commas, semicolons, colons and sentence ends. */
const CLAUSE_END = new Set([..."，,；;。！？!?：:"]);
const OPEN = new Set([..."（(《“【「‘"]);
const CLOSE = new Set([..."）)》”】」’"]);

/** By UTF-16 code unit: 1 opens a bracket or quotation, -1 closes one. */
const BRACKET = new Int8Array(0x10000);
for (const ch of OPEN) BRACKET[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE) BRACKET[ch.charCodeAt(0)] = -1;

/** Bracket depth before each character (parentheses and quotes), never below 0. */
export function depths(text: string): number[] {
  const out = new Array<number>(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const bracket = BRACKET[text.charCodeAt(i)];
    if (bracket === -1 && depth > 0) depth--;
    out[i] = depth;
    if (bracket === 1) depth++;
  }
  return out;
}

/** A comma between digits groups thousands (2,870) and ends no clause. */
const endsClause = (text: string, i: number): boolean =>
  CLAUSE_END.has(text[i] ?? "") &&
  !(
    "，,".includes(text[i] ?? "") &&
    /\d/.test(text[i - 1] ?? "") &&
    /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))
  );

/** Where the text after the last of `marks` at or before `position` starts (0 when none is). */
export function startAfter(text: string, marks: string, position: number): number {
  let last = -1;
  for (const mark of marks) last = Math.max(last, text.lastIndexOf(mark, position));
  return last + 1;
}

/** The span of the clause holding [start, end): bounded by clause ends at the quantity's own depth. */
export function clauseAround(
  text: string,
  start: number,
  end: number,
  depth: readonly number[] = depths(text),
): [number, number] {
  const level = depth[start] ?? 0;
  let from = start;
  while (from > 0) {
    const d = depth[from - 1] ?? 0;
    if (d < level) break;
    if (d === level && endsClause(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const ch = text[to] ?? "";
    const d = depth[to] ?? 0;
    if (d < level || (CLOSE.has(ch) && d === level && level > 0)) break;
    if (d === level && endsClause(text, to)) break;
    to++;
  }
  return [from, to];
}

/** The opening bracket enclosing a position, or -1 at depth 0. */
export function enclosingOpen(text: string, at: number, depth: readonly number[] = depths(text)): number {
  const level = depth[at] ?? 0;
  if (level === 0) return -1;
  for (let i = at - 1; i >= 0; i--) {
    if ((depth[i] ?? 0) === level - 1 && OPEN.has(text[i] ?? "")) return i;
  }
  return -1;
}
