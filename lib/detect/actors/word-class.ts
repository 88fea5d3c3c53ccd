// Which word lists of name finding hold a word, as bits from one memoised look-up: a word tested
// against several lists (stopword, role, place, given name...) costs one map look-up, not one per list.
// A token's bits are found from its word hash, with no string built, and cached on its token list.
import { COUNTRY_BY_WORD } from '../lexicon/en/demonyms';
import { GIVEN_NAMES } from '../lexicon/en/given-names';
import { NAME_PARTICLES, NAME_SUFFIXES, SAY_VERBS } from '../lexicon/en/person-cues';
import { NON_PERSON_HEADS, NON_PERSON_STARTS, PLACES, STOPWORDS } from '../lexicon/en/stopwords';
import { HONORIFICS } from '../lexicon/en/titles';
import { isHeadWord, isRoleWord, TITLE_LIST_WORDS } from './title-words';
import type { TokenList } from './token-list';
import { TokenWordFunction } from './token-words';
import { memoWord } from './word-memo';

/** In STOPWORDS. */
export const STOP = 1;
/** A key of COUNTRY_BY_WORD. */
export const COUNTRY = 2;
/** Never part of a name: a stopword, a country, or a country's plural ("Americans"). */
export const ORDINARY = 4;
export const PARTICLE = 8;
export const SUFFIX = 16;
export const HONORIFIC = 32;
export const GIVEN = 64;
export const PLACE = 128;
export const NON_PERSON_HEAD = 256;
export const NON_PERSON_START = 512;
/** isRoleWord: may stand in a title before a name. */
export const ROLE = 1024;
/** isHeadWord: the head of a role ("minister", "analyst"). */
export const HEAD = 2048;
export const SAY = 4096;

/** The bits of the lists that hold `w` (a lower-case or folded word). */
export const wordClass: (w: string) => number = memoWord(computeWordClass);

/** True when `w` is in one of the lists of `bits`. */
export function isAnyOf(w: string, bits: number): boolean {
  return (wordClass(w) & bits) !== 0;
}

/**
 * wordClass of a token's word. Every word with class bits, as far as a word without a hyphen goes, is
 * in the lists that computeWordClass reads (role and head words are title words: title-words.ts) or
 * is the plural of a country word. Keep in step with computeWordClass.
 */
const TOKEN_CLASS = new TokenWordFunction(
  [
    ...STOPWORDS,
    ...COUNTRY_BY_WORD.keys(),
    ...[...COUNTRY_BY_WORD.keys()].map((w) => `${w}s`),
    ...NAME_PARTICLES,
    ...NAME_SUFFIXES,
    ...HONORIFICS,
    ...GIVEN_NAMES,
    ...PLACES,
    ...NON_PERSON_HEADS,
    ...NON_PERSON_STARTS,
    ...TITLE_LIST_WORDS,
    ...SAY_VERBS,
  ],
  wordClass,
  0,
);

/** The word-class bits of token `i`'s lower-case form (0 outside the list), cached per token. */
export function tokenClass(tokens: TokenList, i: number): number {
  const cached = tokens.cachedClass(i);
  if (cached >= 0) return cached;
  const bits = TOKEN_CLASS.of(tokens, i);
  tokens.cacheClass(i, bits);
  return bits;
}

/** True when token `i`'s lower-case form is in one of the lists of `bits`. */
export function isTokenAnyOf(tokens: TokenList, i: number, bits: number): boolean {
  return (tokenClass(tokens, i) & bits) !== 0;
}

function computeWordClass(w: string): number {
  const country = COUNTRY_BY_WORD.has(w);
  const stop = STOPWORDS.has(w);
  const ordinary = stop || country || (w.endsWith('s') && COUNTRY_BY_WORD.has(w.slice(0, -1)));
  return (
    (stop ? STOP : 0) |
    (country ? COUNTRY : 0) |
    (ordinary ? ORDINARY : 0) |
    (NAME_PARTICLES.has(w) ? PARTICLE : 0) |
    (NAME_SUFFIXES.has(w) ? SUFFIX : 0) |
    (HONORIFICS.has(w) ? HONORIFIC : 0) |
    (GIVEN_NAMES.has(w) ? GIVEN : 0) |
    (PLACES.has(w) ? PLACE : 0) |
    (NON_PERSON_HEADS.has(w) ? NON_PERSON_HEAD : 0) |
    (NON_PERSON_STARTS.has(w) ? NON_PERSON_START : 0) |
    (isRoleWord(w) ? ROLE : 0) |
    (isHeadWord(w) ? HEAD : 0) |
    (SAY_VERBS.has(w) ? SAY : 0)
  );
}
