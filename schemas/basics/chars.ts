// Character classes of Chinese text, and how wide each character is on a printed line.

/** A Han ideograph (CJK unified, extension A, compatibility, the supplementary planes) or 〇. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    cp === 0x3007
  );
}

/** Punctuation set in full width in Chinese text: 、。《》【】〔〕，；：！？（）“”‘’…—· and the like. */
export function isCjkPunct(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f && cp !== 0x3007) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0x2018 && cp <= 0x201f) ||
    cp === 0x2026 ||
    cp === 0x2014 ||
    cp === 0x2015 ||
    cp === 0x00b7
  );
}

/** Han or full-width punctuation: characters that sit in a Chinese line without spaces around them. */
export const isWide = (cp: number): boolean => isHan(cp) || isCjkPunct(cp);

export const isAsciiAlnum = (cp: number): boolean =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);

export const isSpace = (ch: string): boolean => ch === " " || ch === "\t";

/**
 * Printed width in em: a wide character takes 1, a space about a quarter, anything else about
 * half (digits and Latin letters in a Song or FangSong face).
 */
export function charWidth(cp: number): number {
  if (cp === 0x20) return 0.25;
  if (cp === 0x09) return 1;
  return isWide(cp) || cp > 0x2e80 ? 1 : 0.55;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}
