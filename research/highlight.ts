// Where a query's tokens occur in a sentence, a window of a long sentence around the first of them,
// and the sentence with those places marked: in colour for a terminal, with ** otherwise.

/** [start, end) in UTF-16 code units, sorted, not overlapping. */
export type Span = [number, number];

/** Every occurrence of every token (ASCII case ignored), overlapping and touching ones merged. */
export function highlightSpans(text: string, tokens: readonly string[]): Span[] {
  const haystack = text.toLowerCase();
  const found: Span[] = [];
  for (const token of tokens) {
    const needle = token.toLowerCase();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      found.push([at, at + needle.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * At most `max` characters of `text`, starting a little before the first span, with "…" where it
 * was cut; the spans moved to match.
 */
export function snippet(text: string, spans: readonly Span[], max = 160): { text: string; spans: Span[] } {
  const chars = [...text];
  if (chars.length <= max) return { text, spans: [...spans] };
  // Work in code points so that the cut never splits a surrogate pair.
  const toPoint = (unit: number) => [...text.slice(0, unit)].length;
  const first = spans[0] ? toPoint(spans[0][0]) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(max / 4), chars.length - max));
  const end = Math.min(chars.length, start + max);
  const head = start > 0 ? "…" : "";
  const tail = end < chars.length ? "…" : "";
  const body = chars.slice(start, end).join("");
  const offset = chars.slice(0, start).join("").length - head.length;
  const limit = head.length + body.length;
  const moved: Span[] = [];
  for (const [s, e] of spans) {
    const a = Math.max(head.length, s - offset);
    const b = Math.min(limit, e - offset);
    if (a < b) moved.push([a, b]);
  }
  return { text: `${head}${body}${tail}`, spans: moved };
}

export interface Marks {
  open: string;
  close: string;
}

/** Bold red, as grep colours its matches. */
export const TERMINAL_MARKS: Marks = { open: "\x1b[1;31m", close: "\x1b[0m" };
export const PLAIN_MARKS: Marks = { open: "**", close: "**" };

export function mark(text: string, spans: readonly Span[], marks: Marks): string {
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + marks.open + text.slice(start, end) + marks.close;
    at = end;
  }
  return out + text.slice(at);
}

/** Spans as code-point offsets, for readers in other languages (jsonl). */
export function codePointSpans(text: string, spans: readonly Span[]): Span[] {
  const point = (unit: number) => [...text.slice(0, unit)].length;
  return spans.map(([s, e]) => [point(s), point(e)]);
}
