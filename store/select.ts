// A read-only query prepared once: its kind and named parameters are known before it runs, its values
// are bound by type (never spliced into the SQL), and it runs within the query limits.

import type { DuckDBConnection, DuckDBType, DuckDBValue } from "@duckdb/node-api";
import { DATE, DOUBLE, DuckDBDateValue, INTEGER, StatementType, VARCHAR } from "./duckdb.js";
import { readAllGuarded, withQueryLimits } from "./queryGuard.js";
import type { QueryLimits } from "./queryLimits.js";

/** A value for a `$name` parameter: a whole number, a number, a date (YYYY-MM-DD) or text. */
export type Binding =
  | { type: "integer"; value: number }
  | { type: "number"; value: number }
  | { type: "date"; value: string }
  | { type: "text"; value: string };

export interface SelectResult {
  columns: { name: string; type: string }[];
  /** Rows keyed by column name, DuckDB's JavaScript values (BIGINT as bigint). */
  rows: Record<string, unknown>[];
}

export interface PreparedSelect {
  /** SELECT for a query; otherwise the kind of statement (INSERT, CREATE …). */
  kind: string;
  /** The parameters the statement names, in order ($year → "year"; ? → "1"). */
  parameters: string[];
  /** Binds the values and runs within the limits (throws E_LIMIT when they are passed). */
  run(values: Readonly<Record<string, Binding>>, limits: QueryLimits): Promise<SelectResult>;
}

function duckValue(binding: Binding): [DuckDBValue, DuckDBType] {
  switch (binding.type) {
    case "integer":
      return [binding.value, INTEGER];
    case "number":
      return [binding.value, DOUBLE];
    case "date": {
      const [year, month, day] = binding.value.split("-").map(Number);
      return [DuckDBDateValue.fromParts({ year: year ?? 1970, month: month ?? 1, day: day ?? 1 }), DATE];
    }
    default:
      return [binding.value, VARCHAR];
  }
}

/** Prepares one statement; DuckDB's parse or binding error is thrown as it comes. */
export async function prepareSelect(connection: DuckDBConnection, sql: string): Promise<PreparedSelect> {
  const prepared = await connection.prepare(sql);
  const parameters = Array.from({ length: prepared.parameterCount }, (_, i) => prepared.parameterName(i + 1));
  return {
    kind: StatementType[prepared.statementType] ?? String(prepared.statementType),
    parameters,
    async run(values, limits) {
      if (parameters.length) {
        const bound: Record<string, DuckDBValue> = {};
        const types: Record<string, DuckDBType> = {};
        for (const name of parameters) {
          const binding = values[name];
          if (binding === undefined) throw new Error(`no value for $${name}`);
          [bound[name], types[name]] = duckValue(binding);
        }
        prepared.bind(bound, types);
      }
      const reader = await withQueryLimits(connection, limits, (guard) => readAllGuarded(prepared, guard));
      const names = reader.columnNames();
      const types = reader.columnTypes();
      return {
        columns: names.map((name, i) => ({ name, type: String(types[i]) })),
        rows: reader.getRowObjectsJS() as Record<string, unknown>[],
      };
    },
  };
}
