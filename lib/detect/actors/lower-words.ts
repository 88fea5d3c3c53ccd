// Which capitalised words of a text it also writes in lower case ("Speaking" / "speaking"): those are
// ordinary words, not names. Three passes over the tokens, using the tokenizer's word hashes: marks
// for the capitalised words, then the lower-case words whose hash is marked, then the capitalised
// words whose hash one of those has. Strings are built only for the words the hashes cannot rule out.
import { isLowerSpelling, wordHash } from '../text/word-hash';
import { CAP, PUNCT, type TokenList } from './token-list';

/** Bits of a word hash that index the bit tables. */
const TABLE_MASK = 0xffff;

/**
 * Bit tables by word hash (65,536 bits, 8 KB each), shared by all calls and cleared by each: small
 * enough to stay in the fastest cache. Capitalised words, and the lower-case words met in pass two.
 */
const capitalBits = new Int32Array((TABLE_MASK + 1) >>> 5);
const lowerBits = new Int32Array((TABLE_MASK + 1) >>> 5);

/** Scratch: the capitalised tokens of the current call, so that pass three reads only those. */
let capitals = new Int32Array(256);

function setBit(bits: Int32Array, h: number): void {
  const at = (h & TABLE_MASK) >>> 5;
  bits[at] = (bits[at] as number) | (1 << (h & 31));
}

function hasBit(bits: Int32Array, h: number): boolean {
  return (((bits[(h & TABLE_MASK) >>> 5] as number) >>> (h & 31)) & 1) === 1;
}

/** The word hash of token i's lower-case form: the tokenizer's, or computed for a non-ASCII word. */
function lowerHash(tokens: TokenList, i: number): number {
  const hash = tokens.hash(i);
  return hash >= 0 ? hash : wordHash(tokens.lower(i));
}

/**
 * The lower-cased forms of the capitalised tokens that also occur as lower-case tokens of three or
 * more characters. Exact: hashes only decide which tokens need a closer look, and a word's hash is
 * that of its lower-cased string.
 */
export function wordsAlsoLowerCase(tokens: TokenList): Set<string> {
  const text = tokens.source;
  const n = tokens.length;
  capitalBits.fill(0);
  lowerBits.fill(0);
  let capitalCount = 0;
  for (let i = 0; i < n; i++) {
    if ((tokens.shape(i) & CAP) === 0) continue;
    setBit(capitalBits, lowerHash(tokens, i));
    if (capitalCount === capitals.length) {
      const grown = new Int32Array(2 * capitalCount);
      grown.set(capitals);
      capitals = grown;
    }
    capitals[capitalCount++] = i;
  }
  // Lower-case words whose hash a capitalised word has, by string; and by hash, the last one seen, so
  // that a later token spelled the same needs no string.
  const lowerSeen = new Set<string>();
  const settled = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    if ((tokens.shape(i) & (CAP | PUNCT)) !== 0 || tokens.size(i) <= 2) continue;
    const key = tokens.hash(i);
    if (key >= 0) {
      if (!hasBit(capitalBits, key)) continue;
      const seen = settled.get(key);
      if (seen !== undefined && isLowerSpelling(text, tokens.start(i), tokens.end(i), seen)) continue;
    }
    const lower = tokens.lower(i);
    const h = key >= 0 ? key : wordHash(lower);
    if (key < 0 && !hasBit(capitalBits, h)) continue;
    lowerSeen.add(lower);
    setBit(lowerBits, h);
    if (key >= 0) settled.set(key, lower);
  }
  const lowerWords = new Set<string>();
  if (lowerSeen.size === 0) return lowerWords;
  for (let k = 0; k < capitalCount; k++) {
    const i = capitals[k] as number;
    if (!hasBit(lowerBits, lowerHash(tokens, i))) continue;
    const lower = tokens.lower(i);
    if (lowerSeen.has(lower)) lowerWords.add(lower);
  }
  return lowerWords;
}
