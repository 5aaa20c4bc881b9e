import type { DuckDBConnection } from "@duckdb/node-api";
import type { Vector } from "apache-arrow";
import { writeFileAtomic, writeViaTemp } from "../pipeline/run/files.js";
import { execute, type Query } from "./bound.js";

/** Writes a query's result as Parquet through DuckDB, via a temporary file. */
export async function writeParquet(connection: DuckDBConnection, query: Query, path: string): Promise<void> {
  if (query.params && "parquet_path" in query.params) throw new Error("writeParquet: $parquet_path is taken");
  await writeViaTemp(path, async (temp) => {
    await execute(connection, {
      sql: `COPY (${query.sql}) TO $parquet_path (FORMAT parquet, COMPRESSION zstd)`,
      params: { ...query.params, parquet_path: temp },
    });
  });
}

type Rows = Record<string, unknown>[];
/** apache-arrow is some 150 modules: loaded only when Arrow is written. */
type Arrow = typeof import("apache-arrow");

function columnVector({ Bool, Float64, Int32, Utf8, vectorFromArray }: Arrow, values: unknown[]): Vector {
  const present = values.filter((v) => v !== null && v !== undefined);
  const sample = present[0];
  if (typeof sample === "number") {
    const ints = present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31);
    return vectorFromArray(
      values.map((v) => (v === undefined ? null : v)),
      ints ? new Int32() : new Float64(),
    );
  }
  if (typeof sample === "bigint")
    return vectorFromArray(
      values.map((v) => (v == null ? null : Number(v))),
      new Float64(),
    );
  if (typeof sample === "boolean")
    return vectorFromArray(
      values.map((v) => v ?? null),
      new Bool(),
    );
  return vectorFromArray(
    values.map((v) =>
      v == null
        ? null
        : Array.isArray(v)
          ? v.join("; ")
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : String(v),
    ),
    new Utf8(),
  );
}

/** Writes rows as an Arrow IPC file; list columns become "; "-joined strings. */
export async function writeArrow(rows: Rows, columns: string[], path: string): Promise<void> {
  const arrow = await import("apache-arrow");
  const vectors: Record<string, Vector> = {};
  for (const c of columns)
    vectors[c] = columnVector(
      arrow,
      rows.map((r) => r[c]),
    );
  writeFileAtomic(path, arrow.tableToIPC(new arrow.Table(vectors), "file"));
}
