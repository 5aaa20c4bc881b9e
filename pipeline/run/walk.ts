import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { CivstatError } from "../../schemas/basics/errors.js";

export const SUPPORTED_EXTENSIONS = [".pdf", ".docx", ".txt", ".text", ".html", ".htm"];

export interface WalkResult {
  /** Files to ingest, absolute, in a stable order. */
  files: string[];
  /** Files met in folders whose type civstat does not read, with the reason. */
  skipped: Array<{ path: string; reason: string }>;
}

const isHidden = (name: string) => name.startsWith(".") || name.startsWith("~$");

async function walkFolder(folder: string, out: WalkResult): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(path, out);
    else if (entry.isFile()) {
      const ext = extname(entry.name).toLowerCase();
      if (SUPPORTED_EXTENSIONS.includes(ext) || ext === "") out.files.push(path);
      else
        out.skipped.push({
          path,
          reason: `unsupported file type ${ext} (civstat reads .pdf, .docx, .txt and .html)`,
        });
    }
  }
}

/** Expands files and folders (recursively) into the files to ingest. Explicit files are always tried. */
export async function walk(inputs: string[], cwd: string): Promise<WalkResult> {
  const out: WalkResult = { files: [], skipped: [] };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (!info) throw new CivstatError("E_NOT_FOUND", `${input}: no such file or folder`);
    if (info.isDirectory()) await walkFolder(path, out);
    else out.files.push(path);
  }
  out.files = [...new Set(out.files)];
  return out;
}
