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

/** The hash of a word (lower-cased, curly apostrophes straight, soft hyphens dropped). */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word, i, word.charCodeAt(i));
  return h;
}
