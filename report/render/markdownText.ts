// Text in Markdown output. Text from documents and data is escaped so that it stays text: no HTML
// tag, entity, link or image in it survives. A notebook's own prose is written by proseMarkdown.ts;
// its links go only to the targets isSafeLink accepts.

const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" } as const;

/** Document or data text for Markdown: `<`, `>` and `&` as entities, `[` and `]` escaped. */
export function markdownText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML[c as keyof typeof HTML]).replace(/[[\]]/g, "\\$&");
}

/** Link targets a report may carry: relative paths and anchors, and https: addresses. */
export function isSafeLink(url: string): boolean {
  if (/^https:\/\/[^\s/]/i.test(url)) return true;
  if (url.startsWith("//") || url.startsWith("\\")) return false;
  // A scheme (javascript:, data:, http:, file: …) is anything before a colon that comes before any / ? #.
  return !/^[^/?#]*:/.test(url);
}
