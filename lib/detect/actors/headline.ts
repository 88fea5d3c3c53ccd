// Finds headline-like lines (most words capitalised), where capitalisation says little about names.
import type { TokenList } from './token-list';

/** Marks tokens on lines where most longer words are capitalised (headlines, title-case menus). */
export function headlineLines(tokens: TokenList): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  const flush = (end: number): void => {
    let words = 0;
    let caps = 0;
    for (let i = lineStart; i < end; i++) {
      if (tokens.punct(i) || tokens.size(i) < 4) continue;
      words++;
      if (tokens.cap(i)) caps++;
    }
    const closed = tokens.punct(end - 1) && '.!?"”'.includes(tokens.text(end - 1));
    if (words >= 3 && caps / words > 0.75 && !closed) marks.fill(1, lineStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.nl(i) && i > lineStart) {
      flush(i);
      lineStart = i;
    }
  }
  flush(tokens.length);
  return marks;
}
