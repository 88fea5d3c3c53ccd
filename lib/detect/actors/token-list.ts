// The tokens of one text for the people finder, in one flat typed array: offsets, shape bits and word
// hashes, with each token's text and lower-case form cut on first use. Storage and reading only; the
// scan that fills it is in tokenize.ts, and headline.ts adds the headline marks.

/** Shape bits of a token (see the accessors of {@link TokenList}). */
export const PUNCT = 1;
export const CAP = 2;
export const ALL_CAPS = 4;
export const INITIAL = 8;
export const DOT = 16;
export const POSS = 32;
export const NL = 64;
export const SENT_START = 128;
export const HYPHEN = 256;
export const INVISIBLE = 512;
export const HEADLINE = 1024;

/** Slots per token in TokenList's array, and the offsets of the fields after the start. */
const FIELDS = 5;
const END = 1;
const SHAPE = 2;
const HASH = 3;
const CLASS = 4;

/** Set in a cached word class, so that a cached 0 (in no list) differs from the array's initial 0. */
const CLASS_CACHED = 1 << 30;

/**
 * The tokens of one text, kept in one flat typed array (offsets, shape bits, word hashes) rather than one
 * object per token: a long page has tens of thousands of tokens, and objects would cost the garbage
 * collector more than the scan itself. Token `i` is read through the accessors below; an index outside
 * the list reads as an empty token (no shape bits, empty text), so callers may look past either end.
 */
export class TokenList {
  private count = 0;
  /** The text the tokens were cut from. */
  readonly source: string;
  /**
   * Per token, FIELDS slots: start, end, shape bits, the lower-case word hash (see text/word-hash)
   * cut to HASH_KEY_MASK or -1 for words with non-ASCII code units, and the cached word class. One
   * array, not five: most texts are short, and each typed array costs a fixed allocation.
   */
  private data: Int32Array;
  /** Token texts and their lower-case forms, cut from the source on first use (one slot per token). */
  private texts: (string | undefined)[] = [];
  private lowers: (string | undefined)[] = [];

  constructor(source: string) {
    this.source = source;
    this.data = new Int32Array(Math.max(16, source.length >> 2) * FIELDS);
  }

  /** Appends a token; `hash` is the ASCII word hash key, or -1. */
  push(start: number, end: number, flags: number, hash: number): void {
    const at = this.count * FIELDS;
    if (at === this.data.length) this.grow();
    const data = this.data;
    data[at] = start;
    data[at + END] = end;
    data[at + SHAPE] = flags;
    data[at + HASH] = hash;
    this.count++;
  }

  /** Number of tokens. */
  get length(): number {
    return this.count;
  }

  private grow(): void {
    const data = new Int32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
  }

