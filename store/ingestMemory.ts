// The memory DuckDB keeps while ingest writes: a limit, and dropping the blocks it caches once a
// checkpoint has written them, so the cache does not grow with the database during a long run.

import type { DuckDBConnection } from "@duckdb/node-api";
import { execute } from "./bound.js";

/**
 * Memory DuckDB may use while ingesting: a batch in flight needs far less, and more only caches
 * blocks already written, which grows with the database instead of with the batch.
 */
const INGEST_MEMORY = "64MB";

/**
 * Sets the ingest limit. Setting it again after a commit also makes DuckDB hand the memory the
 * commit freed back to the system: left alone, that memory stays with the process.
 */
export const limitIngestMemory = (connection: DuckDBConnection) =>
  execute(connection, { sql: "SET memory_limit = $memory", params: { memory: INGEST_MEMORY } });

/**
 * Drops the blocks DuckDB caches, right after a checkpoint has written everything: a limit far
 * below what is cached makes it evict them, and the ingest limit is set again at once. The run
 * makes one store call at a time, so no other query meets the lower limit. When something cannot
 * be evicted, DuckDB refuses the lower limit but keeps it all the same; the ingest limit is set
 * again either way.
 */
export async function dropCachedBlocks(connection: DuckDBConnection): Promise<void> {
  try {
    await connection.run("SET memory_limit = '1MB'");
  } catch {
    // What could be evicted was; the rest stays cached.
  }
  await limitIngestMemory(connection);
}
