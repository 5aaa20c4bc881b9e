// DuckDB's Node API, required instead of imported. It is CommonJS: imported from an ES module, Node
// first scans each of its files for the names it exports, which took 230 ms (400 ms of CPU) at every
// start of a command that opens a database; required, 110 ms (150 ms of CPU).
import { createRequire } from "node:module";
import type * as DuckDB from "@duckdb/node-api";

const duckdb = createRequire(import.meta.url)("@duckdb/node-api") as typeof DuckDB;

export const DuckDBInstance: typeof DuckDB.DuckDBInstance = duckdb.DuckDBInstance;
export type DuckDBInstance = DuckDB.DuckDBInstance;
export const DuckDBDateValue: typeof DuckDB.DuckDBDateValue = duckdb.DuckDBDateValue;
export const StatementType: typeof DuckDB.StatementType = duckdb.StatementType;
export type StatementType = DuckDB.StatementType;
export const listValue: typeof DuckDB.listValue = duckdb.listValue;
export const LIST: typeof DuckDB.LIST = duckdb.LIST;
export const DATE: typeof DuckDB.DATE = duckdb.DATE;
export const DOUBLE: typeof DuckDB.DOUBLE = duckdb.DOUBLE;
export const INTEGER: typeof DuckDB.INTEGER = duckdb.INTEGER;
export const VARCHAR: typeof DuckDB.VARCHAR = duckdb.VARCHAR;
