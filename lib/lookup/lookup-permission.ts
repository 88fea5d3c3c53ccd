// Asks the browser for the look-up's optional host permissions. Call it first thing in a click
// handler (before any await): both browsers only show the request during a user gesture.
import { browser } from 'wxt/browser';
import { LOOKUP_ORIGINS } from './endpoints';

/**
 * Firefox's data-consent manifest declares what an add-on may send: the look-up sends the name the
 * reader looks up ("searchTerms"), asked for together with the hosts. Chrome has no such permission.
 */
const DATA_SENT = import.meta.env.FIREFOX ? { data_collection: ['searchTerms'] } : {};

/** True when the reader granted (or had granted) access to wikidata.org and wikipedia.org. */
export function requestLookupPermission(): Promise<boolean> {
  try {
    const wanted = { origins: [...LOOKUP_ORIGINS], ...DATA_SENT } as Parameters<
      typeof browser.permissions.request
    >[0];
    return browser.permissions.request(wanted).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
