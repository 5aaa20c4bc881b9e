// The part of YAML a notebook uses: `key: value` lines, nested by indentation, `#` comments and
// quoted strings. Values stay text with their line numbers; the notebook reader converts each
// known field and rejects the rest. Lists, anchors and multi-line strings are not supported.

export interface YamlScalar {
  kind: "scalar";
  value: string;
  line: number;
}

export interface YamlMap {
  kind: "map";
  entries: Map<string, YamlNode>;
  line: number;
}

export type YamlNode = YamlScalar | YamlMap;

/** A fault in the text, with the line it is on (1-based, counted in the text given). */
export class YamlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "YamlError";
  }
}

interface Line {
  indent: number;
  text: string;
  line: number;
}

function unquote(raw: string, line: number): string {
  if (raw.startsWith('"')) {
    if (!raw.endsWith('"') || raw.length < 2) throw new YamlError(line, `unclosed quote: ${raw}`);
    try {
      return JSON.parse(raw) as string;
    } catch {
      throw new YamlError(line, `bad double-quoted string: ${raw}`);
    }
  }
  if (raw.startsWith("'")) {
    if (!raw.endsWith("'") || raw.length < 2) throw new YamlError(line, `unclosed quote: ${raw}`);
    return raw.slice(1, -1).replaceAll("''", "'");
  }
  return raw;
}

/** Drops a trailing ` # comment` outside quotes. */
function stripComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || text[i - 1] === " ") quote = ch;
    } else if (ch === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text;
}

function lines(text: string, firstLine: number): Line[] {
  const out: Line[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = firstLine + i;
    const content = stripComment(raw).trimEnd();
    if (!content.trim()) return;
    const indent = content.length - content.trimStart().length;
    if (content.slice(0, indent).includes("\t")) throw new YamlError(line, "indent with spaces, not tabs");
    out.push({ indent, text: content.trim(), line });
  });
  return out;
}

function parseMap(items: Line[], start: number, indent: number, line: number): [YamlMap, number] {
  const entries = new Map<string, YamlNode>();
  let i = start;
  while (i < items.length) {
    const item = items[i] as Line;
    if (item.indent < indent) break;
    if (item.indent > indent) throw new YamlError(item.line, `unexpected indentation: ${item.text}`);
    if (item.text.startsWith("- ") || item.text === "-") {
      throw new YamlError(item.line, `lists are not supported here: ${item.text}`);
    }
    const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:]+?)\s*:(?:\s+(.*))?$/.exec(item.text);
    if (!match) throw new YamlError(item.line, `expected "key: value", got: ${item.text}`);
    const key = unquote(match[1] as string, item.line);
    if (entries.has(key)) throw new YamlError(item.line, `${key} is given twice`);
    const rest = match[2]?.trim() ?? "";
    i++;
    if (rest) {
      entries.set(key, { kind: "scalar", value: unquote(rest, item.line), line: item.line });
      continue;
    }
    const next = items[i];
    if (next && next.indent > indent) {
      const [child, end] = parseMap(items, i, next.indent, item.line);
      entries.set(key, child);
      i = end;
    } else {
      entries.set(key, { kind: "scalar", value: "", line: item.line });
    }
  }
  return [{ kind: "map", entries, line }, i];
}

/** Parses `text`, whose first line is line `firstLine` of the file. */
export function parseYaml(text: string, firstLine = 1): YamlMap {
  const items = lines(text, firstLine);
  if (!items.length) return { kind: "map", entries: new Map(), line: firstLine };
  const first = items[0] as Line;
  const [map, end] = parseMap(items, 0, first.indent, first.line);
  const stray = items[end];
  if (stray) throw new YamlError(stray.line, `unexpected indentation: ${stray.text}`);
  return map;
}
