// Word-level facts about titles: which words may stand in a written title, which are heads of a role
// (an office, an office only near a government word, or no office), looked up by token word hash.
import { COUNTRY_BY_WORD } from '../lexicon/en/demonyms';
import {
  CONDITIONAL_HEADS,
  HONORIFICS,
  NON_OFFICE_HEADS,
  OFFICE_HEADS,
  RANK_WORDS,
  TITLE_MODIFIERS,
} from '../lexicon/en/titles';
import type { TokenList } from './token-list';
import { TokenWordFunction } from './token-words';
import { memoWord } from './word-memo';

/** True when the word may stand in a written title. */
function isTitleWord(w: string): boolean {
  return (
    OFFICE_HEADS.has(w) ||
    CONDITIONAL_HEADS.has(w) ||
    NON_OFFICE_HEADS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    RANK_WORDS.has(w) ||
    COUNTRY_BY_WORD.has(w)
  );
}

/** True when the word is the head of a role ("minister", "analyst"), not a mere modifier. */
export function isHeadWord(w: string): boolean {
  return headKind(w) !== undefined;
}

export type HeadKind = 'office' | 'conditional' | 'role' | undefined;

function isHead(w: string): boolean {
  return OFFICE_HEADS.has(w) || CONDITIONAL_HEADS.has(w) || NON_OFFICE_HEADS.has(w);
}

/** True when the word names an office head by itself or through its parts ("president-elect"). */
const headKind: (w: string) => HeadKind = memoWord(computeHeadKind);

function computeHeadKind(w: string): HeadKind {
  if (CONDITIONAL_HEADS.has(w)) return 'conditional';
  if (OFFICE_HEADS.has(w)) return 'office';
  if (NON_OFFICE_HEADS.has(w)) return 'role';
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.some((p) => OFFICE_HEADS.has(p) && !CONDITIONAL_HEADS.has(p))) return 'office';
    if (parts.includes('president') || parts.includes('minister')) return 'office';
    if (parts.some((p) => NON_OFFICE_HEADS.has(p))) return 'role';
  }
  return undefined;
}

/** Word (hyphenated parts allowed) accepted inside a title. */
export const titleWord: (w: string) => boolean = memoWord(computeTitleWord);

function computeTitleWord(w: string): boolean {
  if (isTitleWord(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => isTitleWord(p) || p === 'elect');
  return false;
}

/** Codes of the head kinds, and the bit of a title word, in TITLE_INFO's values. */
const HEAD_KINDS: readonly HeadKind[] = [undefined, 'office', 'conditional', 'role'];
const HEAD_MASK = 3;
const TITLE = 4;

/** Every word a title is made of (see isTitleWord): a word without a hyphen outside it is no title word. */
export const TITLE_LIST_WORDS: readonly string[] = [
  ...OFFICE_HEADS,
  ...CONDITIONAL_HEADS,
  ...NON_OFFICE_HEADS,
  ...TITLE_MODIFIERS,
  ...RANK_WORDS,
  ...COUNTRY_BY_WORD.keys(),
];

/** headKind and titleWord of a token's word; a word without a hyphen in no title list is neither. */
const TITLE_INFO = new TokenWordFunction(
  TITLE_LIST_WORDS,
  (w) => HEAD_KINDS.indexOf(headKind(w)) | (titleWord(w) ? TITLE : 0),
  0,
);

/** headKind of token i's lower-case form. */
export function headKindAt(tokens: TokenList, i: number): HeadKind {
  return HEAD_KINDS[TITLE_INFO.of(tokens, i) & HEAD_MASK];
}

/** titleWord of token i's lower-case form. */
export function titleWordAt(tokens: TokenList, i: number): boolean {
  return (TITLE_INFO.of(tokens, i) & TITLE) !== 0;
}

/** True when the word is a title word that may stand before a name. */
export function isRoleWord(w: string): boolean {
  return titleWord(w) || isHead(w) || HONORIFICS.has(w);
}
