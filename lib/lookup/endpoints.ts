// Where an online look-up goes: the public Wikidata and Wikipedia APIs, and the origins the reader
// must grant first. Callers (and tests) may pass other endpoints; the shipped code uses these.

/** The two services a look-up asks. */
export interface LookupEndpoints {
  /** Wikidata's action API (api.php). */
  wikidataApi: string;
  /** English Wikipedia's REST page-summary endpoint; the page title is appended. */
  wikipediaSummary: string;
}

/** The real public endpoints (https only). */
export const PUBLIC_ENDPOINTS: Readonly<LookupEndpoints> = Object.freeze({
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  wikipediaSummary: 'https://en.wikipedia.org/api/rest_v1/page/summary/',
});

/** Optional host permissions declared in the manifest and requested when the reader looks up. */
export const LOOKUP_ORIGINS: readonly string[] = Object.freeze([
  'https://www.wikidata.org/*',
  'https://*.wikipedia.org/*',
]);
