// Cleans one imported string: strips control and bidi-override characters, folds whitespace, trims and
// caps the length. Markup is left as plain text: the UI renders text, never HTML.

/** Runs of any kind of space or line break, folded to one space. */
const SPACES = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * C0/C1 controls (tab and newlines have become spaces by then) and bidirectional overrides and isolates,
 * which could make a name display as something else.
 */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function stripControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when `text` has nothing to strip or fold: no controls, odd spaces, or leading, trailing or double spaces. */
function isAlreadyClean(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0xa0) ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x206f) ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      return false;
    }
  }
  return true;
}

/** Returns `value` cleaned and cut to `maxChars` (never splitting a surrogate pair), or undefined if empty. */
export function cleanText(value: unknown, maxChars: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let text = String(value);
  // Anything far beyond the cap cannot survive; cut early so the regexes below stay cheap.
  if (text.length > maxChars * 4 + 64) text = text.slice(0, maxChars * 4 + 64);
  if (!isAlreadyClean(text)) text = stripControls(text.replace(SPACES, ' ')).replace(/ {2,}/g, ' ').trim();
  if (text.length > maxChars) text = cutAt(text, maxChars).trim();
  return text === '' ? undefined : text;
}

function cutAt(text: string, maxChars: number): string {
  const last = text.charCodeAt(maxChars - 1);
  // A high surrogate at the cut would leave half a character.
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, maxChars - 1) : text.slice(0, maxChars);
}

/** Returns the address if it is a well-formed http(s) URL within `maxChars`, else undefined. */
export function cleanLink(value: unknown, maxChars: number): string | undefined {
  const text = cleanText(value, maxChars + 1);
  if (!text || text.length > maxChars || !/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
