// How a look-up reaches the network: endpoints, the fetch function and limits. Defaults are the
// public services; tests pass a local server's endpoints and short limits.
import { type LookupEndpoints, PUBLIC_ENDPOINTS } from './endpoints';
import { type FetchFunction, fetchJson } from './fetch-json';

/** Everything a look-up needs from outside. */
export interface LookupContext {
  endpoints: LookupEndpoints;
  fetch: FetchFunction;
  /** Longest wait for one answer, in milliseconds. */
  timeoutMs: number;
}

/** The shipped defaults, with any of them replaced. */
export function lookupContext(overrides: Partial<LookupContext> = {}): LookupContext {
  return {
    endpoints: PUBLIC_ENDPOINTS,
    fetch: (url, init) => globalThis.fetch(url, init),
    timeoutMs: 10_000,
    ...overrides,
  };
}

/** Fetches JSON from one of the services within the context's time limit and `maxBytes`. */
export function requestJson(
  context: LookupContext,
  service: 'Wikidata' | 'Wikipedia',
  url: string,
  maxBytes: number,
): Promise<unknown> {
  return fetchJson(url, { service, fetch: context.fetch, timeoutMs: context.timeoutMs, maxBytes });
}
