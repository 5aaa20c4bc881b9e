// The views and the schema version a writable database records, brought to this civstat's when they
// differ. Views are made again only when their definitions changed (a digest of them is kept in
// civstat_meta), so opening an up-to-date database writes nothing and closing it has nothing to
// checkpoint.

import { createHash } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import { SCHEMA_VERSION, viewsDdl } from "../schemas/tables.js";
import { VIEWS } from "../schemas/views.js";
import { execute, queryRows } from "./bound.js";

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** Makes the views again when `force` (tables were rebuilt) or their definitions changed. */
export async function updateDefinitions(connection: DuckDBConnection, force: boolean): Promise<void> {
  const ddl = viewsDdl();
  const views = digest(ddl);
  const version = String(SCHEMA_VERSION);
  const [held] = await queryRows(connection, {
    sql: `SELECT (SELECT value FROM civstat_meta WHERE key = 'views') AS views,
                 (SELECT value FROM civstat_meta WHERE key = 'schema_version') AS version,
                 (SELECT count(*) FROM duckdb_views()
                  WHERE NOT internal AND schema_name = 'main' AND list_contains($names, view_name)) AS present`,
    params: { names: VIEWS.map((v) => v.name) },
  });
  if (force || held?.views !== views || Number(held?.present) !== VIEWS.length) {
    await connection.run(ddl);
    await execute(connection, {
      sql: "INSERT OR REPLACE INTO civstat_meta VALUES ('views', $views)",
      params: { views },
    });
  }
  if (held?.version !== version) {
    await execute(connection, {
      sql: "INSERT OR REPLACE INTO civstat_meta VALUES ('schema_version', $version)",
      params: { version },
    });
  }
}
