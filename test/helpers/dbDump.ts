import { TABLES } from "../../schemas/tables.js";
import { withDatabase } from "../../store/database.js";

/** Every table's rows as text, in a stable order: what "the same database contents" means. */
export async function dumpTables(db: string): Promise<string> {
  return withDatabase(db, { readOnly: true }, async ({ connection }) => {
    const parts: string[] = [];
    for (const table of TABLES.filter((t) => t.name !== "ingest_log")) {
      const reader = await connection.runAndReadAll(`SELECT * FROM ${table.name} ORDER BY ALL`);
      parts.push(`${table.name}\n${JSON.stringify(reader.getRowsJson())}`);
    }
    return parts.join("\n");
  });
}
