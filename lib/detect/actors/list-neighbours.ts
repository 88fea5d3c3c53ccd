// Promotes unfamiliar names listed next to known people ("A B, C D and E F") to people.
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
