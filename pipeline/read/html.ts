// Web pages saved as .html: the page's text, one line a block (paragraph, heading, list item,
// line break), table rows with cells joined by "\t"; scripts, styles and comments dropped.
import { CivstatError } from "../../schemas/basics/errors.js";
import { decodeText } from "./decode.js";
import { decodeEntities } from "./htmlLines.js";
import type { TextRead } from "./txt.js";

/** An HTML page's own declared charset, read from its first bytes as ASCII. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, "")
      .replace(/<\/t[dh]\s*>\s*<t[dh]\b[^>]*>/gi, "\t")
      .replace(
        /<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6]|table|section|article|header|footer|ul|ol|dd|dt|title)\s*>/gi,
        "\n",
      )
      .replace(/<[^>]+>/g, "")
      .replace(/[ \t]*\n[ \t]*/g, "\n")
      .replace(/\n{3,}/g, "\n\n"),
  ).trim();
}

/** Reads a saved web page: bytes decoded by the charset it declares, or detected, then its text. */
export function readHtml(bytes: Uint8Array): TextRead {
  const charset = declaredCharset(bytes);
  const decoded =
    charset && /^(?:gb2312|gbk|gb18030)$/.test(charset)
      ? { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" as const }
      : decodeText(bytes);
  const text = htmlToText(decoded.text.replace(/\r\n?/g, "\n"));
  if (text === "") throw new CivstatError("E_EMPTY", "web page with no text");
  return { pages: [{ number: null, text }], encoding: decoded.encoding, warnings: [] };
}
