// Runs one sql cell: a single SELECT, its $parameters bound as values (never spliced into the SQL),
// the rows as plain JavaScript with the DuckDB type of each column.

import {
  DATE,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDateValue,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  StatementType,
  VARCHAR,
} from "@duckdb/node-api";
import { isCivstatError } from "../schemas/basics/errors.js";
import { readAllGuarded, withQueryLimits } from "../store/queryGuard.js";
import type { QueryLimits } from "../store/queryLimits.js";
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

function bindValue(param: NotebookParam, value: ParamValue): [DuckDBValue, DuckDBType] {
  switch (param.type) {
    case "integer":
      return [value as number, INTEGER];
    case "number":
      return [value as number, DOUBLE];
    case "date": {
      const [year, month, day] = String(value).split("-").map(Number);
      return [DuckDBDateValue.fromParts({ year: year ?? 1970, month: month ?? 1, day: day ?? 1 }), DATE];
    }
    default:
      return [String(value), VARCHAR];
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
  connection: DuckDBConnection,
  path: string,
  cell: SqlCell,
  params: readonly NotebookParam[],
  values: Record<string, ParamValue>,
  limits: QueryLimits,
): Promise<QueryResult> {
  const where = `sql cell ${cell.name}`;
  const fail = (message: string, cause?: unknown) =>
    notebookError(path, cell.bodyLine, where, message, "E_SQL", cause);
  let prepared: Awaited<ReturnType<DuckDBConnection["prepare"]>>;
  try {
    prepared = await connection.prepare(cell.sql);
  } catch (error) {
    throw fail((error as Error).message.split("\n")[0] ?? String(error), error);
  }
  if (prepared.statementType !== StatementType.SELECT) {
    throw notebookError(
      path,
      cell.line,
      where,
      `only queries run in a notebook (SELECT, WITH … SELECT, FROM …); got a ${StatementType[prepared.statementType]} statement`,
    );
  }
  const bound: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  for (let i = 1; i <= prepared.parameterCount; i++) {
    const name = prepared.parameterName(i);
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
    [bound[name], types[name]] = bindValue(param, value);
  }
  if (prepared.parameterCount) prepared.bind(bound, types);
  let reader: Awaited<ReturnType<typeof prepared.runAndReadAll>>;
  try {
    reader = await withQueryLimits(connection, limits, (guard) => readAllGuarded(prepared, guard));
  } catch (error) {
    if (isCivstatError(error) && error.code === "E_LIMIT") {
      throw notebookError(path, cell.bodyLine, where, error.message, "E_LIMIT", error);
    }
    throw fail((error as Error).message.split("\n")[0] ?? String(error), error);
  }
  const names = reader.columnNames();
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw fail(`two columns are named ${duplicate}: give each its own name with AS`);
  const columnTypes = reader.columnTypes();
  const columns = names.map((name, i) => ({ name, type: String(columnTypes[i]) }));
  const rows = reader.getRowObjectsJS().map((row) => plainValue(row) as Row);
  return { name: cell.name, columns, rows };
}
