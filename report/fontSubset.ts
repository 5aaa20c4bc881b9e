// A CJK font cut down to the characters a report's charts use, with HarfBuzz's subsetter
// (harfbuzzjs, WebAssembly). resvg reads its font file again for every text element it shapes: with
// a 19 MB collection (NotoSansCJK-Regular.ttc) a chart of twenty labels took seconds, with a subset
// of a few kilobytes it takes milliseconds.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const MEMORY_MODE_WRITABLE = 2;

let harfBuzz: HarfBuzz | null = null;
function loadHarfBuzz(): HarfBuzz {
  if (!harfBuzz) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    harfBuzz = instance.exports as unknown as HarfBuzz;
    harfBuzz._initialize();
  }
  return harfBuzz;
}

/** The family names (name id 1, Windows Unicode) of each face of a font file or collection. */
export function faceFamilies(font: Uint8Array): string[][] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  const offsets =
    tag(0) === "ttcf" ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i)) : [0];
  return offsets.map((offset) => {
    const tables = view.getUint16(offset + 4);
    for (let i = 0; i < tables; i++) {
      const record = offset + 12 + 16 * i;
      if (tag(record) !== "name") continue;
      const name = view.getUint32(record + 8);
      const strings = name + view.getUint16(name + 4);
      const families: string[] = [];
      for (let j = 0; j < view.getUint16(name + 2); j++) {
        const at = name + 6 + 12 * j;
        const [platform, encoding, , id, length, start] = [0, 2, 4, 6, 8, 10].map((k) =>
          view.getUint16(at + k),
        );
        if (id !== 1 || platform !== 3 || encoding !== 1) continue;
        const units: number[] = [];
        for (let k = 0; k < (length ?? 0); k += 2) units.push(view.getUint16(strings + (start ?? 0) + k));
        families.push(String.fromCharCode(...units));
      }
      return families;
    }
    return [];
  });
}

/**
 * The face of `font` named `family` (the first face when none is) holding only the characters of
 * `text`, as an OpenType font; null when HarfBuzz cannot cut it.
 */
export function subsetFont(font: Uint8Array, family: string | null, text: string): Uint8Array | null {
  const index = Math.max(
    0,
    faceFamilies(font).findIndex((names) => family !== null && names.includes(family)),
  );
  const hb = loadHarfBuzz();
  const pointer = hb.malloc(font.byteLength);
  if (!pointer) return null;
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) return null;
    const characters = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(characters, ch.codePointAt(0) ?? 0);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) return null;
    const result = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(result, 0);
    const out = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(result)).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return out.byteLength > 0 ? out : null;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
