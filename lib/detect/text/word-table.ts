// A fixed set of lower-case words keyed by their word hashes: a bit table answers "might this word be
// in the set?" without building a string, and the set's own string is handed out for a word that is,
// so the tokenizer builds no string for the common words and their look-ups reuse cached hashes.
import { HASH_KEY_MASK, wordHash } from './word-hash';

/** Bits of a word hash that index the bit table: 65,536 bits, a few per cent set for lexicon-sized sets. */
const TABLE_MASK = 0xffff;

/** A set of lower-case words for hash-first look-ups. */
export class WordTable {
  /** One bit per value of `hash & TABLE_MASK`, packed 32 to an entry (8 KB: stays in the fastest cache). */
  private readonly bits = new Int32Array((TABLE_MASK + 1) >>> 5);
  /** Open-addressing hash table of `hash & HASH_KEY_MASK` to word; '' marks a free entry. */
  private readonly keys: Int32Array;
  private readonly words: string[];
  private readonly entryMask: number;

  constructor(words: readonly string[]) {
    let size = 16;
    while (size < 2 * words.length) size *= 2;
    // Built at start-up, while this code still runs in the interpreter: locals, not fields, in the loop.
    const bits = this.bits;
    const keys = new Int32Array(size);
    const entries = new Array<string>(size).fill('');
    const entryMask = size - 1;
    for (const word of words) {
      if (word === '') continue;
      const h = wordHash(word);
      bits[(h & TABLE_MASK) >>> 5] = (bits[(h & TABLE_MASK) >>> 5] ?? 0) | (1 << (h & 31));
      // Two words sharing a hash: the first keeps the entry and the other is spelled out when met.
      const key = h & HASH_KEY_MASK;
      let e = key & entryMask;
      while (entries[e] !== '' && keys[e] !== key) e = (e + 1) & entryMask;
      if (entries[e] === '') {
        keys[e] = key;
        entries[e] = word;
      }
    }
    this.keys = keys;
    this.words = entries;
    this.entryMask = entryMask;
  }

  /** False when no word of the set has hash `h`; true may be a false positive. */
  mayHold(h: number): boolean {
    return (((this.bits[(h & TABLE_MASK) >>> 5] ?? 0) >>> (h & 31)) & 1) === 1;
  }

  /** The set's word with hash `h`, if any: the caller checks that it is spelled as the text. */
  wordFor(h: number): string | undefined {
    const key = h & HASH_KEY_MASK;
    for (let e = key & this.entryMask; ; e = (e + 1) & this.entryMask) {
      const word = this.words[e] ?? '';
      if (word === '') return undefined;
      if (this.keys[e] === key) return word;
    }
  }

  /**
   * The entry of the set's word with hash `h`, or -1 when no word has it: an index below `entries`,
   * for data kept alongside the set. The caller checks that the word is spelled as the text.
   */
  entryFor(h: number): number {
    const key = h & HASH_KEY_MASK;
    for (let e = key & this.entryMask; ; e = (e + 1) & this.entryMask) {
      if (this.words[e] === '') return -1;
      if (this.keys[e] === key) return e;
    }
  }

  /** The word at entry `e` (from `entryFor`). */
  wordAt(e: number): string {
    return this.words[e] ?? '';
  }

  /** The number of entries (every `entryFor` answer is below it). */
  get entries(): number {
    return this.words.length;
  }
}
