// Finds headline-like lines (most words capitalised), where capitalisation says little about names.
import { CAP, NL, type TokenList } from './token-list';

/** Shift that turns the CAP bit into 1. */
const CAP_SHIFT = Math.log2(CAP);

/** Marks the tokens of lines where most longer words are capitalised (headlines, title-case menus). */
export function markHeadlines(tokens: TokenList): void {
  const n = tokens.length;
  let lineStart = 0;
  // Words of four or more characters on the line so far, and how many of them are capitalised.
  let words = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    const shape = tokens.shape(i);
    if ((shape & NL) !== 0 && i > lineStart) {
      markIfHeadline(tokens, lineStart, i, words, caps);
      lineStart = i;
      words = 0;
      caps = 0;
    }
    // Counted without branches, which word lengths would make unpredictable: 1 for four or more code
    // units (punctuation is one or two).
    const long = (3 - tokens.size(i)) >>> 31;
    words += long;
    caps += long & ((shape & CAP) >>> CAP_SHIFT);
  }
  markIfHeadline(tokens, lineStart, n, words, caps);
}

/** Marks tokens [start, end), one line with `caps` of its `words` capitalised, when it reads as a headline. */
function markIfHeadline(tokens: TokenList, start: number, end: number, words: number, caps: number): void {
  if (words < 3 || caps / words <= 0.75) return;
  const closed = tokens.punct(end - 1) && '.!?"”'.includes(tokens.text(end - 1));
  if (!closed) tokens.markHeadline(start, end);
}
