// Runs one sql cell: a single SELECT, its $parameters bound as values (never spliced into the SQL),
// the rows as plain JavaScript with the DuckDB type of each column.

import { isCivstatError } from "../schemas/basics/errors.js";
import type { Connection } from "../store/database.js";
import type { QueryLimits } from "../store/queryLimits.js";
import { type Binding, type PreparedSelect, prepareSelect, type SelectResult } from "../store/select.js";
import type { NotebookParam, ParamValue, SqlCell } from "./notebook.js";
import { notebookError } from "./notebookError.js";

export interface Column {
  name: string;
  /** DuckDB type as text: VARCHAR, DATE, DOUBLE, STRUCT(…), VARCHAR[] … */
  type: string;
}

export type Row = Record<string, unknown>;

export interface QueryResult {
  name: string;
  columns: Column[];
  rows: Row[];
}

function binding(param: NotebookParam, value: ParamValue): Binding {
  switch (param.type) {
    case "integer":
    case "number":
      return { type: param.type, value: value as number };
    case "date":
      return { type: "date", value: String(value) };
    default:
      return { type: "text", value: String(value) };
  }
}

/** BigInts become numbers when they fit (counts), text otherwise; nested values are walked. */
function plainValue(value: unknown): unknown {
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(plainValue);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

export async function runQuery(
  connection: Connection,
  path: string,
  cell: SqlCell,
  params: readonly NotebookParam[],
  values: Record<string, ParamValue>,
  limits: QueryLimits,
): Promise<QueryResult> {
  const where = `sql cell ${cell.name}`;
  const fail = (message: string, cause?: unknown) =>
    notebookError(path, cell.bodyLine, where, message, "E_SQL", cause);
  let prepared: PreparedSelect;
  try {
    prepared = await prepareSelect(connection, cell.sql);
  } catch (error) {
    throw fail((error as Error).message.split("\n")[0] ?? String(error), error);
  }
  if (prepared.kind !== "SELECT") {
    throw notebookError(
      path,
      cell.line,
      where,
      `only queries run in a notebook (SELECT, WITH … SELECT, FROM …); got a ${prepared.kind} statement`,
    );
  }
  const bound: Record<string, Binding> = {};
  for (const name of prepared.parameters) {
    if (/^\d+$/.test(name)) {
      throw notebookError(path, cell.bodyLine, where, `use named parameters ($year), not ? or $${name}`);
    }
    const param = params.find((p) => p.name === name);
    const value = values[name];
    if (!param || value === undefined) {
      const declared = params.map((p) => `$${p.name}`).join(", ") || "none";
      throw notebookError(
        path,
        cell.bodyLine,
        where,
        `$${name} is not a parameter of this notebook (declared: ${declared}); declare it under params: in the front matter`,
      );
    }
    bound[name] = binding(param, value);
  }
  let result: SelectResult;
  try {
    result = await prepared.run(bound, limits);
  } catch (error) {
    if (isCivstatError(error) && error.code === "E_LIMIT") {
      throw notebookError(path, cell.bodyLine, where, error.message, "E_LIMIT", error);
    }
    throw fail((error as Error).message.split("\n")[0] ?? String(error), error);
  }
  const names = result.columns.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw fail(`two columns are named ${duplicate}: give each its own name with AS`);
  const rows = result.rows.map((row) => plainValue(row) as Row);
  return { name: cell.name, columns: result.columns, rows };
}
