// Runs queries within their limits: DuckDB is interrupted when the time is up, its out-of-memory
// error is named, and rows are fetched chunk by chunk so that a result too big to hand back stops
// before it fills the memory of the process.

import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBResultReader } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { memoryText, type QueryLimits } from "./queryLimits.js";

/** What a row of JavaScript values costs, measured: about 260 bytes a row and 32 a column. */
const ROW_BYTES = 256;
const CELL_BYTES = 32;
/** Rows fetched between two looks at the clock and the size of the result. */
const STEP = 20_480;

export interface QueryGuard {
  /** Throws once the time is up or `rows` rows of `columns` columns would pass the memory limit. */
  check(rows: number, columns: number): void;
}

const timeMessage = (limits: QueryLimits) =>
  `query stopped after ${limits.seconds} s, its time limit (raise it with --timeout SECONDS)`;

const memoryMessage = (limits: QueryLimits) =>
  `query stopped: it needs more than ${memoryText(limits.memoryBytes)} of memory, its limit (raise it with --memory-limit SIZE)`;

/** Runs `work` under the limits; the errors of a query stopped by them become one line naming the flag. */
export async function withQueryLimits<T>(
  connection: DuckDBConnection,
  limits: QueryLimits,
  work: (guard: QueryGuard) => Promise<T>,
): Promise<T> {
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    connection.interrupt();
  }, limits.seconds * 1000);
  const guard: QueryGuard = {
    check(rows, columns) {
      if (expired) throw new CivstatError("E_LIMIT", timeMessage(limits));
      if (rows * (ROW_BYTES + CELL_BYTES * columns) > limits.memoryBytes) {
        throw new CivstatError(
          "E_LIMIT",
          `query stopped: its result (${rows.toLocaleString("en")} rows so far) needs more than ${memoryText(limits.memoryBytes)} of memory, its limit (add a LIMIT, or raise it with --memory-limit SIZE)`,
        );
      }
    },
  };
  try {
    return await work(guard);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (expired && /interrupt/i.test(message)) {
      throw new CivstatError("E_LIMIT", timeMessage(limits), { cause: error });
    }
    if (/Out of Memory Error/i.test(message)) {
      throw new CivstatError("E_LIMIT", memoryMessage(limits), { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a prepared statement and reads all its rows, looking at the guard after every chunk. */
export async function readAllGuarded(
  prepared: DuckDBPreparedStatement,
  guard: QueryGuard,
): Promise<DuckDBResultReader> {
  const reader = await prepared.streamAndRead();
  guard.check(0, reader.columnCount);
  while (!reader.done) {
    await reader.readUntil(reader.currentRowCount + STEP);
    guard.check(reader.currentRowCount, reader.columnCount);
  }
  return reader;
}
