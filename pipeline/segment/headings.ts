import type { LineKind } from "../../schemas/document.js";

export interface Heading {
  level: number;
  marker: string;
  title: string;
}

const CN = "[一二三四五六七八九十百零〇]+";

/** Heading markers by level, the usual order of Chinese official documents. */
const MARKERS: Array<{ level: number; pattern: RegExp }> = [
  { level: 1, pattern: /^(附\s*件\s*\d*)[:：\s]*(.*)$/ },
  { level: 1, pattern: new RegExp(`^(第${CN}[章部分编])\\s*(.*)$`) },
  { level: 1, pattern: new RegExp(`^(${CN}、)\\s*(.*)$`) },
  { level: 2, pattern: new RegExp(`^([（(]${CN}[）)])\\s*(.*)$`) },
  { level: 3, pattern: /^(\d{1,2}[.．、])(?!\d)\s*(.*)$/ },
  { level: 4, pattern: /^([（(]\d{1,2}[）)])\s*(.*)$/ },
  { level: 5, pattern: /^([①-⑳])\s*(.*)$/ },
  // A year alone on its line heads what the text says of that year (2021年 / 持证社工…), below any
  // numbered heading; it is its own title, so the year dates the figures under it.
  { level: 6, pattern: /^()((?:19|20)\d{2}\s*年度?)$/ },
];

/** The heading a line starts, if any. A paragraph opening with a marker has its first sentence as title. */
export function headingOf(line: string, kind: LineKind): Heading | null {
  const trimmed = line.trim();
  for (const { level, pattern } of MARKERS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const marker = (m[1] ?? "").replace(/\s+/g, "");
    const rest = m[2] ?? "";
    const firstSentence = /^[^。！？；]*[。！？；]?/.exec(rest)?.[0] ?? rest;
    const title = (kind === "heading" ? rest : firstSentence).replace(/[。；]$/, "").trim();
    if (kind !== "heading" && title.length > 60) return null;
    if (level === 1 && marker.startsWith("附") && rest.length > 40 && kind !== "heading") return null;
    return { level, marker, title };
  }
  return null;
}
