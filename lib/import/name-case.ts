// Recases names published with the surname in capitals ("Hamdullah MOHIB", "XI Jinping",
// "Ursula VON DER LEYEN", "Michael MCCORMACK") into display form, and pulls quoted nicknames
// ("Joseph \"Joe\" HOCKEY") out of the name. Tokens already in mixed case are never touched.

// Lower-cased when they follow the first word: "Ursula von der Leyen", "Mohammed bin Salman".
const PARTICLES = new Set([
  'al',
  'bin',
  'bint',
  'ibn',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'van',
  'von',
  'zu',
]);
const ROMAN = /^(II|III|IV|V|VI|VII|VIII|IX|X)$/;
const LATIN_VOWEL = /[AEIOUY]/;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

/** True when the token is written in capitals and has at least two letters. */
function isAllCaps(token: string): boolean {
  if (token !== token.toUpperCase() || token === token.toLowerCase()) return false;
  let letters = 0;
  for (const ch of token) if (ch.toLowerCase() !== ch && ++letters >= 2) return true;
  return false;
}

/**
 * Capitals without a vowel read as initials or acronyms ("JD", "JFK") and are kept; roman numerals
 * after the first word ("John Smith III") are kept too.
 */
function shouldRecase(token: string, index: number): boolean {
  if (!isAllCaps(token)) return false;
  const bare = token.replace(/[.,]/g, '');
  if (index > 0 && ROMAN.test(bare)) return false;
  const base = token.normalize('NFD');
  const latinOnly = [...base].every((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c <= 0x24f || (c >= 0x300 && c <= 0x36f);
  });
  return !latinOnly || LATIN_VOWEL.test(base);
}

function capitalise(word: string): string {
  const size = (word.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return word.slice(0, size).toUpperCase() + word.slice(size).toLowerCase();
}

/** Recases one word part (no hyphens): Mc and O'/D' prefixes keep their inner capital. */
function recasePart(part: string, lowerParticle: boolean): string {
  const lower = part.toLowerCase();
  if (lowerParticle && PARTICLES.has(lower)) return lower;
  if (lower.startsWith('mc') && lower.length > 3) return `Mc${capitalise(lower.slice(2))}`;
  const apostrophe = /^([a-z])['’]([^'’]+)$/.exec(lower);
  if (apostrophe) return `${apostrophe[1]!.toUpperCase()}'${capitalise(apostrophe[2]!)}`;
  return capitalise(lower);
}

/** Recases one word; particles are lower-cased only between the first and the last word. */
function recaseToken(token: string, index: number, count: number): string {
  const inner = index > 0 && index < count - 1;
  const parts = token.split('-');
  // "AL-ASAD" -> "al-Asad" inside a name: a particle may only lead a hyphenated word.
  return parts
    .map((part, i) =>
      recasePart(
        part,
        (inner || (index > 0 && parts.length > 1)) && (parts.length === 1 || i < parts.length - 1),
      ),
    )
    .join('-');
}

/** Returns the name with capitalised words recased; a name with no such word comes back unchanged. */
export function recaseName(name: string): string {
  // Most names have no two capitals in a row: nothing to do.
  if (!TWO_CAPITALS.test(name)) return name;
  const tokens = name.split(' ');
  let changed = false;
  const out = tokens.map((token, index) => {
    if (!shouldRecase(token, index)) return token;
    changed = true;
    return recaseToken(token, index, tokens.length);
  });
  return changed ? out.join(' ') : name;
}

/** A name with its quoted nickname taken out: `Mitchell Peter "Mitch" FIFIELD` -> name and "Mitch". */
export interface NicknameSplit {
  name: string;
  nickname?: string;
}

/** Takes one quoted nickname (straight or curly quotes, up to 40 characters) out of a name. */
export function splitQuotedNickname(name: string): NicknameSplit {
  const match = /["“”]([^"“”]{1,40})["“”]/.exec(name);
  if (!match) return { name };
  const rest = `${name.slice(0, match.index)} ${name.slice(match.index + match[0].length)}`
    .replace(/ {2,}/g, ' ')
    .trim();
  const nickname = match[1]!.trim();
  if (!rest || !nickname) return { name };
  return { name: rest, nickname };
}
