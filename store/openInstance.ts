// Opens a DuckDB instance. When another process holds the file, the error names the civstat
// command writing it (from the lock file, writeLock.ts); with `wait`, it tries again until free.
// A reader is told about --wait; a writer (ingest) waits for no one and is told to retry.

import { setTimeout as sleep } from "node:timers/promises";
import { CivstatError } from "../schemas/basics/errors.js";
import { DuckDBInstance } from "./duckdb.js";
import { holderText, lockHolder } from "./writeLock.js";

const RETRY_MS = 200;

export async function openInstance(
  path: string,
  config: Record<string, string>,
  { wait, reader }: { wait: boolean; reader: boolean },
): Promise<DuckDBInstance> {
  for (;;) {
    try {
      return await DuckDBInstance.create(path, config);
    } catch (error) {
      const message = (error as Error).message;
      if (!/lock/i.test(message)) {
        throw new CivstatError("E_DB", `cannot open database ${path}: ${message.split("\n")[0]}`, {
          cause: error,
        });
      }
      if (wait) {
        await sleep(RETRY_MS);
        continue;
      }
      const holder = lockHolder(path);
      const who = holder ? `is being written by ${holderText(holder)}` : "is open in another process";
      const hint = reader ? "retry or pass --wait" : "retry when it is done";
      throw new CivstatError("E_DB", `database ${path} ${who}; ${hint}`, { cause: error });
    }
  }
}
