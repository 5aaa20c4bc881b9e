import type { IngestStore } from "../pipeline/run/run.js";
import { ingestLog } from "../schemas/tables.js";
import { appendRows } from "./append.js";
import { openDatabase } from "./database.js";
import { linkDocument, loadDocument, planLoad } from "./load.js";

/** The database at `path` (created when missing) as the place an ingest run writes to. */
export async function openIngestStore(path: string): Promise<IngestStore> {
  const { connection, close } = await openDatabase(path);
  return {
    plan: (file, docId) => planLoad(connection, file, docId),
    link: (file, docId, bytes) => linkDocument(connection, file, docId, bytes),
    load: (file, rows) => loadDocument(connection, file, rows),
    log: (rows) => appendRows(connection, ingestLog, rows),
    close,
  };
}
