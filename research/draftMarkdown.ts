import { type Draft, sourceText } from "./draft.js";

/** The draft as Markdown: a title, the paragraph with [^n] references, the footnotes. */
export function draftMarkdown(draft: Draft): string {
  const number = (key: string) => draft.sources.findIndex((s) => s.key === key) + 1;
  const body = draft.paragraph.map((s) => ("text" in s ? s.text : `[^${number(s.cite.key)}]`)).join("");
  const notes = draft.sources.map((s, i) => `[^${i + 1}]: ${sourceText(s)}`);
  return `# ${draft.title}\n\n${body}\n\n${notes.join("\n")}\n`;
}
