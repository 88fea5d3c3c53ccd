// Word-shape tests for name finding: what may start, continue or end a person's name.
// Pure predicates on tokens; no decisions about whole names.
import { COUNTRY_BY_WORD } from '../lexicon/en/demonyms';
import { NAME_PARTICLES } from '../lexicon/en/person-cues';
import { NON_PERSON_HEADS, STOPWORDS } from '../lexicon/en/stopwords';
import { foldWord, isAscii } from './normalize';
import type { Token } from './tokenize';

/** A capitalised word that may belong to a name. */
export function isNameWord(t: Token): boolean {
  if (t.punct || !t.cap) return false;
  if (t.allCaps && !t.initial) return false;
  const c = t.text.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** A lower-case word with a capitalised part after a hyphen ("al-Assad", "bin-Laden"). */
export function isParticleCompound(t: Token): boolean {
  if (t.punct || t.cap || !t.hyphen) return false;
  const dash = t.text.indexOf('-');
  if (dash < 1 || dash > 4) return false;
  const ch = t.text[dash + 1] ?? '';
  return ch !== ch.toLowerCase();
}

/** A word that is never part of a name: a function word or a country. */
export function isOrdinary(w: string): boolean {
  return (
    STOPWORDS.has(w) || COUNTRY_BY_WORD.has(w) || (w.endsWith('s') && COUNTRY_BY_WORD.has(w.slice(0, -1)))
  );
}

/** The token folded for comparison with known names (no accents, no dots). */
export function matchWord(t: Token): string {
  const w = isAscii(t.lower) ? t.lower : foldWord(t.text);
  return withoutDots(w);
}

/** The word without dots ("u.s." -> "us"); the same string when it has none. */
export function withoutDots(w: string): string {
  return w.indexOf('.') >= 0 ? w.replace(/\./g, '') : w;
}

/** A word that never ends a name: a particle, an initial or a hyphenated adjective. */
export function endsNot(t: Token): boolean {
  return NAME_PARTICLES.has(t.lower) || isCompoundAdjective(t.text) || t.initial;
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

/** A capitalised word that ends an organisation or place name ("Institute", "Road"). */
export function isOrgTail(t: Token | undefined): boolean {
  return !!t && !t.punct && t.cap && NON_PERSON_HEADS.has(withoutDots(t.lower));
}

/** An opening quotation mark. */
export function isOpenQuote(t: Token | undefined): boolean {
  return !!t && t.punct && (t.text === '"' || t.text === '“' || t.text === '‘');
}

/** A closing quotation mark. */
export function isCloseQuote(t: Token | undefined): boolean {
  return !!t && t.punct && (t.text === '"' || t.text === '”' || t.text === '’');
}
