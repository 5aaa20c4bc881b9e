// A file beside the database saying which civstat command writes it (`<db>.lock`: pid and verb),
// so that a reader locked out by DuckDB can say who holds the database, and wait for it.
// A lock whose process is gone (killed, crashed) is stale and ignored.

import { readFileSync, rmSync, writeFileSync } from "node:fs";

export interface LockHolder {
  pid: number;
  /** The civstat command writing: ingest, query --write … */
  verb: string;
  /** ISO time the write began. */
  since: string;
}

export const lockPathOf = (dbPath: string): string => `${dbPath}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isInteger(value.pid) || typeof value.verb !== "string") return null;
    return { pid: value.pid as number, verb: value.verb, since: String(value.since ?? "") };
  } catch {
    return null;
  }
}

/** The live civstat process writing the database, or null (no lock file, or a stale one). */
export function lockHolder(dbPath: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPathOf(dbPath), "utf8");
  } catch {
    return null;
  }
  const holder = parseHolder(text);
  return holder && holder.pid !== process.pid && alive(holder.pid) ? holder : null;
}

export const holderText = (holder: LockHolder): string => `civstat ${holder.verb} (pid ${holder.pid})`;

/**
 * Marks the database as written by this process; returns the release. DuckDB's own file lock keeps
 * two writers apart; this file only names the writer, so a stale one is simply overwritten.
 */
export function takeWriteLock(dbPath: string, verb: string): () => void {
  const path = lockPathOf(dbPath);
  const holder: LockHolder = { pid: process.pid, verb, since: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(holder)}\n`);
  return () => {
    const current = (() => {
      try {
        return parseHolder(readFileSync(path, "utf8"));
      } catch {
        return null;
      }
    })();
    if (current?.pid === process.pid) rmSync(path, { force: true });
  };
}
