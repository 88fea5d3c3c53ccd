// A fixed set of lower-case words keyed by their word hashes: a bit table answers "might this word be
// in the set?" without building a string, and the set's own string is handed out for a word that is,
// so the tokenizer builds no string for the common words and their look-ups reuse cached hashes.
import { HASH_KEY_MASK, wordHash } from './word-hash';

/** Bits of a word hash that index the table: 65,536 entries, a few per cent full for lexicon-sized sets. */
const TABLE_MASK = 0xffff;

/** A set of lower-case words for hash-first look-ups. */
export class WordTable {
  private readonly bits = new Uint8Array(TABLE_MASK + 1);
  private readonly byKey = new Map<number, string>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      const h = wordHash(word);
      this.bits[h & TABLE_MASK] = 1;
      const key = h & HASH_KEY_MASK;
      // Two words sharing a hash: the first keeps the slot and the other is spelled out when met.
      if (!this.byKey.has(key)) this.byKey.set(key, word);
    }
  }

  /** False when no word of the set has hash `h`; true may be a false positive. */
  mayHold(h: number): boolean {
    return this.bits[h & TABLE_MASK] === 1;
  }

  /** The set's word with hash `h`, if any: the caller checks that it is spelled as the text. */
  wordFor(h: number): string | undefined {
    return this.byKey.get(h & HASH_KEY_MASK);
  }
}
