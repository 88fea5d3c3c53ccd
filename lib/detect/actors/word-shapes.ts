// Word-shape tests for name finding: what may start, continue or end a person's name.
// Pure predicates on tokens (by index into a TokenList); no decisions about whole names.
import { COUNTRY_BY_WORD } from '../lexicon/en/demonyms';
import { NAME_PARTICLES } from '../lexicon/en/person-cues';
import { NON_PERSON_HEADS, STOPWORDS } from '../lexicon/en/stopwords';
import { foldWord, isAscii } from './normalize';
import type { TokenList } from './token-list';

/** Token i is a capitalised word that may belong to a name. */
export function isNameWord(tokens: TokenList, i: number): boolean {
  if (tokens.punct(i) || !tokens.cap(i)) return false;
  if (tokens.allCaps(i) && !tokens.initial(i)) return false;
  const c = tokens.text(i).charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Token i is a lower-case word with a capitalised part after a hyphen ("al-Assad", "bin-Laden"). */
export function isParticleCompound(tokens: TokenList, i: number): boolean {
  if (tokens.punct(i) || tokens.cap(i) || !tokens.hyphen(i)) return false;
  const text = tokens.text(i);
  const dash = text.indexOf('-');
  if (dash < 1 || dash > 4) return false;
  const ch = text[dash + 1] ?? '';
  return ch !== ch.toLowerCase();
}

/** A word that is never part of a name: a function word or a country. */
export function isOrdinary(w: string): boolean {
  return (
    STOPWORDS.has(w) || COUNTRY_BY_WORD.has(w) || (w.endsWith('s') && COUNTRY_BY_WORD.has(w.slice(0, -1)))
  );
}

/** Token i folded for comparison with known names (no accents, no dots). */
export function matchWord(tokens: TokenList, i: number): string {
  const lower = tokens.lower(i);
  const w = isAscii(lower) ? lower : foldWord(tokens.text(i));
  return withoutDots(w);
}

/** The word without dots ("u.s." -> "us"); the same string when it has none. */
export function withoutDots(w: string): string {
  return w.indexOf('.') >= 0 ? w.replace(/\./g, '') : w;
}

/** Token i never ends a name: a particle, an initial or a hyphenated adjective. */
export function endsNot(tokens: TokenList, i: number): boolean {
  return NAME_PARTICLES.has(tokens.lower(i)) || isCompoundAdjective(tokens.text(i)) || tokens.initial(i);
}

/** Hyphenated adjectives before a name ("Ontario-based", "Brazilian-born"). */
export function isCompoundAdjective(w: string): boolean {
  const dash = w.lastIndexOf('-');
  return dash > 0 && ADJECTIVE_TAILS.has(w.slice(dash + 1));
}

const ADJECTIVE_TAILS = new Set(
  (
    'based born listed controlled owned led backed run style made era bred raised registered funded linked ' +
    'affiliated held trained educated speaking american british designed focused oriented'
  ).split(' '),
);

/** Token i is a capitalised word that ends an organisation or place name ("Institute", "Road"). */
export function isOrgTail(tokens: TokenList, i: number): boolean {
  return tokens.word(i) && tokens.cap(i) && NON_PERSON_HEADS.has(withoutDots(tokens.lower(i)));
}

/** Token i is an opening quotation mark. */
export function isOpenQuote(tokens: TokenList, i: number): boolean {
  return tokens.isMark(i, 34) || tokens.isMark(i, 0x201c) || tokens.isMark(i, 0x2018);
}

/** Token i is a closing quotation mark. */
export function isCloseQuote(tokens: TokenList, i: number): boolean {
  return tokens.isMark(i, 34) || tokens.isMark(i, 0x201d) || tokens.isMark(i, 0x2019);
}
