// Finds the next occurrence of any of a few characters in a text, scanning forward only: one native
// `indexOf` per character and occurrence, with no regex and no match objects.

/** The next position in a text holding one of a few characters, for search starts that never move back. */
export class CharCursor {
  private readonly chars: string[];
  /** Per character: its first position at or after the latest search start, text.length when none. */
  private readonly found: number[];

  constructor(
    private readonly text: string,
    chars: string,
  ) {
    this.chars = [...chars];
    this.found = this.chars.map(() => -1);
  }

  /** The first position at or after `from` holding one of the characters, or text.length if none. */
  at(from: number): number {
    let first = this.text.length;
    for (let k = 0; k < this.chars.length; k++) {
      let p = this.found[k] ?? -1;
      if (p < from) {
        p = this.text.indexOf(this.chars[k] ?? '', from);
        if (p < 0) p = this.text.length;
        this.found[k] = p;
      }
      if (p < first) first = p;
    }
    return first;
  }
}
