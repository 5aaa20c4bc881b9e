import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The temporary file beside `path` that a write goes to before it is renamed into place. */
export const tempPathOf = (path: string): string => `${path}.${process.pid}.tmp`;

/** Writes to a temporary file beside the target and renames it into place: never half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Runs `write(temp)` that creates a file at the temporary path, then renames it into place. */
export async function writeViaTemp(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  try {
    await write(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
