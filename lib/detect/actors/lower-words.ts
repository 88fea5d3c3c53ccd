// Which capitalised words of a text it also writes in lower case ("Speaking" / "speaking"): those are
// ordinary words, not names. One pass over the tokens that builds a string only for a word's first
// lower-case occurrence, since most lower-case words are either never capitalised or seen before.
import type { Token } from './tokenize';

/** Bits of a word hash that index the capitalised-word table. */
const TABLE_MASK = 0xffff;
/** Word hashes cut to 30 bits stay small integers, so maps keyed by them stay fast. */
const KEY_MASK = 0x3fffffff;

/** Hash of the lower-cased ASCII word text[start, end), or -1 when it holds anything but ASCII. */
function asciiLowerHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & KEY_MASK;
}

/** Hash of a lower-case string, equal to {@link asciiLowerHash} of any ASCII spelling of it. */
function stringHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h & KEY_MASK;
}

/** Whether the ASCII word text[start, end), lower-cased, is `word`. */
function isSpelled(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i - start)) return false;
  }
  return true;
}

/**
 * The lower-cased forms of the capitalised tokens that also occur as lower-case tokens of three or
 * more characters. Exact: hashes only decide which tokens need a closer look.
 */
export function wordsAlsoLowerCase(text: string, tokens: readonly Token[]): Set<string> {
  const capitalised = new Set<string>();
  // A bit per hash of a capitalised word; words with anything but ASCII always get the closer look.
  const capitalBits = new Uint8Array(TABLE_MASK + 1);
  for (const t of tokens) {
    if (!t.cap) continue;
    const lower = t.lower;
    capitalised.add(lower);
    capitalBits[stringHash(lower) & TABLE_MASK] = 1;
  }
  const lowerWords = new Set<string>();
  // Lower-case words already looked at, by hash: a later token spelled the same needs nothing more.
  const settled = new Map<number, string>();
  for (const t of tokens) {
    if (t.cap || t.punct || t.end - t.start <= 2) continue;
    const h = asciiLowerHash(text, t.start, t.end);
    if (h >= 0) {
      if (capitalBits[h & TABLE_MASK] === 0) continue;
      const seen = settled.get(h);
      if (seen !== undefined && isSpelled(text, t.start, t.end, seen)) continue;
    }
    const lower = t.lower;
    if (capitalised.has(lower)) lowerWords.add(lower);
    if (h >= 0) settled.set(h, lower);
  }
  return lowerWords;
}
