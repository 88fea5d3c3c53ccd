// Pure functions of a token's lower-case word, answered from the word hash the tokenizer computed:
// an ASCII word without a hyphen is looked up among the words the function cares about with no string
// built and no map look-up, and each of those words is computed once per process.
import { isLowerSpelling } from '../text/word-hash';
import { WordTable } from '../text/word-table';
import { HYPHEN, type TokenList } from './token-list';

/** A function of a token's lower-case word that is `outside` for every word but a known few. */
export class TokenWordFunction {
  private readonly table: WordTable;
  /** The function's value by table entry, computed on first use (-1: not yet). */
  private readonly values: Int32Array;

  /**
   * `fn` must be pure and non-negative, and equal `outside` for every word without a hyphen that is
   * not in `words`; words with a hyphen, and non-ASCII ones, are always passed to `fn`.
   */
  constructor(
    words: readonly string[],
    private readonly fn: (word: string) => number,
    private readonly outside: number,
  ) {
    this.table = new WordTable(words);
    this.values = new Int32Array(this.table.entries).fill(-1);
  }

  /** `fn` of token i's lower-case form (of '' outside the list). */
  of(tokens: TokenList, i: number): number {
    const hash = tokens.hash(i);
    if (hash < 0 || (tokens.shape(i) & HYPHEN) !== 0) return this.fn(tokens.lower(i));
    if (!this.table.mayHold(hash)) return this.outside;
    const e = this.table.entryFor(hash);
    if (e < 0) return this.outside;
    const word = this.table.wordAt(e);
    // Another word with the same hash (the table keeps one per hash): computed from its own string.
    if (!isLowerSpelling(tokens.source, tokens.start(i), tokens.end(i), word))
      return this.fn(tokens.lower(i));
    let value = this.values[e] as number;
    if (value < 0) {
      value = this.fn(word);
      this.values[e] = value;
    }
    return value;
  }
}
