// Turn the HTML that mammoth writes into lines of text: one line a paragraph, heading or list item,
// headings marked with a leading "# ", one line a table row with cells joined by "\t".

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "caption"]);

interface List {
  ordered: boolean;
  count: number;
}

/**
 * The number of an item of a Word numbered list. mammoth keeps the order but not the style
 * (一、 （一） 1.), so items are numbered 1. at the top level and (1) below it.
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

/** Lines of text from mammoth's HTML: paragraphs, "# " headings and tab-separated table rows. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const tables: Table[] = [];
  const lists: List[] = [];
  let block: string[] | null = null;
  let heading = false;

  const flushBlock = () => {
    if (block === null) return;
    const text = block.join("").replace(/[ \t]*\n[ \t]*/g, "\n");
    const table = tables.at(-1);
    if (table?.cell) {
      table.cell.push(text.replace(/\s+/g, " ").trim());
    } else {
      for (const line of text.split("\n")) {
        if (line.trim() !== "") lines.push(heading ? `# ${line.trim()}` : line);
      }
    }
    block = null;
    heading = false;
  };

  const emitText = (text: string) => {
    const table = tables.at(-1);
    if (block === null && table?.cell) table.cell.push(text);
    else if (block !== null) block.push(text);
    else if (text.trim() !== "") lines.push(text);
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|([^<]+)/g)) {
    const [, closing, rawName, text] = m;
    if (text !== undefined) {
      emitText(decodeEntities(text));
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    if (name === "ol" || name === "ul") {
      flushBlock();
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", count: 0 });
    } else if (name === "li") {
      flushBlock();
      const list = lists.at(-1);
      if (!closing && list) {
        list.count++;
        block = [itemNumber(lists)];
      }
    } else if (BLOCKS.has(name)) {
      flushBlock();
      if (!closing) {
        block = [];
        heading = name[0] === "h";
      }
    } else if (name === "br") {
      if (block !== null) block.push("\n");
    } else if (name === "table") {
      flushBlock();
      if (!closing) {
        tables.push({ rows: [], row: null, cell: null });
        continue;
      }
      const done = tables.pop();
      const cells = (done?.rows ?? []).map((row) => row.join("\t"));
      const outer = tables.at(-1);
      if (outer?.cell) outer.cell.push(cells.join(" "));
      else lines.push(...cells.filter((row) => row.replace(/\t/g, "").trim() !== ""));
    } else if (name === "tr") {
      const table = tables.at(-1);
      if (!table) continue;
      if (!closing) table.row = [];
      else if (table.row) {
        table.rows.push(table.row);
        table.row = null;
      }
    } else if (name === "td" || name === "th") {
      flushBlock();
      const table = tables.at(-1);
      if (!table) continue;
      if (!closing) table.cell = [];
      else if (table.cell) {
        table.row?.push(table.cell.join(" ").replace(/\s+/g, " ").trim());
        table.cell = null;
      }
    }
  }
  flushBlock();
  return lines;
}
