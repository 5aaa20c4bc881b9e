// Text that carries, for every UTF-16 unit, where it came from: built only by appending units with
// their source positions, so that no step can let the map drift from the text.

export interface Mapped {
  readonly text: string;
  /** Page number per unit (0 when the format has no pages). */
  readonly page: readonly number[];
  /** Offset in that page's raw text per unit. */
  readonly offset: readonly number[];
}

export const EMPTY: Mapped = { text: "", page: [], offset: [] };

export class MappedBuilder {
  readonly #units: string[] = [];
  readonly #page: number[] = [];
  readonly #offset: number[] = [];

  get length(): number {
    return this.#units.length;
  }

  /** The last unit appended, or "" when none. */
  last(): string {
    return this.#units.at(-1) ?? "";
  }

  /** Append `text`, every unit of it with the same source position. */
  push(text: string, page: number, offset: number): this {
    for (let i = 0; i < text.length; i++) {
      this.#units.push(text[i] as string);
      this.#page.push(page);
      this.#offset.push(offset);
    }
    return this;
  }

  /** Append unit `i` of `src` (or `text` in its place) with the position unit `i` came from. */
  from(src: Mapped, i: number, text: string = src.text[i] ?? ""): this {
    return this.push(text, src.page[i] ?? 0, src.offset[i] ?? 0);
  }

  /** Append units `start` to `end` of `src`, each with its own position. */
  slice(src: Mapped, start = 0, end = src.text.length): this {
    for (let i = start; i < end; i++) {
      this.#units.push(src.text[i] as string);
      this.#page.push(src.page[i] ?? 0);
      this.#offset.push(src.offset[i] ?? 0);
    }
    return this;
  }

  /** Drop trailing units while `test` holds. */
  trimEnd(test: (unit: string) => boolean): this {
    while (this.#units.length > 0 && test(this.#units.at(-1) as string)) {
      this.#units.pop();
      this.#page.pop();
      this.#offset.pop();
    }
    return this;
  }

  build(): Mapped {
    return { text: this.#units.join(""), page: this.#page.slice(), offset: this.#offset.slice() };
  }
}

/** Units `start` to `end` of `src` as a Mapped of their own. */
export function sliceMapped(src: Mapped, start = 0, end = src.text.length): Mapped {
  return {
    text: src.text.slice(start, end),
    page: src.page.slice(start, end),
    offset: src.offset.slice(start, end),
  };
}

/**
 * Rewrite `src` by regular-expression matches: each match is replaced by what `replace` returns —
 * a string whose units all take the position of the match's first unit, or `null` to keep it.
 */
export function replaceMapped(
  src: Mapped,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): Mapped {
  const out = new MappedBuilder();
  let at = 0;
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
  );
  for (let m = global.exec(src.text); m !== null; m = global.exec(src.text)) {
    if (m[0] === "") {
      global.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === null) continue;
    out.slice(src, at, m.index);
    if (replacement !== "") out.from(src, m.index, replacement);
    at = m.index + m[0].length;
  }
  return out.slice(src, at).build();
}

/** `src` without the units inside `ranges` ([start, end) pairs, in any order, may overlap). */
export function removeRanges(src: Mapped, ranges: readonly (readonly [number, number])[]): Mapped {
  if (ranges.length === 0) return src;
  const drop = new Uint8Array(src.text.length);
  for (const [start, end] of ranges) drop.fill(1, Math.max(0, start), Math.min(src.text.length, end));
  const out = new MappedBuilder();
  for (let i = 0; i < src.text.length; i++) if (drop[i] === 0) out.from(src, i);
  return out.build();
}
