// Zip archives in tests, through fflate: small Office files built from text entries, and the parts
// of a .docx read back.
import { strToU8, unzipSync, zipSync } from "fflate";

/** A zip archive holding `entries` (name → text), stored uncompressed. */
export function storedZip(entries: Record<string, string>): Uint8Array {
  const files = Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]));
  return zipSync(files, { level: 0 });
}

/** The entries of a zip archive (stored or deflated), name → bytes. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const entries = unzipSync(bytes);
  return new Map(
    Object.entries(entries).map(([name, data]) => [
      name,
      Buffer.from(data.buffer, data.byteOffset, data.length),
    ]),
  );
}
