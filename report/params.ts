// --param key=value flags against the parameters a notebook declares: unknown names, missing
// values and values of the wrong type are usage errors that say what the notebook expects.

import { CivstatError } from "../schemas/basics/errors.js";
import { convertParam } from "./frontMatter.js";
import type { Notebook, ParamValue } from "./notebook.js";

export type ParamValues = Record<string, ParamValue>;

/** Splits `key=value` flags; the value may itself contain `=`. */
export function parseParamFlags(flags: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  for (const flag of flags) {
    const at = flag.indexOf("=");
    if (at <= 0) throw new CivstatError("E_BAD_USAGE", `--param must be key=value; got ${flag}`);
    const key = flag.slice(0, at).trim();
    if (given.has(key)) throw new CivstatError("E_BAD_USAGE", `--param ${key} is given twice`);
    given.set(key, flag.slice(at + 1));
  }
  return given;
}

function declared(notebook: Notebook): string {
  return notebook.params.length
    ? `declared: ${notebook.params.map((p) => p.name).join(", ")}`
    : "it declares no parameters";
}

export function resolveParams(notebook: Notebook, given: Map<string, string>): ParamValues {
  for (const key of given.keys()) {
    if (!notebook.params.some((p) => p.name === key)) {
      throw new CivstatError(
        "E_BAD_USAGE",
        `--param ${key}: ${notebook.path} has no parameter ${key} (${declared(notebook)})`,
      );
    }
  }
  const values: ParamValues = {};
  for (const param of notebook.params) {
    const text = given.get(param.name);
    if (text === undefined) {
      if (param.default === undefined) {
        const about = param.description ? ` (${param.description})` : "";
        throw new CivstatError(
          "E_BAD_USAGE",
          `${notebook.path} needs --param ${param.name}=${param.type.toUpperCase()}${about}`,
        );
      }
      values[param.name] = param.default;
      continue;
    }
    try {
      values[param.name] = convertParam(param.type, text);
    } catch (error) {
      throw new CivstatError("E_BAD_USAGE", `--param ${param.name}=${text}: ${(error as Error).message}`);
    }
  }
  return values;
}
