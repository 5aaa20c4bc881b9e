/** Where civstat keeps its database unless told otherwise (--db). */
export const DEFAULT_DB = "data/civstat.duckdb";
