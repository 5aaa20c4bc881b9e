// Text in Markdown output. Text from documents and data is escaped so that it stays text: no HTML
// tag, entity, link or image in it survives. A notebook's own prose keeps its Markdown, but no raw
// HTML and no link to anything but a relative or https: target.

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

const INLINE_CODE = /(`+)[\s\S]*?\1/g;
const LINK = /!?\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/g;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]*)/;

function safeLine(line: string): string {
  const parts: string[] = [];
  let last = 0;
  const plain = (text: string) =>
    text
      .replace(/</g, "&lt;")
      .replace(LINK, (whole, label: string, url: string) => (isSafeLink(url) ? whole : label));
  const definition = DEFINITION.exec(line);
  if (definition && !isSafeLink(definition[1] ?? "")) return markdownText(line);
  for (const m of line.matchAll(INLINE_CODE)) {
    parts.push(plain(line.slice(last, m.index)), m[0]);
    last = m.index + m[0].length;
  }
  parts.push(plain(line.slice(last)));
  return parts.join("");
}

/** A notebook's prose for the Markdown report: raw HTML escaped, unsafe links reduced to their text. */
export function safeProse(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const mark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
        return line;
      }
      if (mark) {
        fence = mark;
        return line;
      }
      return safeLine(line);
    })
    .join("\n");
}
