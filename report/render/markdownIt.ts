// The one Markdown parser of notebooks (markdown-it): CommonMark with GFM tables and strikethrough.
// Raw HTML is read as text (and so escaped on output); a link or image to anything but a relative
// or https: target is reduced to its text; there are no typographic replacements or bare-URL links.
// A notebook is parsed once; its cells and its prose are the tokens of that parse.

import MarkdownIt, { type Env, type Token } from "markdown-it";
import { isSafeLink } from "./markdownText.js";

export type { Token };

const parser = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
// Every link is parsed as a link, so that an unsafe one can be reduced to its text below.
parser.validateLink = () => true;

function withoutUnsafeLinks(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const dropped: boolean[] = [];
  for (const token of tokens) {
    if (token.type === "link_open") {
      const unsafe = !isSafeLink(String(token.attrGet("href") ?? ""));
      dropped.push(unsafe);
      if (!unsafe) out.push(token);
    } else if (token.type === "link_close") {
      if (!dropped.pop()) out.push(token);
    } else if (token.type === "image" && !isSafeLink(String(token.attrGet("src") ?? ""))) {
      out.push(...withoutUnsafeLinks(token.children ?? []));
    } else out.push(token);
  }
  return out;
}

parser.core.ruler.push("safe_links", (state) => {
  for (const token of state.tokens) {
    if (token.children) token.children = withoutUnsafeLinks(token.children);
  }
});

// A table in prose scrolls sideways like the report's own tables.
parser.renderer.rules.table_open = () => '<div class="table"><table>\n';
parser.renderer.rules.table_close = () => "</table></div>\n";

/** Block tokens with `map` giving 0-based [first, end) source lines; `env` collects link references. */
export function parseMarkdown(source: string, env: Env = {}): Token[] {
  return parser.parse(source, env);
}

/** Tokens from `parseMarkdown` as HTML. */
export function tokensHtml(tokens: Token[]): string {
  return parser.renderer.render(tokens, parser.options, {}).trimEnd();
}
