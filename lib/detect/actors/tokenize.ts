// Splits text into word and punctuation tokens with UTF-16 offsets, for the people finder.
// Owns word shape only (case, initials, possessives, soft hyphens); knows nothing about names or roles.
import { HASH_KEY_MASK, wordHash } from '../text/word-hash';

/**
 * The tokens of one text, kept in flat typed arrays (offsets, shape bits, word hashes) rather than one
 * object per token: a long page has tens of thousands of tokens, and objects would cost the garbage
 * collector more than the scan itself. Token `i` is read through the accessors below; an index outside
 * the list reads as an empty token (no shape bits, empty text), so callers may look past either end.
 */
export class TokenList {
  private count = 0;
  /** The text the tokens were cut from. */
  readonly source: string;
  private starts: Int32Array;
  private ends: Int32Array;
  private shapes: Uint16Array;
  /** Lower-case word hash (see text/word-hash) cut to HASH_KEY_MASK, or -1 for words with non-ASCII code units. */
  private hashes: Int32Array;
  /** Token texts and their lower-case forms, cut from the source on first use (one slot per token). */
  private texts: (string | undefined)[] = [];
  private lowers: (string | undefined)[] = [];

  constructor(source: string) {
    this.source = source;
    const capacity = Math.max(16, source.length >> 2);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.shapes = new Uint16Array(capacity);
    this.hashes = new Int32Array(capacity);
  }

  /** Appends a token; `hash` is the ASCII word hash key, or -1. */
  push(start: number, end: number, flags: number, hash: number): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.shapes[i] = flags;
    this.hashes[i] = hash;
    this.count = i + 1;
  }

  /** Number of tokens. */
  get length(): number {
    return this.count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const shapes = new Uint16Array(size);
    const hashes = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    shapes.set(this.shapes);
    hashes.set(this.hashes);
    this.starts = starts;
    this.ends = ends;
    this.shapes = shapes;
    this.hashes = hashes;
  }

  /** True when `i` is the index of a token. */
  has(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  /** Offset of the first code unit of token `i` (after any leading invisible characters); -1 outside. */
  start(i: number): number {
    return this.has(i) ? (this.starts[i] as number) : -1;
  }

  /** Offset after token `i`; a possessive "'s" and an abbreviation dot are not included. -1 outside. */
  end(i: number): number {
    return this.has(i) ? (this.ends[i] as number) : -1;
  }

  /** Length of token `i` in code units (0 outside). */
  size(i: number): number {
    return this.has(i) ? (this.ends[i] as number) - (this.starts[i] as number) : 0;
  }

  /** Lower-case word hash key of an ASCII word token, or -1 (non-ASCII word, or outside). */
  hash(i: number): number {
    return this.has(i) ? (this.hashes[i] as number) : -1;
  }

  private shape(i: number): number {
    return this.has(i) ? (this.shapes[i] as number) : 0;
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
      const raw = this.source.slice(this.starts[i], this.ends[i]);
      t = ((this.shapes[i] as number) & INVISIBLE) !== 0 ? stripInvisible(raw) : raw;
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
    return this.punct(i) && this.source.charCodeAt(this.starts[i] as number) === c;
  }
}

const PUNCT = 1;
const CAP = 2;
const ALL_CAPS = 4;
const INITIAL = 8;
const DOT = 16;
const POSS = 32;
const NL = 64;
const SENT_START = 128;
const HYPHEN = 256;
const INVISIBLE = 512;

/** Abbreviations whose dot does not end a sentence; the dot is folded into the token. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st sen rep gov gen lt col cmdr sgt capt prof adm maj brig gov jr sr no rt hon inc co corp messrs ' +
    'vs etc jan feb mar apr jun jul aug sep sept oct nov dec pres amb sec supt insp det cpl pvt mt ft'
  ).split(' '),
);

/** Word hash keys of the abbreviations: most words before a full stop are ruled out without a string. */
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((w) => wordHash(w) & HASH_KEY_MASK));

