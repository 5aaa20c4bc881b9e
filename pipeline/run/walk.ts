import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { CivstatError } from "../../schemas/basics/errors.js";

export const SUPPORTED_EXTENSIONS = [
  ".pdf",
  ".docx",
  ".doc",
  ".wps",
  ".xlsx",
  ".xls",
  ".et",
  ".csv",
  ".txt",
  ".text",
  ".html",
  ".htm",
];

export interface WalkResult {
  /** Files to ingest, absolute, in a stable order. */
  files: string[];
  /** Files met in folders whose type civstat does not read, with the reason. */
  skipped: Array<{ path: string; reason: string }>;
}

const isHidden = (name: string) => name.startsWith(".") || name.startsWith("~$");

/** What a folder entry is, a symbolic link followed to what it points at. */
async function kindOf(path: string, link: boolean): Promise<"file" | "folder" | "broken" | "other"> {
  if (!link) return "other";
  const target = await stat(path).catch(() => null);
  if (!target) return "broken";
  return target.isDirectory() ? "folder" : target.isFile() ? "file" : "other";
}

function addFile(path: string, name: string, out: WalkResult): void {
  const ext = extname(name).toLowerCase();
  if (SUPPORTED_EXTENSIONS.includes(ext) || ext === "") out.files.push(path);
  else
    out.skipped.push({
      path,
      reason: `unsupported file type ${ext} (civstat reads .pdf, .docx, .doc, .xlsx, .xls, .csv, .txt and .html)`,
    });
}

/**
 * Symbolic links are followed, to files and to folders; a folder already being walked (a link
 * back up the tree) and a link to nothing are named among the skipped files, never passed over.
 */
async function walkFolder(folder: string, out: WalkResult, open: Set<string>): Promise<void> {
  const real = await realpath(folder);
  if (open.has(real)) {
    out.skipped.push({ path: folder, reason: `symbolic link loop: ${real} is already being read` });
    return;
  }
  open.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const path = join(folder, entry.name);
    const linked = await kindOf(path, entry.isSymbolicLink());
    if (entry.isDirectory() || linked === "folder") await walkFolder(path, out, open);
    else if (entry.isFile() || linked === "file") addFile(path, entry.name, out);
    else if (linked === "broken") {
      out.skipped.push({ path, reason: "symbolic link to nothing (its target is missing)" });
    }
  }
  open.delete(real);
}

/** Expands files and folders (recursively) into the files to ingest. Explicit files are always tried. */
export async function walk(inputs: string[], cwd: string): Promise<WalkResult> {
  const out: WalkResult = { files: [], skipped: [] };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (!info) throw new CivstatError("E_NOT_FOUND", `${input}: no such file or folder`);
    if (info.isDirectory()) await walkFolder(path, out, new Set());
    else out.files.push(path);
  }
  out.files = [...new Set(out.files)];
  return out;
}
