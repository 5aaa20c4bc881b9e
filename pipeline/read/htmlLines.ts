// Turn HTML into lines of text: the HTML mammoth writes for a Word document and saved web pages
// alike. One line a block (paragraph, heading, list item, div, line break), headings marked with a
// leading "# ", one line a table row with cells joined by "\t"; scripts, styles and other
// non-text elements dropped; every named and numeric entity decoded (htmlparser2 with `entities`).

import { Parser } from "htmlparser2";

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "title",
  "iframe",
  "object",
]);

/** Elements that start and end a line. Tables, lists and headings are handled on their own. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hr",
  "html",
  "main",
  "nav",
  "p",
  "pre",
  "section",
  "summary",
]);

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

interface List {
  ordered: boolean;
  count: number;
}

/**
 * The number of an item of a numbered list. mammoth keeps the order of a Word list but not its
 * style (一、 （一） 1.), so items are numbered 1. at the top level and (1) below it.
 */
const itemNumber = (lists: List[]): string => {
  const list = lists.at(-1);
  if (!list?.ordered) return "";
  return lists.length === 1 ? `${list.count}. ` : `(${list.count}) `;
};

interface Table {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

/** A cell's text on one line: its paragraphs joined by a space, runs of white space made one. */
const cellText = (parts: string[]): string => parts.join(" ").replace(/\s+/g, " ").trim();

/** Lines of text from HTML: paragraphs, "# " headings and tab-separated table rows. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const tables: Table[] = [];
  const lists: List[] = [];
  let current: string[] = [];
  let headings = 0;
  let skipped = 0;

  /** Ends the line being written: into the open table cell, or as lines of its own. */
  const flush = () => {
    const text = current.join("").replace(/[ \t]*\n[ \t]*/g, "\n");
    current = [];
    const cell = tables.at(-1)?.cell;
    if (cell) {
      cell.push(text);
      return;
    }
    for (const line of text.split("\n")) {
      if (line.trim() !== "") lines.push(headings > 0 ? `# ${line.trim()}` : line);
    }
  };

  const open = (name: string) => {
    if (SKIPPED.has(name)) skipped++;
    if (skipped > 0) return;
    const table = tables.at(-1);
    if (name === "br") current.push("\n");
    else if (BLOCKS.has(name)) flush();
    else if (HEADINGS.has(name)) {
      flush();
      headings++;
    } else if (name === "ol" || name === "ul") {
      flush();
      lists.push({ ordered: name === "ol", count: 0 });
    } else if (name === "li") {
      flush();
      const list = lists.at(-1);
      if (list) {
        list.count++;
        current.push(itemNumber(lists));
      }
    } else if (name === "table") {
      flush();
      tables.push({ rows: [], row: null, cell: null });
    } else if (name === "tr" && table) {
      flush();
      table.row = [];
    } else if ((name === "td" || name === "th") && table) {
      flush();
      table.cell = [];
    }
  };

  const close = (name: string) => {
    if (SKIPPED.has(name)) {
      skipped = Math.max(0, skipped - 1);
      return;
    }
    if (skipped > 0) return;
    const table = tables.at(-1);
    if (BLOCKS.has(name) || name === "li") flush();
    else if (HEADINGS.has(name)) {
      flush();
      headings--;
    } else if (name === "ol" || name === "ul") {
      flush();
      lists.pop();
    } else if (name === "table") {
      flush();
      const rows = (tables.pop()?.rows ?? []).map((row) => row.join("\t"));
      const outer = tables.at(-1)?.cell;
      if (outer) outer.push(rows.join(" "));
      else lines.push(...rows.filter((row) => row.replace(/\t/g, "").trim() !== ""));
    } else if (name === "tr" && table) {
      flush();
      if (table.row) table.rows.push(table.row);
      table.row = null;
    } else if ((name === "td" || name === "th") && table?.cell) {
      flush();
      table.row?.push(cellText(table.cell));
      table.cell = null;
    }
  };

  const parser = new Parser(
    {
      onopentagname: open,
      onclosetag: close,
      ontext: (text) => {
        if (skipped === 0) current.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return lines;
}
