// Sentence splitter for plain text: one linear pass, no regex backtracking, no Intl.Segmenter.
// Owns only where sentences begin and end; knows nothing about people or claims.
import type { TextSpan } from '../types';
import { CharCursor } from './char-cursor';

/** Abbreviations (lower case, without the final dot) after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st gen sen rep gov lt col cmdr sgt capt prof adm maj jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec jr sr no rt hon inc co corp messrs vs etc ltd bros mt ft ave blvd dept est fig approx ' +
    'brig cpl pvt supt insp det atty sec amb pres rev fr sr sra mme mlle cf al'
  ).split(' '),
);

/** Verbs that tie a quoted question or exclamation to its speaker ('"Why?" Smith asked.'). */
const SPEECH_VERBS = new Set(
  'said says asked asks added adds replied shouted wrote told cried yelled exclaimed wondered continued'.split(
    ' ',
  ),
);

const CLOSERS = '"\'”’»)]}';
/** Characters that may end a sentence. */
const TERMINALS = '.?!…';
const OPENERS = '"\'“‘«([{';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

function isUpperStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The word (letters, digits, inner dots) that ends just before index `dot` (the period itself). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  const stop = Math.max(floor, dot - 40);
  while (i > stop) {
    const ch = text[i - 1] ?? '';
    if (ch === '.' || isLetter(ch) || isDigit(ch.charCodeAt(0))) i--;
    else break;
  }
  return text.slice(i, dot);
}

/** True when a period after `word` is part of an abbreviation, an initial, an acronym or a list number. */
function isNonFinalPeriod(word: string, atParagraphStart: boolean): boolean {
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (word.length === 1 && isUpperStart(word)) return true; // initial: "George H. Bush"
  if (word.includes('.')) return true; // dotted acronym or initials: "U.S.", "H.W."
  if (atParagraphStart && /^\d{1,3}$/.test(word)) return true; // list number: "2. ..."
  return false;
}

/** True when the words after a quoted "?"/"!" are its attribution ('"Why?" Smith asked'). */
function startsAttribution(text: string, from: number, to: number): boolean {
  let i = from;
  for (let w = 0; w < 4 && i < to; w++) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetter(text[i] ?? '')) i++;
    if (i === s) return false;
    if (SPEECH_VERBS.has(text.slice(s, i).toLowerCase())) return true;
    if (text[i] === ',' || text[i] === '.') return false;
  }
  return false;
}

/** Whether the text has a line break other than "\n" (searched natively, without a regex). */
function hasRareBreaks(text: string): boolean {
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/** Splits one paragraph [from, to) into trimmed sentence spans. */
function splitParagraph(
  text: string,
  from: number,
  to: number,
  out: TextSpan[],
  terminals: CharCursor,
): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  const paraStart = start;
  let i = start;
  while (i < to) {
    const terminal = terminals.at(i);
    if (terminal >= to) break;
    i = terminal;
    const ch = text[i] ?? '';
    const isEllipsis = ch === '…' || (ch === '.' && text[i + 1] === '.' && text[i + 2] === '.');
    let j = i + (ch === '.' && isEllipsis ? 3 : 1);
    while (j < to && (text[j] === '.' || text[j] === '?' || text[j] === '!' || text[j] === '…')) j++;
    let quoted = false;
    while (j < to && CLOSERS.includes(text[j] ?? '')) {
      quoted = true;
      j++;
    }
    if (j >= to || !isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k] ?? '';
    let split = isUpperStart(next) || isDigit(next.charCodeAt(0)) || OPENERS.includes(next);
    if (split && ch === '.' && !isEllipsis && j === i + 1) {
      const word = wordBefore(text, i, start);
      split = !isNonFinalPeriod(word, i - word.length === paraStart);
    }
    if (split && quoted && (ch === '?' || ch === '!') && startsAttribution(text, k, to)) split = false;
    if (split) {
      out.push({ start, end: j });
      start = k;
    }
    i = k;
  }
  let end = to;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Splits `text` into trimmed sentence spans, in order, covering every non-space character.
 * Any newline is a hard break. Inside a paragraph a break follows `.`, `?`, `!` or `…` (plus closing
 * quotes and brackets) when the next word starts with a capital, a digit, a quote or a bracket,
 * except after abbreviations ("Mr.", "Sen."), initials, dotted acronyms ("U.S.") and list numbers.
 */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (typeof text !== 'string') return out;
  const terminals = new CharCursor(text, TERMINALS);
  let from = 0;
  if (hasRareBreaks(text)) {
    const breaks = /\r\n?|[\n\u2028\u2029]/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      if (m.index > from) splitParagraph(text, from, m.index, out, terminals);
      from = m.index + m[0].length;
    }
  } else {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      if (nl > from) splitParagraph(text, from, nl, out, terminals);
      from = nl + 1;
    }
  }
  if (text.length > from) splitParagraph(text, from, text.length, out, terminals);
  return out;
}
