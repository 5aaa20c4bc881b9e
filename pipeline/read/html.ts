// Web pages saved as .html: bytes decoded by the charset the page declares (else sniffed), then
// the page's text, one line a block, table rows with cells joined by "\t" (htmlLines).
import { CivstatError } from "../../schemas/basics/errors.js";
import { decodeDeclared, decodeText } from "./decode.js";
import { htmlToLines } from "./htmlLines.js";
import type { TextRead } from "./txt.js";

/** An HTML page's own declared charset, read from its first bytes as ASCII. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function htmlToText(html: string): string {
  return htmlToLines(html).join("\n");
}

/** Reads a saved web page: bytes decoded by the charset it declares, or detected, then its text. */
export function readHtml(bytes: Uint8Array): TextRead {
  const charset = declaredCharset(bytes);
  const decoded = (charset ? decodeDeclared(bytes, charset) : null) ?? decodeText(bytes);
  const text = htmlToText(decoded.text.replace(/\r\n?/g, "\n"));
  if (text === "") throw new CivstatError("E_EMPTY", "web page with no text");
  return { pages: [{ number: null, text }], encoding: decoded.encoding, warnings: [] };
}
