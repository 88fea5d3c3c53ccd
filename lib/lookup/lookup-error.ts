// The one error type of an online look-up: its message is meant for the reader, as shown.

/** A look-up that failed (no answer, a broken or hostile answer, too large, too slow). */
export class LookupError extends Error {
  override name = 'LookupError';
}
