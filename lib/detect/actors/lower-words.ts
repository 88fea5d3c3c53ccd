// Which capitalised words of a text it also writes in lower case ("Speaking" / "speaking"): those are
// ordinary words, not names. Two passes over the tokens, using the tokenizer's word hashes: the second
// builds a string only for a word's first lower-case occurrence, since most lower-case words are
// either never capitalised or seen before.
import { HASH_KEY_MASK, isLowerSpelling, wordHash } from '../text/word-hash';
import { CAP, PUNCT, type TokenList } from './token-list';

/** Bits of a word hash that index the capitalised-word table. */
const TABLE_MASK = 0xffff;

/**
 * The capitalised-word table, shared by all calls: entry h is marked when it holds the current call's
 * stamp, so a call neither allocates nor clears 64K entries (most texts have a few hundred words).
 */
const capitalStamps = new Uint32Array(TABLE_MASK + 1);
let stamp = 0;

/** A stamp no entry of the table holds yet. */
function nextStamp(): number {
  if (stamp === 0xffffffff) {
    capitalStamps.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/**
 * The lower-cased forms of the capitalised tokens that also occur as lower-case tokens of three or
 * more characters. Exact: hashes only decide which tokens need a closer look, and an ASCII word's
 * hash is that of its lower-cased string.
 */
export function wordsAlsoLowerCase(tokens: TokenList): Set<string> {
  const text = tokens.source;
  const capitalised = new Set<string>();
  // A mark per hash of a capitalised word; words with anything but ASCII always get the closer look.
  const mark = nextStamp();
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if ((tokens.shape(i) & CAP) === 0) continue;
    const lower = tokens.lower(i);
    capitalised.add(lower);
    const hash = tokens.hash(i);
    capitalStamps[(hash >= 0 ? hash : wordHash(lower) & HASH_KEY_MASK) & TABLE_MASK] = mark;
  }
  const lowerWords = new Set<string>();
  // Lower-case words already looked at, by hash: a later token spelled the same needs nothing more.
  const settled = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    if ((tokens.shape(i) & (CAP | PUNCT)) !== 0 || tokens.size(i) <= 2) continue;
    const key = tokens.hash(i);
    if (key >= 0) {
      if (capitalStamps[key & TABLE_MASK] !== mark) continue;
      const seen = settled.get(key);
      if (seen !== undefined && isLowerSpelling(text, tokens.start(i), tokens.end(i), seen)) continue;
    }
    const lower = tokens.lower(i);
    if (capitalised.has(lower)) lowerWords.add(lower);
    if (key >= 0) settled.set(key, lower);
  }
  return lowerWords;
}
