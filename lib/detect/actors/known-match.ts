// Matches known actors' full names and aliases inside a run of name words, word by word.
import type { ScanContext } from './candidate';
import type { KnownEntry } from './known-index';
import { matchWord } from './word-shapes';

/**
 * The longest known full name or alias inside tokens [from, to], by first word lookup. Full names and
 * aliases of one word are looked up as surnames, not here, so a match starts before the last token.
 */
export function findKnown(
  ctx: ScanContext,
  from: number,
  to: number,
): { entry: KnownEntry; form: string; start: number; end: number } | undefined {
  const { tokens } = ctx;
  for (let s = from; s < to; s++) {
    if (!tokens.has(s) || tokens.initial(s)) continue;
    const w = matchWord(tokens, s);
    for (const index of ctx.indexes) {
      const forms = index.byFirst.get(w);
      if (!forms) continue;
      let best: { entry: KnownEntry; form: string; start: number; end: number } | undefined;
      for (const form of forms) {
        let k = s;
        let m = 0;
        while (k <= to && m < form.words.length) {
          if (!tokens.has(k)) break;
          if (tokens.initial(k)) {
            k++;
            continue;
          }
          if (matchWord(tokens, k) !== form.words[m]) break;
          k++;
          m++;
        }
        if (m === form.words.length && (!best || k - 1 > best.end))
          best = { entry: form.entry, form: form.written, start: s, end: k - 1 };
      }
      if (best) return best;
    }
  }
  return undefined;
}
