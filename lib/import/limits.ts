// The size limits every import obeys, in one place, so the options page can quote them to the reader.

/** Largest file accepted, in bytes (UTF-8). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most actors one file may hold. */
export const MAX_ACTORS = 100_000;
/** Longest name, title, alias or organisation kept, in characters. */
export const MAX_NAME_CHARS = 200;
/** Longest country name kept. */
export const MAX_COUNTRY_CHARS = 100;
/** Longest description kept. */
export const MAX_DESCRIPTION_CHARS = 2_000;
/** Longest link kept. */
export const MAX_LINK_CHARS = 2_000;
/** Most aliases kept per actor. */
export const MAX_ALIASES = 20;
/** Most links kept per actor. */
export const MAX_LINKS = 10;
/** Most roles kept per actor. */
export const MAX_ROLES = 30;
/** Most external identifiers kept per actor. */
export const MAX_EXTERNAL_IDS = 20;
/** Longest external identifier (key or value) kept. */
export const MAX_ID_CHARS = 100;
