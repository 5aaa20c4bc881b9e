import type { IngestStore } from "../pipeline/run/run.js";
import { ingestLog } from "../schemas/tables.js";
import { appendRows } from "./append.js";
import { type BatchLimits, batchWriter, DEFAULT_BATCH } from "./batch.js";
import { openDatabase } from "./database.js";
import { filePaths, unlinkFile } from "./load.js";
import { storeError } from "./storeError.js";

/** Memory DuckDB may use while ingesting; the batches in flight need far less. */
const INGEST_MEMORY = "256MB";

/** The database at `path` (created when missing) as the place an ingest run writes to, in batches. */
export async function openIngestStore(
  path: string,
  limits: BatchLimits = DEFAULT_BATCH,
): Promise<IngestStore> {
  const { connection, close } = await openDatabase(path, { verb: "ingest" });
  // Blocks DuckDB keeps cached would otherwise grow with the database, not with the batch.
  await connection.run(`SET memory_limit = '${INGEST_MEMORY}'`);
  const batch = batchWriter(connection, path, limits);
  return {
    ...batch,
    async log(rows) {
      try {
        await appendRows(connection, ingestLog, rows);
      } catch (error) {
        throw storeError(error, path) ?? error;
      }
    },
    paths: () => filePaths(connection),
    unlink: async (file) => (await unlinkFile(connection, file)).docId,
    close,
  };
}
