// Defensive readers for JSON from the network: own properties only, types checked, text cleaned
// and bounded. Anything unexpected reads as "absent", so a broken answer never crashes a look-up.

/** A JSON object (never an array or null). */
export type JsonObject = Record<string, unknown>;

/** `value` as an object, or undefined. */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** The object's own property `key` (inherited names such as "constructor" read as absent). */
export function field(object: JsonObject | undefined, key: string): unknown {
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Follows a path of own properties through nested objects. */
export function path(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = field(asObject(current), key);
  return current;
}

/** At most `maxItems` items of `value` when it is a list; otherwise none. */
export function asList(value: unknown, maxItems: number): unknown[] {
  return Array.isArray(value) ? value.slice(0, maxItems) : [];
}

/** Control characters, and the Unicode direction overrides that could disguise text. */
export function isUnsafeCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    code < 0x20 || code === 0x7f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * `value` as clean single-spaced text of at most `maxLength` characters (cut at a word with "…"),
 * or undefined when it is not text or is empty.
 */
export function asText(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = Array.from(value.replace(/\s+/g, ' '), (character) =>
    isUnsafeCharacter(character) ? '' : character,
  )
    .join('')
    .trim();
  if (text.length === 0) return undefined;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}
