// Promotes unfamiliar names listed next to known people ("A B, C D and E F") to people, and gives every
// name of a list the plural title written before it ("Sens. A (D-Mont.) and B").
import type { Candidate, ScanContext } from './candidate';
import type { TokenList } from './token-list';
import { isAnyOf, NON_PERSON_HEAD, PLACE, ROLE } from './word-class';

/** True when only commas, semicolons, "and" or "or" stand between token indexes a and b. */
function listGap(tokens: TokenList, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  for (let k = a + 1; k < b; k++) {
    if (tokens.isMark(k, 44) || tokens.isMark(k, 59)) continue;
    const w = tokens.lower(k);
    if (!(w === 'and' || w === 'or')) return false;
  }
  return true;
}

/** Unfamiliar two- or three-word names listed next to a person are people too ("A B, C D and E F"). */
export function promoteListNeighbours(ctx: ScanContext, list: Candidate[]): void {
  const { tokens } = ctx;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Candidate;
      if (c.strong || c.caps || c.last === c.first || c.words.length > 3) continue;
      const prev = list[i - 1];
      const next = list[i + 1];
      const near =
        (!!prev && prev.strong && !prev.caps && listGap(tokens, prev.last, c.first)) ||
        (!!next && next.strong && !next.caps && listGap(tokens, c.last, next.first));
      if (!near) continue;
      const plain = c.words.every(
        (w) => !ctx.lowerWords.has(w) && !isAnyOf(w, ROLE | NON_PERSON_HEAD | PLACE),
      );
      if (plain) c.strong = true;
    }
  }
}

/** Longest stretch of tokens between two names of one list: a parenthesis or a short apposition fits. */
const MAX_LIST_GAP = 12;

/**
 * Whether a name list goes on across tokens [from, to): only list punctuation, "and"/"or", parentheses
 * and appositions of capitalised words ("Republican of Iowa") stand there. `closing` says the gap held
 * "and" or "or", so the next name is the list's last; undefined when the list ends before it.
 */
function listContinues(tokens: TokenList, from: number, to: number): { closing: boolean } | undefined {
  if (to - from > MAX_LIST_GAP || to <= from) return undefined;
  let depth = 0;
  let closing = false;
  let comma = false;
  for (let k = from; k < to; k++) {
    if (tokens.nl(k)) return undefined;
    if (tokens.isMark(k, 40)) depth++;
    else if (tokens.isMark(k, 41)) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (tokens.isMark(k, 44) || tokens.isMark(k, 59)) comma = true;
    else if (tokens.word(k) && (tokens.lower(k) === 'and' || tokens.lower(k) === 'or')) closing = true;
    // Otherwise only capitalised words and "of": a place or an apposition ("of Iowa", ", Democrat of Vermont,").
    else if (!(tokens.word(k) && (tokens.cap(k) || tokens.lower(k) === 'of'))) return undefined;
  }
  if (depth > 0 || !(comma || closing)) return undefined;
  return { closing };
}

/** Names listed after a plural office title take it too ("Senators A, Republican of Iowa, and B"). */
export function sharePluralTitles(ctx: ScanContext, list: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < list.length; i++) {
    const role = (list[i] as Candidate).role;
    if (!role?.plural) continue;
    let prev = list[i] as Candidate;
    for (let j = i + 1; j < list.length; j++) {
      const next = list[j] as Candidate;
      // A word in parentheses ("D-Ill.") is part of the gap, not a name of the list.
      if (tokens.isMark(next.first - 1, 40)) continue;
      const gap = listContinues(tokens, prev.last + 1, next.first);
      if (!gap || next.caps) break;
      if (!next.role?.official) next.role = role;
      next.strong = true;
      if (gap.closing) break;
      prev = next;
    }
  }
}
