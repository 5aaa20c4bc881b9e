// A notebook's prose written back as Markdown for the Markdown report, from the tokens of the one
// parse (markdownIt.ts): the same document, with every text escaped so that raw HTML, entities and
// link syntax in it stay text in any reader, and links only where the parser took them as links.

import type { Token } from "./markdownIt.js";

interface Node {
  token: Token;
  children: Node[];
}

/** Open/close token pairs as a tree. */
function tree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    const level = stack[stack.length - 1] as Node[];
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    const node = { token, children: [] };
    level.push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return root;
}

/** Text that stays text: Markdown and HTML punctuation escaped; at a line's start, block markers too. */
function escapeText(text: string, lineStart: boolean): string {
  let out = text
    .replace(/[\\`*_[\]~|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  if (lineStart) out = out.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return out;
}

function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${ticks}${pad}${code}${pad}${ticks}`;
}

function destination(href: string, title: string | null): string {
  const quoted = title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : "";
  return `(${href.replace(/[()\\\s]/g, (c) => (/\s/.test(c) ? encodeURIComponent(c) : `\\${c}`))}${quoted})`;
}

const attr = (token: Token | undefined, name: string): string | null => {
  const value = token?.attrGet(name);
  return value === null || value === undefined ? null : String(value);
};

function inline(tokens: Token[]): string {
  let out = "";
  const links: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const lineStart = out === "" || out.endsWith("\n");
    switch (token.type) {
      case "text":
        out += escapeText(token.content, lineStart);
        break;
      case "softbreak":
        out += "\n";
        break;
      case "hardbreak":
        out += "\\\n";
        break;
      case "code_inline":
        out += codeSpan(token.content);
        break;
      case "image":
        out += `![${inline(token.children ?? [])}]${destination(attr(token, "src") ?? "", attr(token, "title"))}`;
        break;
      case "link_open":
        if (token.markup === "autolink") {
          out += `<${attr(token, "href")}>`;
          while (i < tokens.length && tokens[i]?.type !== "link_close") i++;
        } else {
          links.push(token);
          out += "[";
        }
        break;
      case "link_close": {
        const open = links.pop();
        out += `]${destination(attr(open, "href") ?? "", attr(open, "title"))}`;
        break;
      }
      default:
        // em, strong and s open and close with the marks they were written with.
        out += token.markup || escapeText(token.content, lineStart);
    }
  }
  return out;
}

const indent = (text: string, first: string, rest: string): string =>
  text
    .split("\n")
    .map((line, i) => (i === 0 ? first + line : line ? rest + line : line))
    .join("\n");

function isLoose(list: Node): boolean {
  return list.children.some((item) =>
    item.children.some((c) => c.token.type === "paragraph_open" && !c.token.hidden),
  );
}

function list(node: Node): string {
  const loose = isLoose(node);
  const items = node.children.map((item) => {
    const marker =
      node.token.type === "ordered_list_open"
        ? `${item.token.info}${item.token.markup} `
        : `${item.token.markup} `;
    const body = blocks(item.children, loose ? "\n\n" : "\n");
    return indent(body, marker, " ".repeat(marker.length));
  });
  return items.join(loose ? "\n\n" : "\n");
}

function cells(row: Node): string[] {
  return row.children.map((cell) => inline(cell.children[0]?.token.children ?? []).replace(/\n/g, " "));
}

function table(node: Node): string {
  const rows = node.children.flatMap((part) => part.children);
  const head = rows[0];
  if (!head) return "";
  const align = head.children.map((cell) => {
    const style = attr(cell.token, "style") ?? "";
    if (style.includes("center")) return ":---:";
    if (style.includes("right")) return "---:";
    if (style.includes("left")) return ":---";
    return "---";
  });
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return [line(cells(head)), line(align), ...rows.slice(1).map((row) => line(cells(row)))].join("\n");
}

function fence(content: string, info: string, mark: string): string {
  const char = mark.startsWith("~") ? "~" : "`";
  const longest = Math.max(0, ...(content.match(char === "~" ? /~+/g : /`+/g) ?? []).map((r) => r.length));
  const marker = char.repeat(Math.max(3, mark.length, longest + 1));
  return `${marker}${info}\n${content}${marker}`;
}

function block(node: Node): string {
  const { token } = node;
  switch (token.type) {
    case "paragraph_open":
      return inline(node.children[0]?.token.children ?? []);
    case "heading_open":
      return `${"#".repeat(Number(token.tag.slice(1)))} ${inline(node.children[0]?.token.children ?? [])}`;
    case "blockquote_open":
      return indent(blocks(node.children, "\n\n"), "> ", "> ").replace(/^$/gm, ">");
    case "bullet_list_open":
    case "ordered_list_open":
      return list(node);
    case "table_open":
      return table(node);
    case "fence":
      return fence(token.content, token.info, token.markup);
    case "code_block":
      return fence(token.content, "", "```");
    case "hr":
      return token.markup;
    default:
      return inline(token.children ?? []);
  }
}

function blocks(nodes: Node[], between: string): string {
  return nodes.map(block).join(between);
}

/** Prose tokens as Markdown that renders as they do, with nothing from them live but its own marks. */
export function proseMarkdown(tokens: Token[]): string {
  return blocks(tree(tokens), "\n\n");
}
