// Tells organisations and places from people among unfamiliar capitalised names: words written after
// "in" or "at", and pairs repeated in full but never shortened to a surname.
import { type Candidate, wordsKey } from './candidate';
import type { TokenList } from './token-list';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'from', 'across', 'throughout']);

/** True when the candidate follows "in", "at", "near"... and is not a possessive. */
export function afterPlacePreposition(tokens: TokenList, c: Candidate): boolean {
  const prev = c.first - 1;
  return tokens.word(prev) && PLACE_PREPOSITIONS.has(tokens.lower(prev)) && !tokens.poss(c.last);
}

/** Single capitalised words written after "in", "at", "near"...: places, not surnames. */
export function placeWords(tokens: TokenList, candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates)
    if (c.first === c.last && !c.caps && !c.known && afterPlacePreposition(tokens, c))
      out.add(c.words[0] ?? '');
  return out;
}

/**
 * Unfamiliar capitalised pairs repeated in full three times or more and never shortened to a surname are
 * organisations ("Con Edison"), not people: news names people in full once or twice, then by surname.
 */
export function repeatedShapes(candidates: readonly Candidate[]): Set<Candidate> {
  const counts = new Map<string, number>();
  const singles = new Set<string>();
  for (const c of candidates) {
    if (c.caps) continue;
    if (c.words.length === 1) singles.add(c.words[0] ?? '');
    else if (c.shapeOnly) {
      const key = wordsKey(c.words);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<Candidate>();
  for (const c of candidates) {
    if (!c.shapeOnly || c.words.length < 2) continue;
    const n = counts.get(wordsKey(c.words)) ?? 0;
    if (n >= 3 && !singles.has(c.words.at(-1) ?? '')) out.add(c);
  }
  return out;
}
