import { markdownText } from "../report/render/markdownText.js";
import { type Draft, sourceText } from "./draft.js";

/**
 * The draft as Markdown: a title, the paragraph with [^n] references, the footnotes. Every text
 * comes from documents and is escaped: no HTML tag, entity or link from them survives.
 */
export function draftMarkdown(draft: Draft): string {
  const number = (key: string) => draft.sources.findIndex((s) => s.key === key) + 1;
  const body = draft.paragraph
    .map((s) => ("text" in s ? markdownText(s.text) : `[^${number(s.cite.key)}]`))
    .join("");
  const notes = draft.sources.map((s, i) => `[^${i + 1}]: ${markdownText(sourceText(s))}`);
  return `# ${markdownText(draft.title)}\n\n${body}\n\n${notes.join("\n")}\n`;
}
