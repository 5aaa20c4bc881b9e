import { type Citation, citationNote } from "./values.js";

/** Numbers citations in the order they are met; the same source cited twice keeps one number. */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly notes: { number: number; cite: Citation; note: string }[] = [];

  number(cite: Citation): number {
    const note = citationNote(cite);
    const known = this.numbers.get(note);
    if (known) return known;
    const number = this.notes.length + 1;
    this.numbers.set(note, number);
    this.notes.push({ number, cite, note });
    return number;
  }
}
