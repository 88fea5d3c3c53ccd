import { describe, expect, it } from 'vitest';
import { LOOKUP_ORIGINS, PUBLIC_ENDPOINTS } from '../../../lib/lookup/endpoints';
import type { FetchFunction } from '../../../lib/lookup/fetch-json';
import { lookUpActor } from '../../../lib/lookup/look-up-actor';
import { fakeWikimedia, json } from './wikimedia-answers';

const endpoints = {
  wikidataApi: 'http://127.0.0.1:9/w/api.php',
  wikipediaSummary: 'http://127.0.0.1:9/api/rest_v1/page/summary/',
};

describe('lookUpActor', () => {
  it('finds the actor by name and gathers description, positions, links and the article extract', async () => {
    const server = fakeWikimedia();
    const result = await lookUpActor({ name: 'Ana Ruiz' }, { fetch: server.fetch, endpoints });
    expect(result).toEqual({
      entityId: 'Q900001',
      description: 'Spanish politician, Minister of Trade',
      positions: [
        { title: 'Minister of Trade of Spain', start: '2021-07-12' },
        { title: 'Member of the Congress of Deputies', start: '2015', end: '2019-06' },
      ],
      imagePage: 'https://commons.wikimedia.org/wiki/File:Ana_Ruiz_2022.jpg',
      wikipediaPage: 'https://en.wikipedia.org/wiki/Ana_Ruiz_(politician)',
      extract: 'Ana Ruiz is a Spanish politician who has served as Minister of Trade since 2021.',
      sources: ['wikidata', 'wikipedia'],
    });
    // Every Wikidata request is an anonymous CORS request to the given endpoint.
    expect(server.urls).toHaveLength(4);
    for (const url of server.urls.slice(0, 3)) {
      expect(url.startsWith(endpoints.wikidataApi)).toBe(true);
      expect(new URL(url).searchParams.get('origin')).toBe('*');
    }
    expect(server.urls[3]).toBe(`${endpoints.wikipediaSummary}Ana_Ruiz_(politician)`);
  });

  it('uses the Wikidata id the card already has instead of searching by name', async () => {
    const server = fakeWikimedia();
    await lookUpActor({ name: 'Someone else', wikidataId: 'Q900001' }, { fetch: server.fetch, endpoints });
    expect(server.urls.some((url) => url.includes('wbsearchentities'))).toBe(false);
  });

  it('says null when Wikidata knows no one of that name, and asks nothing more', async () => {
    const server = fakeWikimedia({ search: () => json({ search: [] }) });
    expect(await lookUpActor({ name: 'Nobody' }, { fetch: server.fetch, endpoints })).toBeNull();
    expect(server.urls).toHaveLength(1);
  });

  it('keeps what Wikidata gave when Wikipedia fails or has no article', async () => {
    for (const summary of [() => json({}, 503), () => json({}, 404), () => new Response('<html>')]) {
      const server = fakeWikimedia({ summary });
      const result = await lookUpActor({ name: 'Ana Ruiz' }, { fetch: server.fetch, endpoints });
      expect(result?.sources).toEqual(['wikidata']);
      expect(result?.extract).toBeUndefined();
      expect(result?.positions).toHaveLength(2);
    }
  });

  it('fails with a reader-facing message when Wikidata cannot be used', async () => {
    const hostile = fakeWikimedia({ entity: () => new Response('<!doctype html><p>Blocked</p>') });
    await expect(lookUpActor({ name: 'Ana Ruiz' }, { fetch: hostile.fetch, endpoints })).rejects.toThrow(
      'Wikidata sent something that is not JSON; nothing was used.',
    );
    // A server that never answers: the look-up's own time limit ends the wait.
    const hanging: FetchFunction = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    await expect(
      lookUpActor({ name: 'Ana Ruiz' }, { fetch: hanging, endpoints, timeoutMs: 20 }),
    ).rejects.toThrow('Wikidata did not answer within 0.02 seconds.');
  });

  it('ships with the public https endpoints, whose origins are the declared optional permissions', () => {
    expect(PUBLIC_ENDPOINTS.wikidataApi).toBe('https://www.wikidata.org/w/api.php');
    expect(PUBLIC_ENDPOINTS.wikipediaSummary).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/');
    expect(LOOKUP_ORIGINS).toEqual(['https://www.wikidata.org/*', 'https://*.wikipedia.org/*']);
  });
});
