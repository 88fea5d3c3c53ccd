// Which capitalised words of a text it also writes in lower case ("Speaking" / "speaking"): those are
// ordinary words, not names. One pass over the tokens that builds a string only for a word's first
// lower-case occurrence, since most lower-case words are either never capitalised or seen before.
import { HASH_KEY_MASK, hashStep, isLowerSpelling, wordHash } from '../text/word-hash';
import type { Token } from './tokenize';

/** Bits of a word hash that index the capitalised-word table. */
const TABLE_MASK = 0xffff;

/** Word hash of the ASCII word text[start, end), cut to a map key, or -1 when it holds anything else. */
function asciiWordKey(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = hashStep(h, text, i, c);
  }
  return h & HASH_KEY_MASK;
}

/**
 * The lower-cased forms of the capitalised tokens that also occur as lower-case tokens of three or
 * more characters. Exact: hashes only decide which tokens need a closer look, and an ASCII word's
 * hash is that of its lower-cased string.
 */
export function wordsAlsoLowerCase(text: string, tokens: readonly Token[]): Set<string> {
  const capitalised = new Set<string>();
  // A bit per hash of a capitalised word; words with anything but ASCII always get the closer look.
  const capitalBits = new Uint8Array(TABLE_MASK + 1);
  for (const t of tokens) {
    if (!t.cap) continue;
    const lower = t.lower;
    capitalised.add(lower);
    capitalBits[wordHash(lower) & TABLE_MASK] = 1;
  }
  const lowerWords = new Set<string>();
  // Lower-case words already looked at, by hash: a later token spelled the same needs nothing more.
  const settled = new Map<number, string>();
  for (const t of tokens) {
    if (t.cap || t.punct || t.end - t.start <= 2) continue;
    const key = asciiWordKey(text, t.start, t.end);
    if (key >= 0) {
      if (capitalBits[key & TABLE_MASK] === 0) continue;
      const seen = settled.get(key);
      if (seen !== undefined && isLowerSpelling(text, t.start, t.end, seen)) continue;
    }
    const lower = t.lower;
    if (capitalised.has(lower)) lowerWords.add(lower);
    if (key >= 0) settled.set(key, lower);
  }
  return lowerWords;
}
