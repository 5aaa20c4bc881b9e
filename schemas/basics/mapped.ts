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
  /** The text so far, in the pieces it was appended in (none empty). */
  readonly #chunks: string[] = [];
  #page: number[] = [];
  #offset: number[] = [];
  /** The arrays were handed out by `build`: copy them before changing them. */
  #shared = false;

  get length(): number {
    return this.#page.length;
  }

  /** The last unit appended, or "" when none. */
  last(): string {
    const chunk = this.#chunks.at(-1);
    return chunk === undefined ? "" : (chunk[chunk.length - 1] as string);
  }

  #own(): void {
    if (!this.#shared) return;
    this.#page = this.#page.slice();
    this.#offset = this.#offset.slice();
    this.#shared = false;
  }

  /** Append `text`, every unit of it with the same source position. */
  push(text: string, page: number, offset: number): this {
    if (text.length === 0) return this;
    this.#own();
    this.#chunks.push(text);
    for (let i = 0; i < text.length; i++) {
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
    if (end <= start) return this;
    this.#own();
    const text = src.text.slice(start, end);
    if (text.length > 0) this.#chunks.push(text);
    for (let i = start; i < end; i++) {
      this.#page.push(src.page[i] ?? 0);
      this.#offset.push(src.offset[i] ?? 0);
    }
    return this;
  }

  /** Drop trailing units while `test` holds. */
  trimEnd(test: (unit: string) => boolean): this {
    let chunk = this.#chunks.at(-1);
    while (chunk !== undefined && test(chunk[chunk.length - 1] as string)) {
      this.#own();
      this.#page.pop();
      this.#offset.pop();
      if (chunk.length === 1) this.#chunks.pop();
      else this.#chunks[this.#chunks.length - 1] = chunk.slice(0, -1);
      chunk = this.#chunks.at(-1);
    }
    return this;
  }

  build(): Mapped {
    this.#shared = true;
    return { text: this.#chunks.join(""), page: this.#page, offset: this.#offset };
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
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  let replaced = false;
  for (let m = global.exec(src.text); m !== null; m = global.exec(src.text)) {
    if (m[0] === "") {
      global.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === null) continue;
    replaced = true;
    out.slice(src, at, m.index);
    if (replacement !== "") out.from(src, m.index, replacement);
    at = m.index + m[0].length;
  }
  return replaced ? out.slice(src, at).build() : src;
}

/** `src` without the units inside `ranges` ([start, end) pairs, in any order, may overlap). */
export function removeRanges(src: Mapped, ranges: readonly (readonly [number, number])[]): Mapped {
  if (ranges.length === 0) return src;
  const drop = new Uint8Array(src.text.length);
  for (const [start, end] of ranges) drop.fill(1, Math.max(0, start), Math.min(src.text.length, end));
  const out = new MappedBuilder();
  for (let i = 0; i < drop.length; ) {
    const start = drop.indexOf(0, i);
    if (start === -1) break;
    const next = drop.indexOf(1, start);
    i = next === -1 ? drop.length : next;
    out.slice(src, start, i);
  }
  return out.build();
}
