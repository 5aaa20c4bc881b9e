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
// Fences whose info string does not start with `sql` or `chart` stay in the prose.

import { basename } from "node:path";
import { chartSpec } from "./chartSpec.js";
import { frontMatter } from "./frontMatter.js";
import type { Cell, Notebook, SqlCell } from "./notebook.js";
import { notebookError } from "./notebookError.js";
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

export function parseNotebook(source: string, path: string): Notebook {
  const lines = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const { yaml, bodyStart } = splitFrontMatter(path, lines);
  const front =
    yaml === null ? { params: [] } : withYaml(path, "front matter", () => frontMatter(parseYaml(yaml, 2)));
  const cells: Cell[] = [];
  const names = new Map<string, SqlCell>();
  let prose: string[] = [];
  let proseLine = bodyStart + 1;
  const flushProse = () => {
    const first = prose.findIndex((l) => l.trim() !== "");
    if (first >= 0) {
      const markdown = prose.join("\n").trim();
      cells.push({ kind: "prose", markdown, line: proseLine + first });
    }
    prose = [];
  };
  let fence: Fence | null = null;
  let otherFence: string | null = null;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i] as string;
    const line = i + 1;
    if (fence) {
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]?.[0] === fence.marker[0] && (close[1]?.length ?? 0) >= fence.marker.length) {
        const words = fence.info.split(/\s+/).filter(Boolean);
        const kind = words.shift();
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
        } else {
          const [query, ...rest] = words;
          const where = `chart${query ? ` of ${query}` : ""}`;
          if (!query) {
            throw notebookError(
              path,
              fence.line,
              "chart",
              "needs the name of a sql cell above it (```chart counts)",
            );
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
            chartSpec({ ...parseYaml(body, fence!.line + 1), line: fence!.line }),
          );
          cells.push({ kind: "chart", query, spec, line: fence.line });
        }
        fence = null;
        proseLine = line + 1;
      } else fence.body.push(text);
      continue;
    }
    if (otherFence) {
      prose.push(text);
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]?.[0] === otherFence[0] && (close[1]?.length ?? 0) >= otherFence.length)
        otherFence = null;
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([^`]*)$/.exec(text);
    if (open) {
      const info = (open[2] ?? "").trim();
      const kind = info.split(/\s+/)[0];
      if (kind === "sql" || kind === "chart") {
        flushProse();
        fence = { marker: open[1] as string, info, line, body: [] };
      } else {
        otherFence = open[1] as string;
        prose.push(text);
      }
      continue;
    }
    prose.push(text);
  }
  if (fence) throw notebookError(path, fence.line, fence.info, `no closing ${fence.marker} for this cell`);
  flushProse();
  const title = front.title ?? basename(path).replace(/\.md$/i, "");
  const notebook: Notebook = { path, title, params: front.params, cells };
  if (front.description) notebook.description = front.description;
  return notebook;
}
