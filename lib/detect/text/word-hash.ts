// Allocation-free hashing of lower-cased words, shared by the tokenizer and the claim prefilter:
// hashing a word character by character gives the same number as hashing its normalised string.

/** The lower-case code of text[i] (code c) as word hashing sees it; "’" counts as "'". */
export function lowerCode(text: string, i: number, c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019) return 39;
  return (text[i] ?? '').toLowerCase().charCodeAt(0);
}

/** Adds code c at text[i] to hash h (soft hyphens are ignored). */
export function hashStep(h: number, text: string, i: number, c: number): number {
  return c === 0xad ? h : (Math.imul(h, 31) + lowerCode(text, i, c)) | 0;
}

/**
 * The hash of a word (lower-cased, curly apostrophes straight, soft hyphens dropped). ASCII is hashed
 * inline: lexicon tables are hashed at start-up, while this still runs cold in the interpreter.
 */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = c < 128 ? (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0 : hashStep(h, word, i, c);
  }
  return h;
}

/** Word hashes cut to 30 bits: small integers in every engine, so maps keyed by them stay fast. */
export const HASH_KEY_MASK = 0x3fffffff;

/**
 * Whether text[start, end) is `word` once lower-cased, with "’" as "'" and soft hyphens dropped (as
 * hashing sees it). Compares ASCII only: anything else answers false and the caller spells it out.
 */
export function isLowerSpelling(text: string, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 0xad) continue;
    if (c === 0x2019) c = 39;
    else if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) return false;
    if (k >= word.length || word.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === word.length;
}
