// The marks civstat writes into its own outputs, so that ingest can tell a report or a draft from a
// source document whatever the file is called: the HTML generator, the Word document's creator, and
// the first line of a CSV or Markdown file.

/** `<meta name="generator" content="civstat report">` in a report's HTML. */
export const HTML_GENERATOR = "civstat report";

/** The creator in a Word draft's properties (docProps/core.xml). */
export const DOCX_CREATOR = "civstat";

/** The first line of a report's CSV: a comment DuckDB's reader and most others pass over. */
export const csvMark = (what: string) => `# civstat report: ${what}`;

/** The first line of a Markdown draft written to a file: a comment nothing renders. */
export const markdownMark = (what: string) => `<!-- civstat draft: ${what} -->`;

/** What a first line says when civstat wrote the file: "report", "draft" or null. */
export function markedFirstLine(line: string): "report" | "draft" | null {
  const m = /^(?:\uFEFF)?(?:# civstat (report)|<!-- civstat (draft))\b/.exec(line);
  return m ? ((m[1] ?? m[2]) as "report" | "draft") : null;
}