/** Lower-case prefixes split off a capitalised word ("anti-Trump" -> "anti", "Trump"). */
const PREFIXES = new Set([
  'anti',
  'pro',
  'ex',
  'non',
  'pre',
  'post',
  'neo',
  'pan',
  'mid',
  'un',
  'then',
  'never',
]);

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Code units that may sit inside a word without showing: soft hyphen, zero-width (non-)joiners, word joiner. */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Letter test results for BMP code units beyond ASCII: 0 = not yet known, 1 = letter, 2 = not a letter. */
const LETTER_CACHE = new Uint8Array(0x10000);

function isLetter(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2));
  const known = LETTER_CACHE[c];
  if (known) return known === 1;
  const yes =
    c >= 0xc0 && !isInvisible(c) && c !== 0xd7 && c !== 0xf7 && LETTER_RE.test(String.fromCharCode(c));
  LETTER_CACHE[c] = yes ? 1 : 2;
  return yes;
}

/** Classes of ASCII code units, so the scanning loops test one byte instead of a chain of ranges. */
const SPACE_CLASS = 1;
const WORD_CLASS = 2;
const ASCII_CLASS = new Uint8Array(0x80);
for (const c of [32, 9, 10, 13, 12, 11]) ASCII_CLASS[c] = SPACE_CLASS;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = WORD_CLASS;
for (let c = 65; c <= 90; c++) {
  ASCII_CLASS[c] = WORD_CLASS;
  ASCII_CLASS[c + 32] = WORD_CLASS;
}

/** isSpace or isInvisible, with an ASCII fast path. */
function isGap(c: number): boolean {
  return c < 0x80 ? ASCII_CLASS[c] === SPACE_CLASS : isSpace(c) || isInvisible(c);
}

