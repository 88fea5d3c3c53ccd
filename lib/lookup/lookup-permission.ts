// Asks the browser for the look-up's optional host permissions. Call it first thing in a click
// handler (before any await): both browsers only show the request during a user gesture.
import { browser } from 'wxt/browser';
import { LOOKUP_ORIGINS } from './endpoints';

/** True when the reader granted (or had granted) access to wikidata.org and wikipedia.org. */
export function requestLookupPermission(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...LOOKUP_ORIGINS] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
