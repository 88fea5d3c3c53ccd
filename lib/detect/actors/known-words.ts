// The words a known name is matched by: folded, without initials, dots, regnal numbers and suffixes.
// Run on every name and alias when an index is built, so the usual name (plain ASCII, no dots) takes
// a short path of a few native string calls.
import { foldWord, isAscii } from './normalize';

/** Regnal numbers and suffixes that follow a name but are never matched as part of it. */
const NOT_NAME_WORDS = new Set('ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi jr sr'.split(' '));

/** Longest word of NOT_NAME_WORDS: longer words skip the set look-up. */
const NOT_NAME_MAX = 4;

/** Printable ASCII and plain spaces, without dots: folding is lower-casing and every word is kept as written. */
const PLAIN_NAME = /^[\x20-\x2d\x2f-\x7e]*$/;

/** White space other than a plain space. */
const OTHER_WHITE_SPACE = /[^\S ]/;

/** Folded words of a name without initials and dots ("George H. W. Bush" -> ["george", "bush"]). */
export function matchWords(name: string): string[] {
  return PLAIN_NAME.test(name) ? plainNameWords(name) : nameWords(name);
}

function plainNameWords(name: string): string[] {
  const out: string[] = [];
  // Split at plain spaces: the empty words between two spaces are skipped with the one-letter words.
  const raws = name.toLowerCase().split(' ');
  for (let i = 0; i < raws.length; i++) {
    const w = raws[i] ?? '';
    if (isNameWord(w)) out.push(w);
  }
  return out;
}

function nameWords(name: string): string[] {
  const out: string[] = [];
  // An ASCII name is folded in one call: folding ASCII is lower-casing, word by word or all at once.
  const ascii = isAscii(name);
  const text = ascii ? name.toLowerCase() : name;
  const raws = OTHER_WHITE_SPACE.test(text) ? text.split(/\s+/) : text.split(' ');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] ?? '';
    const folded = ascii ? raw : foldWord(raw);
    const dotted = raw.includes('.');
    const w = dotted ? folded.replace(/\./g, '') : folded;
    // Initials, dotted or not ("H.W."), are left out.
    if (dotted && w.length <= 3) continue;
    if (isNameWord(w)) out.push(w);
  }
  return out;
}

/** Not empty, not a single letter, not a regnal number or suffix. */
function isNameWord(w: string): boolean {
  return w.length > 1 && (w.length > NOT_NAME_MAX || !NOT_NAME_WORDS.has(w));
}
