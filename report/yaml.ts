// YAML for notebooks, read by the `yaml` library (the whole language: block strings, flow maps,
// comments, quoting). Every scalar stays text with its line number; the notebook reader converts
// each known field and rejects the rest, so `2024` and `yes` are what the field says they are.

import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

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

export interface YamlList {
  kind: "list";
  items: YamlNode[];
  line: number;
}

export type YamlNode = YamlScalar | YamlMap | YamlList;

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

/** What a field that wants one value says of a nested map or a list. */
export function notAValue(node: YamlNode, field: string): YamlError {
  return new YamlError(
    node.line,
    `${field} must be a value, not a ${node.kind === "map" ? "nested map" : "list"}`,
  );
}

/** Parses `text`, whose first line is line `firstLine` of the file. */
export function parseYaml(text: string, firstLine = 1): YamlMap {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: "failsafe", prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const fault = doc.errors[0];
  if (fault) {
    const message = fault.message.split("\n")[0] ?? fault.message;
    throw new YamlError(lineAt(fault.pos[0]), message.replace(/ at line \d+, column \d+:?$/, ""));
  }
  const convert = (node: unknown, line: number): YamlNode => {
    if (node === null || node === undefined) return { kind: "scalar", value: "", line };
    const own = (node as Node).range ? lineAt((node as Node).range![0]) : line;
    if (isScalar(node))
      return { kind: "scalar", value: node.value == null ? "" : String(node.value), line: own };
    if (isSeq(node)) return { kind: "list", items: node.items.map((item) => convert(item, own)), line: own };
    if (isMap(node)) {
      const entries = new Map<string, YamlNode>();
      for (const pair of node.items) {
        const keyLine = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : own;
        if (!isScalar(pair.key)) throw new YamlError(keyLine, "a key must be plain text");
        const key = String(pair.key.value ?? "");
        const value = convert(pair.value, keyLine);
        // A nested map is placed at its key's line, where the reader looks for it.
        entries.set(key, value.kind === "map" ? { ...value, line: keyLine } : value);
      }
      return { kind: "map", entries, line: own };
    }
    throw new YamlError(own, "aliases and tags are not supported in a notebook");
  };
  if (doc.contents === null) return { kind: "map", entries: new Map(), line: firstLine };
  const root = convert(doc.contents, firstLine);
  if (root.kind !== "map") throw new YamlError(root.line, `expected "key: value" lines, got a ${root.kind}`);
  return root;
}
