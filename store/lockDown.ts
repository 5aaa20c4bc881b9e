// Shuts a connection off from everything but its database: no file read or written, no other
// database attached, no extension installed or loaded, and a memory limit, all locked so that the
// SQL that follows cannot lift them. Every value (the limit, the folders) is bound, never spliced.

import type { DuckDBConnection } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { execute, type Query } from "./bound.js";
import { memoryText, type QueryLimits } from "./queryLimits.js";

export interface LockDownOptions {
  limits: QueryLimits;
  /** Folders whose files the SQL may read (read_csv, read_text, glob …); none unless asked for. */
  readDirs?: readonly string[];
  /** Files civstat itself writes through the SQL (the temporary file of a Parquet export). */
  outputFiles?: readonly string[];
}

const memoryLimit = (limits: QueryLimits): Query => ({
  sql: "SET memory_limit = $memory",
  params: { memory: memoryText(limits.memoryBytes) },
});

/** The statements that lock a connection down, in the order they must run. */
export function lockDownStatements({ limits, readDirs = [], outputFiles = [] }: LockDownOptions): Query[] {
  return [
    memoryLimit(limits),
    { sql: "SET autoinstall_known_extensions = false" },
    { sql: "SET autoload_known_extensions = false" },
    { sql: "SET allowed_directories = $dirs", params: { dirs: readDirs } },
    { sql: "SET allowed_paths = $paths", params: { paths: outputFiles } },
    { sql: "SET enable_external_access = false" },
    { sql: "SET lock_configuration = true" },
  ];
}

export async function lockDown(connection: DuckDBConnection, options: LockDownOptions): Promise<void> {
  try {
    for (const statement of lockDownStatements(options)) await execute(connection, statement);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new CivstatError("E_DB", `cannot lock the session down: ${message}`, { cause: error });
  }
}

/** A writing session gets the memory limit only: its SQL may write files and attach databases. */
export async function limitMemory(connection: DuckDBConnection, limits: QueryLimits): Promise<void> {
  await execute(connection, memoryLimit(limits));
}
