import type { DuckDBConnection } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { lockDown } from "./lockDown.js";
import type { QueryLimits } from "./queryLimits.js";
import { SERIES_VIEWS_SQL } from "./series.js";
import { createTempTables, type TempTable } from "./tempTables.js";

/** What a report adds to its connection: label tables and its macros (CREATE MACRO statements). */
export interface SessionSetup {
  tables: readonly TempTable[];
  macros: string;
}

/**
 * Whether SQL reads the series tables (series_points, series_flags). They are worked out from every
 * fact when the session starts, so a session whose SQL does not name them goes without.
 */
export const readsSeries = (sql: string): boolean => /series_(?:points|flags)/i.test(sql);

/**
 * Adds what notebooks and civstat query share to a connection, as temporary objects (a read-only
 * database takes them too): the label tables, the macros and, when the SQL to run reads them, the
 * series tables.
 */
export async function addSessionObjects(
  connection: DuckDBConnection,
  setup: SessionSetup,
  series: boolean,
): Promise<void> {
  try {
    await createTempTables(connection, setup.tables);
    await connection.run(setup.macros);
    if (series) await connection.run(SERIES_VIEWS_SQL);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new CivstatError("E_DB", `cannot prepare the session: ${message}`, { cause: error });
  }
}

/**
 * Readies a read-only connection for a notebook: label tables, macros and series views as
 * temporary objects, then shuts file access so that a cell can read the database and nothing else.
 */
export async function prepareSession(
  connection: DuckDBConnection,
  setup: SessionSetup,
  limits: QueryLimits,
  series: boolean,
): Promise<void> {
  await addSessionObjects(connection, setup, series);
  await lockDown(connection, { limits });
}