/** isWordChar, with an ASCII fast path. */
function isWordUnit(text: string, i: number, c: number): boolean {
  return c < 0x80 ? ASCII_CLASS[c] === WORD_CLASS : isWordChar(text, i, c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(text: string, i: number, c: number): boolean {
  return isDigit(c) || isLetter(text, i, c);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 12 ||
    c === 11 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Splits `text` into tokens. Linear time; never throws. */
export function tokenize(text: string): TokenList {
  const tokens = new TokenList(text);
  const n = text.length;
  let i = 0;
  let nl = true;
  let sentStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isGap(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        nl = true;
        sentStart = true;
      }
      i++;
      continue;
    }
    if (!isWordUnit(text, i, c)) {
      const cu = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      tokens.push(i, i + cu, PUNCT | (nl ? NL : 0), -1);
      if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58) sentStart = true;
      else if (!isQuoteOrBracket(c)) sentStart = false;
      nl = false;
      i += cu;
      continue;
    }
    const start = i;
    let hasInvisible = false;
    let j = i;
    let onlySingleLetters = true;
    let segLen = 0;
    let hyphen = false;
    // The word's lower-case hash, built as the scan steps over it; any non-ASCII code unit voids it.
    let hash = 0;
    let ascii = true;
    // ASCII letters seen: a word with capitals and no small letter is written in capitals ("NATO").
    let capitals = 0;
    let small = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 0x80) {
        if (ASCII_CLASS[d] === WORD_CLASS) {
          if (d >= 65 && d <= 90) {
            hash = (Math.imul(hash, 31) + d + 32) | 0;
            capitals++;
          } else {
            hash = (Math.imul(hash, 31) + d) | 0;
            if (d >= 97) small = true;
          }
          j++;
          if (++segLen > 1) onlySingleLetters = false;
          continue;
        }
      } else if (isWordChar(text, j, d)) {
        ascii = false;
        j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        if (++segLen > 1) onlySingleLetters = false;
        continue;
      }
      if (isInvisible(d) && j + 1 < n && isWordChar(text, j + 1, text.charCodeAt(j + 1))) {
        hasInvisible = true;
        ascii = false;
        j++;
        continue;
      }
      const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
      if (isHyphen(d) && isWordChar(text, j + 1, next)) {
        if (isUpperAt(text, j + 1) && PREFIXES.has(text.slice(start, j).toLowerCase())) break;
        onlySingleLetters = false;
        hyphen = true;
        if (d === 45) hash = (Math.imul(hash, 31) + d) | 0;
        else ascii = false;
        j++;
        continue;
      }
      if (isApostrophe(d) && isLetter(text, j + 1, next)) {
        const after = j + 2 < n ? text.charCodeAt(j + 2) : 0;
        if ((next === 115 || next === 83) && !isWordChar(text, j + 2, after)) break;
        onlySingleLetters = false;
        if (d === 39) hash = (Math.imul(hash, 31) + d) | 0;
        else ascii = false;
        j++;
        continue;
      }
      if (d === 46 && onlySingleLetters && segLen === 1 && isLetter(text, j + 1, next)) {
        const after = j + 2 < n ? text.charCodeAt(j + 2) : 0;
        if (!isWordChar(text, j + 2, after)) {
          segLen = 0;
          hash = (Math.imul(hash, 31) + d) | 0;
          j++;
          continue;
        }
      }
      break;
    }
    let end = j;
    let initial = false;
    let capsOnly = false;
    const first = text.charCodeAt(start);
    if (onlySingleLetters && end - start === 1 && first < 0x80) {
      // One ASCII character ("a", "I", "5"): an initial when it is a capital letter.
      initial = first >= 65 && first <= 90;
    } else if (onlySingleLetters) {
      const letters = stripDots(
        hasInvisible ? stripInvisible(text.slice(start, end)) : text.slice(start, end),
      );
      initial =
        letters.length >= 1 && letters.length <= 4 && isLetterString(letters) && isUpperCode(letters, 0);
    }
    let dot = false;
    let k = end;
    if (text.charCodeAt(k) === 46) {
      if (initial) {
        k++;
        end = k;
        hash = (Math.imul(hash, 31) + 46) | 0;
      } else if (
        end - start <= 5 &&
        (!ascii || ABBREVIATION_KEYS.has(hash & HASH_KEY_MASK)) &&
        ABBREVIATIONS.has(text.slice(start, end).toLowerCase())
      ) {
        dot = true;
        k++;
      }
    }
    let poss = false;
    const a = text.charCodeAt(k);
    if (a === 39 || a === 0x2019) {
      const s = text.charCodeAt(k + 1);
      if ((s === 115 || s === 83) && !isWordChar(text, k + 2, text.charCodeAt(k + 2))) {
        poss = true;
        k += 2;
      } else if (text.charCodeAt(end - 1) === 115 && !isWordChar(text, k + 1, s)) {
        poss = true;
        k += 1;
      }
    }
    const cap = isUpperAt(text, start);
    if (cap && !initial)
      capsOnly = ascii ? !small && capitals > 0 && end - start > 1 : isAllUpperRange(text, start, end);
    let flags = (nl ? NL : 0) | (sentStart ? SENT_START : 0) | (hyphen ? HYPHEN : 0);
    if (hasInvisible) flags |= INVISIBLE;
    if (cap) flags |= CAP;
    if (capsOnly) flags |= ALL_CAPS;
    if (initial) flags |= INITIAL;
    if (dot) flags |= DOT;
    if (poss) flags |= POSS;
    tokens.push(start, end, flags, ascii ? hash & HASH_KEY_MASK : -1);
    nl = false;
    sentStart = false;
    i = k;
  }
  return tokens.finish();
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  return isUpperChar(s[i] ?? '');
}

/** Two or more characters in [start, end) with no lower-case letter ("NATO", "A1"). */
function isAllUpperRange(s: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
    } else if (!isInvisible(c)) {
      const ch = s[i] ?? '';
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters > 0 && end - start > 1;
}

function stripDots(s: string): string {
  return s.indexOf('.') >= 0 ? s.replace(/\./g, '') : s;
}

function isUpperCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  return isUpperChar(s[i] ?? '');
}

function isAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function isLetterString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isLetter(s, i, s.charCodeAt(i))) return false;
  return true;
}

function stripInvisible(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isInvisible(s.charCodeAt(i))) out += s[i];
  return out;
}

function isQuoteOrBracket(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 91 ||
    c === 123 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0xab ||
    c === 0xbb
  );
}
