// The parts of a zip archive as its central directory lists them, and a check that the text parts
// of a Word document expand to no more than a limit, made before any library inflates them: a
// small file that would expand to gigabytes (a zip bomb) is refused with one line.

import { inflateRawSync } from "node:zlib";
import { CivstatError } from "../../schemas/basics/errors.js";
import { sizeText } from "../../schemas/basics/size.js";

export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The size the directory declares once inflated (0xffffffff: zip64, 4 GB or more). */
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64 = 0xffffffff;

const notZip = () =>
  new CivstatError("E_NOT_ZIP", "not a Word document: the file is not a readable zip archive");

/** The entries of the central directory; E_NOT_ZIP when there is none to read. */
export function zipParts(bytes: Uint8Array): ZipPart[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  let end = buf.length - 22;
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  while (end >= stop && buf.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < stop) throw notZip();
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== DIRECTORY_ENTRY) throw notZip();
    const nameLength = buf.readUInt16LE(at + 28);
    parts.push({
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return parts;
}

const mb = sizeText;

/** Parts a converter reads for text: XML and relationships (images and other media are skipped). */
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name);

function bomb(name: string, size: string, limit: number): CivstatError {
  return new CivstatError(
    "E_ZIP_BOMB",
    `zip bomb: ${name} would expand to ${size}, over the ${mb(limit)} a document may take (raise it with --max-file-size)`,
  );
}

/** Inflates one part, never past `room` bytes; null when it would go past. */
function inflatedSize(buf: Buffer, part: ZipPart, room: number): number | null {
  const local = part.localOffset;
  if (local + 30 > buf.length) throw notZip();
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + part.compressedSize);
  if (part.method === 0) return data.length <= room ? data.length : null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw new CivstatError("E_BAD_DOCX", `broken Word document: ${part.name} cannot be inflated`, {
      cause: error,
    });
  }
}

/**
 * Checks a Word document's text parts against `limit` bytes in all: first the sizes the directory
 * declares, then (since a directory can lie) by inflating each with no room to go past the limit.
 */
export function checkZipExpansion(bytes: Uint8Array, limit: number): void {
  const parts = zipParts(bytes).filter((p) => isTextPart(p.name));
  for (const part of parts) {
    if (part.size === ZIP64) throw bomb(part.name, "4 GB or more", limit);
    if (part.size > limit) throw bomb(part.name, mb(part.size), limit);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const part of parts) {
    const size = inflatedSize(buf, part, limit - total);
    if (size === null) throw bomb(part.name, `more than ${mb(limit - total)}`, limit);
    total += size;
  }
}

/** The bytes of one part, inflated to at most `maxBytes`; null when the archive has no such part or it is larger. */
export function zipPartBytes(bytes: Uint8Array, name: string, maxBytes: number): Buffer | null {
  const part = zipParts(bytes).find((p) => p.name === name);
  if (!part || part.size > maxBytes) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = part.localOffset;
  if (local + 30 > buf.length) return null;
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + part.compressedSize);
  if (part.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch {
    return null;
  }
}
