// Name normalisation: comparison keys for names and a consonant skeleton that links transliteration
// variants (Yevkurov/Evkurov, Qasra/Kasra, Gaddafi/Qaddafi). Pure string functions.

const MARKS_RE = /[\u0300-\u036f]/g;
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const skeletonMemo = new Map<string, string>();

/** True when every code unit is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-cases, drops accents and invisible characters, unifies apostrophes: "Ərdoğan" -> "ərdogan". */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  const w = word.toLowerCase().normalize('NFD').replace(MARKS_RE, '').replace(INVISIBLE_RE, '');
  return w.replace(/’/g, "'");
}

/** Key of a full name: folded words joined by one space, dots dropped ("George H.W. Bush" -> "george hw bush"). */
export function nameKey(name: string): string {
  let key = '';
  for (const raw of name.split(/\s+/)) {
    const w = raw.includes('.') ? foldWord(raw).replace(/\./g, '') : foldWord(raw);
    if (w.length === 0) continue;
    key = key === '' ? w : `${key} ${w}`;
  }
  return key;
}

/**
 * Consonant skeleton of one word, for spelling variants: folded, common transliteration pairs merged
 * (q/k/c/g -> k, ph -> f, w -> v, j/y glides dropped), vowels after the first letter dropped, doubles collapsed.
 */
export function skeleton(word: string): string {
  const memo = skeletonMemo.get(word);
  if (memo !== undefined) return memo;
  const out = computeSkeleton(word);
  if (skeletonMemo.size > 100000) skeletonMemo.clear();
  skeletonMemo.set(word, out);
  return out;
}

function computeSkeleton(word: string): string {
  return String.fromCharCode(
    ...soundsOf(foldedLetters(word, Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY),
  );
}

/** Letters that decide a skeleton's first sound: a dropped leading glide, then a letter pair at most. */
const FIRST_SOUND_LETTERS = 3;

/**
 * First character of `skeleton(word)` ('' when the skeleton is empty), read from the first letters only:
 * a cheap key for grouping names before their skeletons are built.
 */
export function skeletonStart(word: string): string {
  const sounds = soundsOf(foldedLetters(word, FIRST_SOUND_LETTERS), 1);
  return sounds.length > 0 ? String.fromCharCode(sounds[0] ?? 0) : '';
}

/** The sounds of letters a-z (see `skeleton`), stopping once there are `limit` of them. */
function soundsOf(s: readonly number[], limit: number): number[] {
  let i = 0;
  if ((s[0] === Y && VOWEL_FLAGS[s[1] ?? 0] === 1) || (s[0] === J && s[1] === E)) i = 1;
  const out: number[] = [];
  while (i < s.length && out.length < limit) {
    const c = s[i] ?? 0;
    const merged = i + 1 < s.length ? (DIGRAPH_SOUNDS[c * 128 + (s[i + 1] ?? 0)] ?? 0) : 0;
    if (merged !== 0) {
      emitSound(out, merged);
      i += 2;
      continue;
    }
    if (c === X) {
      emitSound(out, K);
      emitSound(out, S);
    } else emitSound(out, SINGLE_SOUNDS[c] ?? c);
    i++;
  }
  return out;
}

/**
 * The first `max` letters a-z of the folded word, as codes: skeletons are built code by code, with no
 * strings in between. An ASCII word is folded on the way, letter by letter (folding ASCII is lower-casing).
 */
function foldedLetters(word: string, max: number): number[] {
  const s: number[] = [];
  for (let i = 0; i < word.length && s.length < max; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return lettersOf(foldWord(word), max);
    const lower = c >= UPPER_A && c <= UPPER_Z ? c + 32 : c;
    if (lower >= A && lower <= Z) s.push(lower);
  }
  return s;
}

function lettersOf(folded: string, max: number): number[] {
  const s: number[] = [];
  for (let i = 0; i < folded.length && s.length < max; i++) {
    const c = folded.charCodeAt(i);
    if (c >= A && c <= Z) s.push(c);
  }
  return s;
}

/** Appends one sound to a skeleton: the first as itself (vowels as 'a'), later ones unless silent or doubled. */
function emitSound(out: number[], c: number): void {
  if (out.length === 0) out.push(VOWEL_FLAGS[c] === 1 || c === Y ? A : c);
  else if (SILENT_FLAGS[c] !== 1 && out[out.length - 1] !== c) out.push(c);
}

const code = (ch: string): number => ch.charCodeAt(0);
const A = code('a');
const E = code('e');
const J = code('j');
const K = code('k');
const S = code('s');
const X = code('x');
const Y = code('y');
const Z = code('z');
const UPPER_A = code('A');
const UPPER_Z = code('Z');

const VOWELS = 'aeiou';
/** Letters dropped after the first: vowels and the glides that transliterations add or leave out. */
const SILENT = 'aeiouyjh';
/** Letter pairs written differently across transliterations, merged to one sound. */
const DIGRAPHS: Record<string, string> = { ph: 'f', kh: 'h', ch: 'k', ck: 'k', dh: 'd', th: 't' };
/** Single letters merged with their usual transliteration partners. */
const SINGLE: Record<string, string> = { q: 'k', c: 'k', g: 'k', w: 'v', z: 's' };

// The letter sets and pairs above as tables indexed by character code (pairs by first * 128 + second):
// flat reads, cheap even before the engine's code is optimised.
const VOWEL_FLAGS = flagsOf(VOWELS);
const SILENT_FLAGS = flagsOf(SILENT);
const SINGLE_SOUNDS = new Uint8Array(128);
for (let c = 0; c < 128; c++) SINGLE_SOUNDS[c] = c;
for (const [letter, sound] of Object.entries(SINGLE)) SINGLE_SOUNDS[code(letter)] = code(sound);
const DIGRAPH_SOUNDS = new Uint8Array(128 * 128);
for (const [pair, sound] of Object.entries(DIGRAPHS))
  DIGRAPH_SOUNDS[code(pair) * 128 + code(pair.slice(1))] = code(sound);

function flagsOf(letters: string): Uint8Array {
  const flags = new Uint8Array(128);
  for (const letter of letters) flags[code(letter)] = 1;
  return flags;
}

/** Skeleton of folded name words, hyphen parts kept apart ("yunus-bek yevkurov" -> "ans-bk avkrv"). */
export function wordsSkeleton(words: readonly string[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    if (i > 0) out += ' ';
    out += wordSkeleton(words[i] ?? '');
  }
  return out;
}

/** Skeleton of one folded name word, hyphen parts kept apart ("yunus-bek" -> "ans-bk"). */
export function wordSkeleton(word: string): string {
  return word.indexOf('-') < 0 ? skeleton(word) : word.split('-').map(skeleton).join('-');
}

/** True when two folded words are within a few edits of each other (transliteration, not a different name). */
export function closeSpelling(a: string, b: string): boolean {
  const limit = Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return false;
    prev = cur;
  }
  return (prev[b.length] ?? 0) <= limit;
}
