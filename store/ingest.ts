import { existsSync, rmSync } from "node:fs";
import type { IngestStore } from "../pipeline/run/run.js";
import { ingestLog } from "../schemas/tables.js";
import { appendRows } from "./append.js";
import { type BatchLimits, batchWriter, DEFAULT_BATCH } from "./batch.js";
import { openDatabase } from "./database.js";
import { documentCensus } from "./docs.js";
import { limitIngestMemory } from "./ingestMemory.js";
import { filePaths, unlinkFile } from "./load.js";
import { storeError } from "./storeError.js";

/** Removes what a run created and could not fill; what cannot be removed is left as it is. */
function removeDatabase(path: string): void {
  for (const file of [path, `${path}.wal`]) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Never there, or not ours to remove: the error that stopped the run is the one to tell.
    }
  }
}

/** The database at `path` (created when missing) as the place an ingest run writes to, in batches. */
export async function openIngestStore(
  path: string,
  limits: BatchLimits = DEFAULT_BATCH,
): Promise<IngestStore> {
  const created = path !== ":memory:" && !existsSync(path);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(path, { verb: "ingest" });
  } catch (error) {
    if (created) removeDatabase(path);
    throw storeError(error, path) ?? error;
  }
  const { connection, close } = opened;
  await limitIngestMemory(connection);
  // One thread: the workers have the cores, and each DuckDB thread holds buffers of its own.
  await connection.run("SET threads = 1");
  // Each batch's commit writes its own row groups, the last partly filled; merging those again
  // cost a checkpoint (the one at close above all) more than appending the rows did. Row groups
  // are merged again once the run deletes rows, which would otherwise keep their space.
  await connection.run("SET max_vacuum_tasks = 0");
  let compacting = false;
  const compact = async () => {
    if (compacting) return;
    compacting = true;
    await connection.run("RESET max_vacuum_tasks");
  };
  const batch = batchWriter(connection, path, limits, compact);
  let failed = false;
  return {
    ...batch,
    async commit() {
      try {
        await batch.commit();
        await limitIngestMemory(connection);
      } catch (error) {
        failed = true;
        throw error;
      }
    },
    async log(rows) {
      try {
        await appendRows(connection, ingestLog, rows);
      } catch (error) {
        throw storeError(error, path) ?? error;
      }
    },
    paths: () => filePaths(connection),
    unlink: async (file) => {
      await compact();
      return (await unlinkFile(connection, file)).docId;
    },
    census: () => documentCensus(connection),
    close() {
      close();
      // A run that could not write its first batch leaves no empty database behind.
      if (failed && created && batch.committed() === 0) removeDatabase(path);
    },
  };
}
