// Statements that reach beyond the database (files, other databases, extensions): a read-only
// `query` refuses them by name before DuckDB sees them. The locked-down session (lockDown.ts) is
// what guarantees it; this says why in words a user can act on.

import { StatementType } from "./duckdb.js";

const REFUSED: Partial<Record<StatementType, string>> = {
  [StatementType.COPY]: "COPY reads or writes files",
  [StatementType.COPY_DATABASE]: "COPY FROM DATABASE writes another database",
  [StatementType.EXPORT]: "EXPORT DATABASE writes files",
  [StatementType.ATTACH]: "ATTACH opens another database",
  [StatementType.DETACH]: "DETACH changes the attached databases",
  [StatementType.LOAD]: "INSTALL and LOAD bring in extensions",
  [StatementType.EXTENSION]: "INSTALL and LOAD bring in extensions",
  [StatementType.UPDATE_EXTENSIONS]: "UPDATE EXTENSIONS reaches the network",
  [StatementType.PREPARE]: "PREPARE and EXECUTE hide the statement they run",
  [StatementType.EXECUTE]: "PREPARE and EXECUTE hide the statement they run",
};

/** Why a read-only query refuses a statement of this type, or null when it may run. */
export function refusedStatement(type: StatementType): string | null {
  const reason = REFUSED[type];
  return reason ? `${reason}: the database is opened read-only (pass --write to run it)` : null;
}
