// Legacy Office and WPS files are OLE2 compound files: a little file system whose streams tell what
// the file is (WordDocument, Workbook, EncryptedPackage …).

import { CFB } from "@e965/xlsx";
import { CivstatError, type ErrorCode } from "../../schemas/basics/errors.js";

export type OleKind = "doc" | "xls" | "encrypted" | "powerpoint" | "unknown";

export type OleContainer = ReturnType<typeof CFB.read>;

/** Parses the container; when it cannot, throws `code` saying the `what` is broken. */
export function readOle(bytes: Uint8Array, code: ErrorCode, what: string): OleContainer {
  try {
    return CFB.read(bytes, { type: "buffer" });
  } catch (error) {
    throw new CivstatError(code, `broken ${what}: ${(error as Error).message}`, { cause: error });
  }
}

/** The bytes of a stream at the container's root, or null. */
export function oleStream(container: OleContainer, name: string): Buffer | null {
  const entry = CFB.find(container, `/${name}`);
  const content = entry?.content;
  if (!content || entry.type !== 2) return null;
  return Buffer.isBuffer(content) ? content : Buffer.from(content as ArrayLike<number>);
}

/** What an OLE2 file holds, told by its streams. */
export function oleKind(container: OleContainer): OleKind {
  const names = new Set(container.FullPaths.map((p: string) => p.replace(/^[^/]*\//, "").replace(/\/$/, "")));
  // An encrypted .docx or .xlsx is an OLE2 file holding the encrypted zip.
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return "encrypted";
  if (names.has("WordDocument")) return "doc";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  if (names.has("PowerPoint Document")) return "powerpoint";
  return "unknown";
}
