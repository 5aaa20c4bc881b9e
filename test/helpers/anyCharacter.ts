// Any UTF-16 code unit sequence for property tests: control characters and lone surrogate halves
// included, weighted toward the ranges civstat treats apart. fast-check's own "binary" unit first
// maps every code point, about a second of CPU for each test file that uses it.
import fc from "fast-check";

const inRange = (min: number, max: number) =>
  fc.integer({ min, max }).map((codePoint) => String.fromCodePoint(codePoint));

/** One character (or one surrogate half) of any kind, for `fc.string({ unit: anyCharacter })`. */
export const anyCharacter = fc.oneof(
  inRange(0, 0x7f),
  inRange(0x3000, 0x303f),
  inRange(0x4e00, 0x9fff),
  inRange(0xd800, 0xdfff),
  inRange(0xff00, 0xffef),
  inRange(0, 0x10ffff),
);
