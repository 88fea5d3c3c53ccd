// Splits text into word and punctuation tokens with UTF-16 offsets, for the people finder.
// Owns word shape only (case, initials, possessives, soft hyphens); knows nothing about names or roles.
import { HASH_KEY_MASK, wordHash } from '../text/word-hash';
import {
  ALL_CAPS,
  CAP,
  DOT,
  HYPHEN,
  INITIAL,
  INVISIBLE,
  isInvisible,
  NL,
  POSS,
  PUNCT,
  SENT_START,
  stripInvisible,
  TokenList,
} from './token-list';

/** Abbreviations whose dot does not end a sentence; the dot is folded into the token. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st sen rep gov gen lt col cmdr sgt capt prof adm maj brig gov jr sr no rt hon inc co corp messrs ' +
    'vs etc jan feb mar apr jun jul aug sep sept oct nov dec pres amb sec supt insp det cpl pvt mt ft sens reps govs del'
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
/** ASCII code units lower-cased, as word hashing sees them. */
const LOWER_ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) LOWER_ASCII[c] = c >= 65 && c <= 90 ? c + 32 : c;

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
    // Word units since the word start or an initial's dot ("H.W."): more than one is not a single letter.
    let segLen = 0;
    let hyphen = false;
    // The word's lower-case hash, built as the scan steps over it; any non-ASCII code unit voids it.
    let hash = 0;
    let ascii = true;
    while (j < n) {
      let d = text.charCodeAt(j);
      if (d < 0x80 && ASCII_CLASS[d] === WORD_CLASS) {
        // A run of ASCII letters and digits, the common case, in a loop that only hashes.
        const runStart = j;
        do {
          hash = (Math.imul(hash, 31) + (LOWER_ASCII[d] as number)) | 0;
          j++;
          d = j < n ? text.charCodeAt(j) : 0;
        } while (d < 0x80 && ASCII_CLASS[d] === WORD_CLASS);
        segLen += j - runStart;
        if (segLen > 1) onlySingleLetters = false;
        if (j >= n) break;
      }
      if (d >= 0x80 && isWordChar(text, j, d)) {
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
    if (cap && !initial) capsOnly = isAllUpperRange(text, start, end);
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

function isLetterString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isLetter(s, i, s.charCodeAt(i))) return false;
  return true;
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
