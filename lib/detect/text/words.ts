// Word tokenizer for one stretch of text: words (with inner apostrophes, hyphens and dots) and
// single punctuation marks, with UTF-16 offsets. Linear, allocation-light, never throws.
import { hashStep, isLowerSpelling } from './word-hash';
import type { WordTable } from './word-table';

/** Token flag: the word starts with a capital letter. */
export const CAP = 1;
/** Token flag: a word (not a punctuation mark). */
export const WORD = 2;
/** Token flag: inside a quotation (between opening and closing double quotes). */
export const QUOTED = 4;

/**
 * Tokens of one text stretch, as parallel arrays (index = token number; only [0, length) is used;
 * `norm` reads '' past `length`).
 */
export interface Tokens {
  /** Lower-cased word, curly apostrophes made straight; punctuation as itself, every quote as '"'. */
  norm: string[];
  start: Int32Array;
  end: Int32Array;
  /** `wordHash` of each token's `norm`, also for words left unspelled: a cheap first test before a set look-up. */
  hash: Int32Array;
  /** CAP | WORD | QUOTED bits per token. */
  flags: Uint8Array;
  length: number;
  /** True when the stretch ends inside an open quotation. */
  endsQuoted: boolean;
}

let shared: Tokens | undefined;
/** How many leading entries of the shared buffer's `norm` may hold a word from an earlier call. */
let sharedNormsUsed = 0;

/** The shared token buffer, emptied, with room for `size` tokens. */
function buffer(size: number): Tokens {
  if (size > MAX_SHARED) return emptyTokens(size); // a huge stretch gets its own, short-lived buffer
  if (!shared || shared.start.length < size) {
    shared = emptyTokens(Math.max(size, 2 * (shared?.start.length ?? 256)));
    sharedNormsUsed = 0;
  }
  // `norm` is overwritten in place and never shortened, so its backing store is allocated once.
  shared.length = 0;
  shared.endsQuoted = false;
  return shared;
}

/** Largest buffer kept between calls (tokens). */
const MAX_SHARED = 1 << 16;

function emptyTokens(capacity: number): Tokens {
  return {
    norm: [],
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    length: 0,
    endsQuoted: false,
  };
}

/** True when token i exists and is a capitalised word. */
export function isCap(t: Tokens, i: number): boolean {
  return i >= 0 && i < t.length && ((t.flags[i] ?? 0) & CAP) !== 0;
}

/** True when token i exists and is a word. */
export function isWord(t: Tokens, i: number): boolean {
  return i >= 0 && i < t.length && ((t.flags[i] ?? 0) & WORD) !== 0;
}

/** True when token i exists and lies inside a quotation. */
export function isQuoted(t: Tokens, i: number): boolean {
  return i >= 0 && i < t.length && ((t.flags[i] ?? 0) & QUOTED) !== 0;
}

const PUNCT = ',;:()[]"“”«»—–?!.…\'‘’';
const PUNCT_LOW = new Uint8Array(256);
for (const ch of PUNCT) if (ch.charCodeAt(0) < 256) PUNCT_LOW[ch.charCodeAt(0)] = 1;
const PUNCT_WIDE = new Set([...PUNCT].map((ch) => ch.charCodeAt(0)).filter((c) => c >= 256));

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Whether code c at text[i] is part of a word (a letter, a digit, or a soft hyphen inside one). */
export function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xad) return true;
  const ch = text[i] ?? '';
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Tokenizes `text` between `from` and `to`. `startQuoted` says the stretch begins inside a quotation
 * (a quote that runs on from the previous sentence). If the first quotation mark is a closing curly
 * quote, everything before it is taken as quoted too. With `vocab`, words outside it get the empty
 * string as `norm`, which saves building strings nobody looks up (every word the claim finder
 * compares is in its vocabulary), and words in it get the vocabulary's own string.
 * The result lives in a shared buffer that the next call overwrites: use it, then let it go.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  startQuoted = false,
  vocab?: WordTable,
): Tokens {
  const t = buffer(Math.max(0, to - from));
  // The arrays and the count in locals: this loop runs once per token of every sentence with a cue word.
  const { norm: norms, start: starts, end: ends, hash: hashes, flags } = t;
  let n = 0;
  let inQuote = startQuoted;
  let sawQuote = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWordCode(text, i, c)) {
      const s = i;
      let special = c === 0xad;
      let h = hashStep(0, text, i, c);
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          h = (Math.imul(h, 31) + d) | 0; // hashStep, for the commonest case: an ASCII lower-case letter
          i++;
          continue;
        }
        if (isWordCode(text, i, d)) {
          if (d === 0xad) special = true;
          h = hashStep(h, text, i, d);
          i++;
          continue;
        }
        // Inner apostrophe, hyphen or dot joins two word parts: "isn't", "anti-Trump", "U.S."
        if ((d === 39 || d === 0x2019 || d === 45 || d === 46) && i + 1 < to) {
          const n = text.charCodeAt(i + 1);
          if (isWordCode(text, i + 1, n)) {
            if (d === 0x2019 || n === 0xad) special = true;
            h = hashStep(hashStep(h, text, i, d), text, i + 1, n);
            i += 2;
            continue;
          }
          // Trailing dot of an acronym: "U.S."
          if (d === 46 && i - s >= 3 && text.charCodeAt(i - 2) === 46) {
            h = hashStep(h, text, i, d);
            i++;
            break;
          }
        }
        break;
      }
      let norm = '';
      if (!vocab || vocab.mayHold(h)) {
        const known = vocab?.wordFor(h);
        if (known !== undefined && isLowerSpelling(text, s, i, known)) norm = known;
        else {
          const lower = text.slice(s, i).toLowerCase();
          norm = special ? lower.replace(/’/g, "'").replace(/\u00ad/g, '') : lower;
        }
      }
      norms[n] = norm;
      starts[n] = s;
      ends[n] = i;
      hashes[n] = h;
      const cap = c < 128 ? c >= 65 && c <= 90 : isUpperLetter(text[s] ?? '');
      flags[n] = WORD | (cap ? CAP : 0) | (inQuote ? QUOTED : 0);
      n++;
      continue;
    }
    if (c < 256 ? PUNCT_LOW[c] === 1 : PUNCT_WIDE.has(c)) {
      const ch = text[i] ?? '';
      let norm = ch;
      let q = inQuote;
      if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) {
        norm = '"';
        if (!sawQuote && !inQuote && (c === 0x201d || c === 0xbb)) {
          for (let k = 0; k < n; k++) flags[k] = (flags[k] ?? 0) | QUOTED;
        }
        sawQuote = true;
        if (c === 0x201c || c === 0xab) inQuote = true;
        else if (c === 0x201d || c === 0xbb) inQuote = false;
        else inQuote = !inQuote;
        q = true;
      }
      norms[n] = norm;
      starts[n] = i;
      ends[n] = i + 1;
      hashes[n] = hashStep(0, norm, 0, norm.charCodeAt(0));
      flags[n] = q ? QUOTED : 0;
      n++;
    }
    i++;
  }
  t.length = n;
  // Entries past `length` left from a longer stretch read as '' (no word), as if out of range.
  if (t === shared) {
    for (let k = t.length; k < sharedNormsUsed; k++) t.norm[k] = '';
    sharedNormsUsed = t.length;
  }
  t.endsQuoted = inQuote;
  return t;
}
