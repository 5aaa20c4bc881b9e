import type { DuckDBConnection } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { lockDown } from "../store/lockDown.js";
import type { QueryLimits } from "../store/queryLimits.js";
import { labelTablesSql } from "./labels.js";
import { MACROS_SQL } from "./macros.js";
import { SERIES_VIEWS_SQL } from "./seriesViews.js";

/**
 * Readies a read-only connection for a notebook: label tables, macros and series views as
 * temporary objects, then shuts file access so that a cell can read the database and nothing else.
 */
export async function prepareSession(connection: DuckDBConnection, limits: QueryLimits): Promise<void> {
  try {
    await connection.run(labelTablesSql());
    await connection.run(MACROS_SQL);
    await connection.run(SERIES_VIEWS_SQL);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new CivstatError("E_DB", `cannot prepare the report session: ${message}`, { cause: error });
  }
  await lockDown(connection, { limits });
}
