// Shuts a connection off from everything but its database: no file read or written, no other
// database attached, no extension installed or loaded, and a memory limit, all locked so that the
// SQL that follows cannot lift them.

import type { DuckDBConnection } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { memoryText, type QueryLimits } from "./queryLimits.js";

export interface LockDownOptions {
  limits: QueryLimits;
  /** Folders whose files the SQL may read (read_csv, read_text, glob …); none unless asked for. */
  readDirs?: readonly string[];
  /** Files civstat itself writes through the SQL (the temporary file of a Parquet export). */
  outputFiles?: readonly string[];
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => `[${items.map(literal).join(", ")}]`;

/** The statements that lock a connection down, in the order they must run. */
export function lockDownSql({ limits, readDirs = [], outputFiles = [] }: LockDownOptions): string {
  return [
    `SET memory_limit = ${literal(memoryText(limits.memoryBytes))}`,
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    `SET allowed_directories = ${list(readDirs)}`,
    `SET allowed_paths = ${list(outputFiles)}`,
    "SET enable_external_access = false",
    "SET lock_configuration = true",
  ]
    .map((s) => `${s};`)
    .join("\n");
}

export async function lockDown(connection: DuckDBConnection, options: LockDownOptions): Promise<void> {
  try {
    await connection.run(lockDownSql(options));
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new CivstatError("E_DB", `cannot lock the session down: ${message}`, { cause: error });
  }
}

/** A writing session gets the memory limit only: its SQL may write files and attach databases. */
export async function limitMemory(connection: DuckDBConnection, limits: QueryLimits): Promise<void> {
  await connection.run(`SET memory_limit = ${literal(memoryText(limits.memoryBytes))}`);
}
