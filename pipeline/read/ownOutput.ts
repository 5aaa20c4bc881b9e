// Files civstat wrote itself (reports, drafts), told by the mark it writes into them: ingesting
// them would count its own figures again as if a document had published them.

import { DOCX_CREATOR, HTML_GENERATOR, markedFirstLine } from "../../schemas/outputMarks.js";
import { zipPartBytes, zipParts } from "./zipParts.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

const head = (bytes: Uint8Array, n: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.byteLength)).toString("utf8");

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const GENERATOR_META = new RegExp(
  `<meta\\s[^>]*name\\s*=\\s*["']?generator["']?[^>]*content\\s*=\\s*["']${escaped(HTML_GENERATOR)}`,
  "i",
);

function docxCreator(bytes: Uint8Array): string | null {
  try {
    if (!zipParts(bytes).some((p) => p.name === "docProps/core.xml")) return null;
    const core = zipPartBytes(bytes, "docProps/core.xml", 64 * 1024)?.toString("utf8") ?? "";
    return /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

/** "report" or "draft" when civstat wrote these bytes, else null. */
export function civstatOutput(bytes: Uint8Array): "report" | "draft" | null {
  if (ZIP.every((b, i) => bytes[i] === b)) return docxCreator(bytes) === DOCX_CREATOR ? "draft" : null;
  const start = head(bytes, 4096);
  const firstLine = start.split("\n", 1)[0] ?? "";
  const marked = markedFirstLine(firstLine);
  if (marked) return marked;
  return GENERATOR_META.test(start) ? "report" : null;
}
