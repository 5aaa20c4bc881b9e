// Front matter, field by field: `title`, `description` and `params`. Each parameter is either a
// default value (its type told from it) or a map of type, default and description; a parameter
// with no default must be given with --param.

import type { NotebookParam, ParamType, ParamValue } from "./notebook.js";
import { notAValue, YamlError, type YamlMap, type YamlNode } from "./yaml.js";

export interface FrontMatter {
  title?: string;
  description?: string;
  params: NotebookParam[];
}

const PARAM_TYPES: readonly ParamType[] = ["text", "integer", "number", "date", "region"];
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function scalar(node: YamlNode, field: string): string {
  if (node.kind !== "scalar") throw notAValue(node, field);
  return node.value;
}

/** Converts text to a parameter's type, or throws a message saying what was expected. */
export function convertParam(type: ParamType, text: string): ParamValue {
  const value = text.trim();
  switch (type) {
    case "integer":
      if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new Error(`expected an integer, got ${JSON.stringify(text)}`);
      }
      return Number(value);
    case "number":
      if (!value || !Number.isFinite(Number(value))) {
        throw new Error(`expected a number, got ${JSON.stringify(text)}`);
      }
      return Number(value);
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = m ? new Date(`${value}T00:00:00Z`) : null;
      if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        throw new Error(`expected a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
      }
      return value;
    }
    default:
      return text;
  }
}

function inferType(value: string): ParamType {
  if (/^[+-]?\d+$/.test(value.trim())) return "integer";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return "date";
  return "text";
}

function param(name: string, node: YamlNode): NotebookParam {
  if (!PARAM_NAME.test(name)) {
    throw new YamlError(
      node.line,
      `parameter name ${name} must be letters, digits and _ (it is used as $${name})`,
    );
  }
  if (node.kind === "scalar") {
    if (node.value === "") return { name, type: "text", line: node.line };
    const type = inferType(node.value);
    return { name, type, default: convertParam(type, node.value), line: node.line };
  }
  if (node.kind === "list") {
    throw new YamlError(
      node.line,
      `parameter ${name} is a list: give a default value or a map (type, default)`,
    );
  }
  let type: ParamType = "text";
  let defaultText: YamlNode | undefined;
  let description: string | undefined;
  for (const [field, value] of node.entries) {
    if (field === "type") {
      const t = scalar(value, "type");
      if (!(PARAM_TYPES as readonly string[]).includes(t)) {
        throw new YamlError(value.line, `type of ${name} must be one of ${PARAM_TYPES.join(", ")}; got ${t}`);
      }
      type = t as ParamType;
    } else if (field === "default") defaultText = value;
    else if (field === "description") description = scalar(value, "description");
    else {
      throw new YamlError(
        value.line,
        `unknown field ${field} in parameter ${name} (known: type, default, description)`,
      );
    }
  }
  const result: NotebookParam = { name, type, line: node.line };
  if (defaultText) {
    try {
      result.default = convertParam(type, scalar(defaultText, "default"));
    } catch (error) {
      throw new YamlError(defaultText.line, `default of ${name}: ${(error as Error).message}`);
    }
  }
  if (description) result.description = description;
  return result;
}

export function frontMatter(map: YamlMap): FrontMatter {
  const result: FrontMatter = { params: [] };
  for (const [field, node] of map.entries) {
    if (field === "title") result.title = scalar(node, "title");
    else if (field === "description") result.description = scalar(node, "description");
    else if (field === "params") {
      if (node.kind !== "map") {
        if (node.kind === "scalar" && node.value === "") continue;
        throw new YamlError(node.line, "params must be a map of parameter names, one per line below it");
      }
      for (const [name, spec] of node.entries) result.params.push(param(name, spec));
    } else {
      throw new YamlError(
        node.line,
        `unknown front matter field ${field} (known: title, description, params)`,
      );
    }
  }
  return result;
}
