// Where a page's text is cut into the pieces the engine analyses one request at a time: the first
// piece large enough to reach past a page's menus into its article in one round trip, later ones
// sized from the measured speed of a round trip, every cut between blocks or after a sentence when
// one is near. Pure string code: no DOM, no clock.
import { SLICE_BUDGET_MS } from './page-clock';

/** Most characters per piece: a piece's marks are built in one task, and other tabs' pieces go between two. */
export const PIECE_CHARACTERS = 20_000;
/**
 * Characters of the first piece: a round trip to the engine costs a few milliseconds whatever the
 * size, so one piece reaches past most pages' menus and headers into the article's top paragraphs.
 */
export const FIRST_PIECE_CHARACTERS = 12_000;
/** Fewest characters per piece: each piece also re-reads the preamble naming the page's actors. */
const MIN_PIECE_CHARACTERS = 1_500;
/** Round-trip time aimed at per piece. */
export const PIECE_BUDGET_MS = SLICE_BUDGET_MS * 0.6;

/** Size of the next piece from the measured speed of a round trip (characters per millisecond). */
export function nextPieceSize(charsPerMs: number): number {
  if (!Number.isFinite(charsPerMs) || charsPerMs <= 0) return FIRST_PIECE_CHARACTERS;
  return Math.min(PIECE_CHARACTERS, Math.max(MIN_PIECE_CHARACTERS, Math.round(charsPerMs * PIECE_BUDGET_MS)));
}

/**
 * How far past its size, as a share of it, a piece may run to end between blocks or after a sentence;
 * a rest of the page no longer than this is taken whole. Short, because the text must be read this
 * far before the piece can be sent.
 */
const CUT_REACH = 1.25;

/** Characters a piece of `size` starting at `start` needs read before it can be cut (see {@link pieceBounds}). */
export function charactersToCut(start: number, size: number): number {
  return start + Math.ceil(size * CUT_REACH) + 2;
}

/**
 * Where a piece starting at `start` of about `size` characters ends, and where the next one starts:
 * between blocks when there is a block break near, else after a sentence, else at a space.
 * `complete` says whether `text` is the whole page; when it is only the part read so far, the cut is
 * the one the whole text would get, or null when more text must be read to know it.
 */
export function pieceBounds(
  text: string,
  start: number,
  size: number,
  complete = true,
): { end: number; next: number } | null {
  if (!complete && text.length < charactersToCut(start, size)) return null;
  const reach = Math.ceil(size * CUT_REACH);
  if (text.length - start <= reach) return { end: text.length, next: text.length };
  const from = start + size;
  const block = text.indexOf('\n\n', from);
  if (block >= 0 && block - start <= reach) return { end: block, next: block + 2 };
  const sentence = text.indexOf('. ', from);
  if (sentence >= 0 && sentence - start <= reach) return { end: sentence + 1, next: sentence + 2 };
  const space = text.indexOf(' ', from);
  if (space >= 0) return { end: space, next: space + 1 };
  return complete ? { end: text.length, next: text.length } : null;
}
