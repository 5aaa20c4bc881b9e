import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CivstatError } from "../schemas/basics/errors.js";
import { tablesDdl } from "../schemas/tables.js";
import { updateDefinitions } from "./definitions.js";
import { migrate } from "./migrate.js";
import { openInstance } from "./openInstance.js";
import { takeWriteLock } from "./writeLock.js";

export { DEFAULT_DB } from "./location.js";

/** An open connection, for code outside store/ to hand back to store/ functions. */
export type Connection = DuckDBConnection;

export interface Database {
  connection: DuckDBConnection;
  path: string;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  create?: boolean;
  /** The civstat command opening it for writing, named in the lock file: ingest, query --write … */
  verb?: string;
  /** Wait while another process writes it, instead of failing. */
  wait?: boolean;
}

const SETTINGS = { autoinstall_known_extensions: "false", autoload_known_extensions: "false" };

/**
 * The threads DuckDB may use for one database: $CIVSTAT_DUCKDB_THREADS when set, else DuckDB's
 * default, one a core. The test suite sets 1: its two workers already keep both cores busy, and a
 * second thread per database only costs CPU on its small databases.
 */
export function threadSettings(env: NodeJS.ProcessEnv = process.env): { threads?: string } {
  const value = env.CIVSTAT_DUCKDB_THREADS;
  if (value === undefined || value === "") return {};
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw new CivstatError(
      "E_BAD_USAGE",
      `CIVSTAT_DUCKDB_THREADS=${value}: give a whole number of threads from 1, like 2`,
    );
  }
  return { threads: value };
}
/**
 * No automatic checkpoints: ingest checkpoints after each batch it commits (store/batch.ts), and a
 * writer checkpoints when it opens, so a log left by an interrupted run is replayed once, not by
 * every reader after it.
 *
 * A new database gets 64 kB blocks instead of 256 kB. After a checkpoint, each column a batch
 * appends to starts a block in memory: with 256 kB blocks that was about 40 MB over the tables for
 * the whole of a long ingest, with 64 kB about 10 MB. A database's block size is fixed when it is
 * made; older ones keep theirs.
 */
const WRITE_SETTINGS = { checkpoint_threshold: "1GB", default_block_size: "65536" };

/** Opens (creating when asked) a civstat database and makes sure its tables exist. */
export async function openDatabase(
  path: string,
  { readOnly = false, create = !readOnly, verb = "query --write", wait = false }: OpenOptions = {},
): Promise<Database> {
  const threads = threadSettings();
  const inMemory = path === ":memory:";
  if (!inMemory && !existsSync(path)) {
    if (!create) {
      throw new CivstatError(
        "E_NOT_FOUND",
        `no database at ${path} (run civstat ingest first, or pass --db)`,
      );
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOTDIR" || code === "EEXIST"
          ? "a file stands where its folder should be"
          : (error as Error).message;
      throw new CivstatError("E_DB", `cannot create database ${path}: ${reason}`, { cause: error });
    }
  }
  const instance = await openInstance(
    path,
    {
      ...SETTINGS,
      ...threads,
      ...(readOnly && !inMemory ? { access_mode: "READ_ONLY" } : WRITE_SETTINGS),
    },
    { wait, reader: readOnly },
  );
  const release = readOnly || inMemory ? () => undefined : takeWriteLock(path, verb);
  const connection = await instance.connect();
  if (readOnly) {
    const meta = await connection.runAndReadAll(
      "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'civstat_meta'",
    );
    if (meta.getRows()[0]?.[0] === 0n) {
      connection.closeSync();
      instance.closeSync();
      throw new CivstatError("E_DB", `${path} is not a civstat database (no civstat tables in it)`);
    }
  }
  if (!readOnly) {
    if (!inMemory) await connection.run("CHECKPOINT");
    await connection.run(tablesDdl());
    const migrated = await migrate(connection);
    await updateDefinitions(connection, migrated.length > 0);
  }
  return {
    connection,
    path,
    close() {
      connection.closeSync();
      instance.closeSync();
      release();
    },
  };
}

/** Runs `work` on a database and closes it afterwards, whatever happens. */
export async function withDatabase<T>(
  path: string,
  options: OpenOptions,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(path, options);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
