// Reads a notebook. Syntax:
//
//   ---
//   title: 社会组织趋势
//   params:
//     year:
//       type: integer
//       description: 统计年份
//   ---
//   Any Markdown.
//
//   ```sql counts [hidden] [each=COLUMN]
//   SELECT … WHERE year = $year
//   ```
//
//   ```chart counts
//   mark: line
//   x: period
//   y: value
//   ```
//
// Cells are the fences at the top level whose info string starts with `sql` or `chart`; other
// fences, and fences inside a list or a quote, stay in the prose. The notebook is parsed once by
// markdown-it (render/markdownIt.ts): its tokens give the cells, their lines, and the prose.

import { basename } from "node:path";
import { chartSpec } from "./chartSpec.js";
import { frontMatter } from "./frontMatter.js";
import type { Cell, ChartCell, Notebook, SqlCell } from "./notebook.js";
import { notebookError } from "./notebookError.js";
import { parseMarkdown, type Token } from "./render/markdownIt.js";
import { parseYaml, YamlError } from "./yaml.js";

const QUERY_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

interface Fence {
  marker: string;
  info: string;
  line: number;
  body: string[];
}

function withYaml<T>(path: string, where: string | null, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof YamlError) throw notebookError(path, error.line, where, error.message);
    throw error;
  }
}

function splitFrontMatter(path: string, lines: string[]): { yaml: string | null; bodyStart: number } {
  if (lines[0]?.trim() !== "---") return { yaml: null, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  if (end < 0) throw notebookError(path, 1, "front matter", "no closing --- line");
  return { yaml: lines.slice(1, end).join("\n"), bodyStart: end + 1 };
}

function sqlCell(path: string, fence: Fence, words: string[]): SqlCell {
  const [name, ...options] = words;
  const where = `sql cell${name ? ` ${name}` : ""}`;
  if (!name) {
    throw notebookError(
      path,
      fence.line,
      "sql cell",
      "needs a name after sql (```sql counts) to be referred to",
    );
  }
  if (!QUERY_NAME.test(name)) {
    throw notebookError(path, fence.line, where, `name ${name} must be letters, digits, _ or -`);
  }
  const cell: SqlCell = {
    kind: "sql",
    name,
    sql: fence.body.join("\n").trim(),
    hidden: false,
    each: null,
    line: fence.line,
    bodyLine: fence.line + 1 + fence.body.findIndex((l) => l.trim() !== ""),
  };
  for (const option of options) {
    if (option === "hidden") cell.hidden = true;
    else if (option.startsWith("each=") && option.length > 5) cell.each = option.slice(5);
    else {
      throw notebookError(path, fence.line, where, `unknown option ${option} (known: hidden, each=COLUMN)`);
    }
  }
  if (!cell.sql) throw notebookError(path, fence.line, where, "has no SQL");
  return cell;
}

function chartCell(path: string, fence: Fence, words: string[], names: Map<string, SqlCell>): ChartCell {
  const [query, ...rest] = words;
  const where = `chart${query ? ` of ${query}` : ""}`;
  if (!query) {
    throw notebookError(path, fence.line, "chart", "needs the name of a sql cell above it (```chart counts)");
  }
  if (rest.length)
    throw notebookError(path, fence.line, where, `unexpected ${rest.join(" ")} after the query name`);
  if (!names.has(query)) {
    const known = [...names.keys()];
    throw notebookError(
      path,
      fence.line,
      where,
      `no sql cell named ${query} above it (${known.length ? `defined: ${known.join(", ")}` : "none defined yet"})`,
    );
  }
  const body = fence.body.join("\n");
  const spec = withYaml(path, where, () =>
    chartSpec({ ...parseYaml(body, fence.line + 1), line: fence.line }),
  );
  return { kind: "chart", query, spec, line: fence.line };
}

/** A fence's last line closes it; markdown-it runs an unclosed fence to the end of the document. */
function isClosed(token: Token, lines: string[]): boolean {
  const [first, end] = token.map ?? [0, 0];
  const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[end - 1] ?? "")?.[1];
  return (
    end - 1 > first &&
    close !== undefined &&
    close[0] === token.markup[0] &&
    close.length >= token.markup.length
  );
}

function proseCell(tokens: Token[], lines: string[], offset: number): Cell | null {
  const maps = tokens.flatMap((t) => (t.map ? [t.map] : []));
  const first = maps[0]?.[0];
  if (first === undefined) return null;
  const end = Math.max(...maps.map(([, e]) => e));
  const markdown = lines.slice(first, end).join("\n").trim();
  return { kind: "prose", markdown, tokens, line: offset + first + 1 };
}

export function parseNotebook(source: string, path: string): Notebook {
  const lines = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const { yaml, bodyStart } = splitFrontMatter(path, lines);
  const front =
    yaml === null ? { params: [] } : withYaml(path, "front matter", () => frontMatter(parseYaml(yaml, 2)));
  const body = lines.slice(bodyStart);
  const cells: Cell[] = [];
  const names = new Map<string, SqlCell>();
  let prose: Token[] = [];
  const flushProse = () => {
    const cell = proseCell(prose, body, bodyStart);
    if (cell) cells.push(cell);
    prose = [];
  };
  for (const token of parseMarkdown(body.join("\n"))) {
    const words = token.info.split(/\s+/).filter(Boolean);
    const kind = words.shift();
    if (token.type !== "fence" || token.level !== 0 || (kind !== "sql" && kind !== "chart")) {
      prose.push(token);
      continue;
    }
    flushProse();
    const fence: Fence = {
      marker: token.markup,
      info: token.info,
      line: bodyStart + (token.map?.[0] ?? 0) + 1,
      body: token.content.replace(/\n$/, "").split("\n"),
    };
    if (!isClosed(token, body))
      throw notebookError(path, fence.line, fence.info, `no closing ${fence.marker} for this cell`);
    if (kind === "sql") {
      const cell = sqlCell(path, fence, words);
      if (names.has(cell.name)) {
        throw notebookError(
          path,
          fence.line,
          `sql cell ${cell.name}`,
          `the name ${cell.name} is already used by the cell on line ${names.get(cell.name)?.line}`,
        );
      }
      names.set(cell.name, cell);
      cells.push(cell);
    } else cells.push(chartCell(path, fence, words, names));
  }
  flushProse();
  const title = front.title ?? basename(path).replace(/\.md$/i, "");
  const notebook: Notebook = { path, title, params: front.params, cells };
  if (front.description) notebook.description = front.description;
  return notebook;
}
