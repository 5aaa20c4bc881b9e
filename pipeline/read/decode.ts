// Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; or
// by the charset a web page declares.

import { CivstatError } from "../../schemas/basics/errors.js";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  /** A TextEncoding when sniffed; the decoder's name for a declared charset (big5, gbk, shift_jis…). */
  encoding: string;
  /** Replacement characters produced by decoding (bytes the encoding could not read). */
  replaced: number;
}

const count = (text: string, ch: string): number => {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
};

function decodeWith(label: string, bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text = new TextDecoder(label).decode(bytes);
  return { text, encoding, replaced: count(text, "\uFFFD") };
}

/** Replacement characters a text may have and still be read: 1% of it, at least 2. */
const tolerated = (text: string): number => Math.max(2, text.length / 100);

const hasBom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
  (bytes[0] === 0xff && bytes[1] === 0xfe) ||
  (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Bytes that are valid UTF-8 and not all ASCII. */
function utf8BeyondAscii(bytes: Uint8Array): boolean {
  if (bytes.every((b) => b < 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes decoded by the charset their page declares: any label TextDecoder knows (big5, gbk,
 * gb2312, shift_jis, euc-kr, windows-1252…). Null when the declaration cannot be right, and the
 * bytes are to be sniffed instead: an unknown label; a byte-order mark, which wins over any
 * declaration; UTF-16, which a declaration readable as ASCII cannot be (browsers read such a page
 * as UTF-8); bytes that are valid UTF-8 beyond ASCII under another declaration (a page saved again
 * as UTF-8 that kept its old one); more bytes than tolerated that the declared charset cannot read.
 */
export function decodeDeclared(bytes: Uint8Array, label: string): DecodedText | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  const encoding = decoder.encoding;
  if (hasBom(bytes) || encoding.startsWith("utf-16")) return null;
  if (encoding !== "utf-8" && utf8BeyondAscii(bytes)) return null;
  const text = decoder.decode(bytes);
  const replaced = count(text, "\uFFFD");
  return replaced > tolerated(text) ? null : { text, encoding, replaced };
}

/** Characters beyond ASCII that decoded well. */
const wellDecoded = (text: string): number => {
  let n = 0;
  for (const ch of text) if (ch > "\x7f" && ch !== "\uFFFD") n++;
  return n;
};

/**
 * A few bad bytes among many good UTF-8 characters (a cut character, a stray byte): UTF-8 with
 * those few replaced. GBK read as UTF-8 gives replacements everywhere and good characters nowhere.
 */
const mostlyUtf8 = (utf8: DecodedText): boolean =>
  utf8.replaced <= tolerated(utf8.text) && wellDecoded(utf8.text) >= 10 * utf8.replaced;

/**
 * Valid UTF-8 is taken as UTF-8, and so is UTF-8 with a few bytes it cannot read (mostlyUtf8);
 * anything else as GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese
 * government text files). A text where more than 1% of the characters cannot be
 * decoded is refused with E_ENCODING.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = decodeWith("utf-8", bytes, "utf-8-bom");
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = decodeWith("utf-16le", bytes, "utf-16le");
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = decodeWith("utf-16be", bytes, "utf-16be");
  } else {
    try {
      decoded = {
        text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
        encoding: "utf-8",
        replaced: 0,
      };
    } catch {
      const utf8 = decodeWith("utf-8", bytes, "utf-8");
      decoded = mostlyUtf8(utf8) ? utf8 : decodeWith("gb18030", bytes, "gb18030");
    }
  }
  if (decoded.replaced > tolerated(decoded.text)) {
    throw new CivstatError(
      "E_ENCODING",
      `unreadable text: ${decoded.replaced} characters not valid in ${decoded.encoding}`,
    );
  }
  return decoded;
}