  /** True when `i` is the index of a token. */
  has(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  /** Offset of the first code unit of token `i` (after any leading invisible characters); -1 outside. */
  start(i: number): number {
    return this.has(i) ? (this.data[i * FIELDS] as number) : -1;
  }

  /** Offset after token `i`; a possessive "'s" and an abbreviation dot are not included. -1 outside. */
  end(i: number): number {
    return this.has(i) ? (this.data[i * FIELDS + END] as number) : -1;
  }

  /** Length of token `i` in code units (0 outside). */
  size(i: number): number {
    return this.has(i) ? (this.data[i * FIELDS + END] as number) - (this.data[i * FIELDS] as number) : 0;
  }

  /** Lower-case word hash key of an ASCII word token, or -1 (non-ASCII word, or outside). */
  hash(i: number): number {
    return this.has(i) ? (this.data[i * FIELDS + HASH] as number) : -1;
  }

  /** All shape bits of token `i` (0 outside), for loops that test several with one read. */
  shape(i: number): number {
    return this.has(i) ? (this.data[i * FIELDS + SHAPE] as number) : 0;
  }

  /** The word-class bits cached for token `i` (see word-class.ts), or -1 when none are (or outside). */
  cachedClass(i: number): number {
    const bits = this.has(i) ? (this.data[i * FIELDS + CLASS] as number) : 0;
    return bits === 0 ? -1 : bits & ~CLASS_CACHED;
  }

  /** Caches the word-class bits of token `i` (below 2^30); ignored outside the list. */
  cacheClass(i: number, bits: number): void {
    if (this.has(i)) this.data[i * FIELDS + CLASS] = bits | CLASS_CACHED;
  }

  /** Punctuation (one character). */
  punct(i: number): boolean {
    return (this.shape(i) & PUNCT) !== 0;
  }
  /** A word (not punctuation). False outside the list. */
  word(i: number): boolean {
    return this.has(i) && (this.shape(i) & PUNCT) === 0;
  }
  /** First letter is upper case. */
  cap(i: number): boolean {
    return (this.shape(i) & CAP) !== 0;
  }
  /** Two or more characters and no lower-case letter ("NATO"). */
  allCaps(i: number): boolean {
    return (this.shape(i) & ALL_CAPS) !== 0;
  }
  /** A single letter or dotted letters ("W.", "H.W.", "U.S."). */
  initial(i: number): boolean {
    return (this.shape(i) & INITIAL) !== 0;
  }
  /** Followed by an abbreviation dot that was folded into the token ("Mr.", "Sen."). */
  dot(i: number): boolean {
    return (this.shape(i) & DOT) !== 0;
  }
  /** Followed by a possessive "'s" / "’s". */
  poss(i: number): boolean {
    return (this.shape(i) & POSS) !== 0;
  }
  /** A line break lies between the previous token and this one. */
  nl(i: number): boolean {
    return (this.shape(i) & NL) !== 0;
  }
  /** First word of a sentence or line. */
  sentStart(i: number): boolean {
    return (this.shape(i) & SENT_START) !== 0;
  }
  /** The word holds a hyphen ("Solberg-Haug", "al-Assad"). */
  hyphen(i: number): boolean {
    return (this.shape(i) & HYPHEN) !== 0;
  }

  /** Sits in a headline-like line (set by headline.ts once the list is complete). */
  headline(i: number): boolean {
    return (this.shape(i) & HEADLINE) !== 0;
  }

  /** Marks tokens [from, to) as sitting in a headline-like line. */
  markHeadline(from: number, to: number): void {
    const data = this.data;
    for (let i = Math.max(0, from); i < to && i < this.count; i++) {
      const at = i * FIELDS + SHAPE;
      data[at] = (data[at] as number) | HEADLINE;
    }
  }

  /** Ends the list: makes one slot per token for the strings cut later (tokens pushed after this still read right). */
  finish(): this {
    this.texts = new Array<string | undefined>(this.count);
    this.lowers = new Array<string | undefined>(this.count);
    return this;
  }

  /** Token `i` with invisible characters (soft hyphens, zero-width marks) removed; '' outside. */
  text(i: number): string {
    if (!this.has(i)) return '';
    let t = this.texts[i];
    if (t === undefined) {
      const at = i * FIELDS;
      const raw = this.source.slice(this.data[at], this.data[at + END]);
      t = ((this.data[at + SHAPE] as number) & INVISIBLE) !== 0 ? stripInvisible(raw) : raw;
      this.texts[i] = t;
    }
    return t;
  }

  /** `text(i)` lower-cased. */
  lower(i: number): string {
    if (!this.has(i)) return '';
    let l = this.lowers[i];
    if (l === undefined) {
      const t = this.text(i);
      l = this.cap(i) || !isAsciiLower(t) ? t.toLowerCase() : t;
      this.lowers[i] = l;
    }
    return l;
  }

  /** True when token `i` is the punctuation mark with code `c`. */
  isMark(i: number, c: number): boolean {
    return this.punct(i) && this.source.charCodeAt(this.data[i * FIELDS] as number) === c;
  }
}

/** Code units that may sit inside a word without showing: soft hyphen, zero-width (non-)joiners, word joiner. */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** `s` with invisible characters removed. */
export function stripInvisible(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isInvisible(s.charCodeAt(i))) out += s[i];
  return out;
}

function isAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
