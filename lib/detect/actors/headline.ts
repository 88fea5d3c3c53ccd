// Finds headline-like lines (most words capitalised), where capitalisation says little about names.
import type { Token } from './tokenize';

/** Marks tokens on lines where most longer words are capitalised (headlines, title-case menus). */
export function headlineLines(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  const flush = (end: number): void => {
    let words = 0;
    let caps = 0;
    for (let i = lineStart; i < end; i++) {
      const t = tokens[i];
      if (!t || t.punct || t.end - t.start < 4) continue;
      words++;
      if (t.cap) caps++;
    }
    const lastTok = tokens[end - 1];
    const closed = !!lastTok && lastTok.punct && '.!?"”'.includes(lastTok.text);
    if (words >= 3 && caps / words > 0.75 && !closed) marks.fill(1, lineStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.nl && i > lineStart) {
      flush(i);
      lineStart = i;
    }
  }
  flush(tokens.length);
  return marks;
}
