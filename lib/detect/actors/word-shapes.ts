// Word-shape tests for name finding: what may start, continue or end a person's name.
// Pure predicates on tokens (by index into a TokenList); no decisions about whole names.
import { NAME_PARTICLES } from '../lexicon/en/person-cues';
import { NON_PERSON_HEADS } from '../lexicon/en/stopwords';
import { WordTable } from '../text/word-table';
import { foldWord, isAscii } from './normalize';
import { ALL_CAPS, CAP, HYPHEN, INITIAL, PUNCT, type TokenList } from './token-list';
import { isTokenAnyOf, NON_PERSON_HEAD } from './word-class';

/**
 * Token i is a capitalised word that may belong to a name: not written in capitals unless an initial.
 * Its first character, a capital letter, is never a digit, so the shape bits decide.
 */
export function isNameWord(tokens: TokenList, i: number): boolean {
  const shape = tokens.shape(i);
  return (shape & (PUNCT | CAP)) === CAP && (shape & (ALL_CAPS | INITIAL)) !== ALL_CAPS;
}

/** Token i is a lower-case word with a capitalised part after a hyphen ("al-Assad", "bin-Laden"). */
export function isParticleCompound(tokens: TokenList, i: number): boolean {
  if ((tokens.shape(i) & (PUNCT | CAP | HYPHEN)) !== HYPHEN) return false;
  const text = tokens.text(i);
  const dash = text.indexOf('-');
  if (dash < 1 || dash > 4) return false;
  const ch = text[dash + 1] ?? '';
  return ch !== ch.toLowerCase();
}

/** The name particles by word hash: most tokens are ruled out before their lower-case string is built. */
const PARTICLE_TABLE = new WordTable([...NAME_PARTICLES]);

/** Token i is a name particle ("de", "van", "bin"); false for punctuation and outside the list. */
export function isParticle(tokens: TokenList, i: number): boolean {
  const h = tokens.hash(i);
  return (h >= 0 ? PARTICLE_TABLE.mayHold(h) : tokens.word(i)) && NAME_PARTICLES.has(tokens.lower(i));
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
  return isParticle(tokens, i) || isCompoundAdjectiveAt(tokens, i) || tokens.initial(i);
}

/** Token i is a hyphenated adjective; only a token with a hyphen has its text cut to tell. */
export function isCompoundAdjectiveAt(tokens: TokenList, i: number): boolean {
  return (tokens.shape(i) & HYPHEN) !== 0 && isCompoundAdjective(tokens.text(i));
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
  return tokens.word(i) && tokens.cap(i) && isNonPersonHead(tokens, i);
}

/** Token i, its dots dropped, ends organisation and place names ("Institute", "Road", "Corp."). */
export function isNonPersonHead(tokens: TokenList, i: number): boolean {
  return hasDot(tokens, i)
    ? NON_PERSON_HEADS.has(withoutDots(tokens.lower(i)))
    : isTokenAnyOf(tokens, i, NON_PERSON_HEAD);
}

/** Token i holds a dot ("U.S."); read from the text, with no string built. */
function hasDot(tokens: TokenList, i: number): boolean {
  const text = tokens.source;
  const end = tokens.end(i);
  for (let k = tokens.start(i); k < end; k++) if (text.charCodeAt(k) === 46) return true;
  return false;
}

/** Token i is an opening quotation mark. */
export function isOpenQuote(tokens: TokenList, i: number): boolean {
  return tokens.isMark(i, 34) || tokens.isMark(i, 0x201c) || tokens.isMark(i, 0x2018);
}

/** Token i is a closing quotation mark. */
export function isCloseQuote(tokens: TokenList, i: number): boolean {
  return tokens.isMark(i, 34) || tokens.isMark(i, 0x201d) || tokens.isMark(i, 0x2019);
}
