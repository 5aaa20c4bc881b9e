// Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.

import { CivstatError } from "../../schemas/basics/errors.js";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
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
