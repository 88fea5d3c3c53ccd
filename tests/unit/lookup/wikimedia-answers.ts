// Answers shaped like the Wikidata and Wikipedia APIs', written for these tests (a made-up person),
// and a fake fetch that serves them by URL.
import type { FetchFunction } from '../../../lib/lookup/fetch-json';

export const SEARCH = {
  searchinfo: { search: 'Ana Ruiz' },
  search: [{ id: 'Q900001', label: 'Ana Ruiz' }, { id: 'Q5' }],
};

export const ENTITY = {
  entities: {
    Q900001: {
      id: 'Q900001',
      descriptions: { en: { language: 'en', value: 'Spanish politician, Minister of Trade' } },
      sitelinks: { enwiki: { site: 'enwiki', title: 'Ana Ruiz (politician)' } },
      claims: {
        P39: [
          {
            rank: 'normal',
            mainsnak: {
              snaktype: 'value',
              datavalue: { type: 'wikibase-entityid', value: { id: 'Q700001' } },
            },
            qualifiers: {
              P580: [
                { snaktype: 'value', datavalue: { value: { time: '+2021-07-12T00:00:00Z', precision: 11 } } },
              ],
            },
          },
          {
            rank: 'normal',
            mainsnak: {
              snaktype: 'value',
              datavalue: { type: 'wikibase-entityid', value: { id: 'Q700002' } },
            },
            qualifiers: {
              P580: [
                { snaktype: 'value', datavalue: { value: { time: '+2015-01-01T00:00:00Z', precision: 9 } } },
              ],
              P582: [
                { snaktype: 'value', datavalue: { value: { time: '+2019-06-00T00:00:00Z', precision: 10 } } },
              ],
            },
          },
          { rank: 'deprecated', mainsnak: { snaktype: 'value', datavalue: { value: { id: 'Q700003' } } } },
        ],
        P18: [{ rank: 'normal', mainsnak: { snaktype: 'value', datavalue: { value: 'Ana Ruiz 2022.jpg' } } }],
      },
    },
  },
};

export const LABELS = {
  entities: {
    Q700001: { labels: { en: { value: 'Minister of Trade of Spain' } } },
    Q700002: { labels: { en: { value: 'Member of the Congress of Deputies' } } },
  },
};

export const SUMMARY = {
  type: 'standard',
  title: 'Ana Ruiz (politician)',
  extract: 'Ana Ruiz is a Spanish politician who has served as Minister of Trade since 2021.',
  extract_html: '<p><b>Ana Ruiz</b> is a Spanish politician</p>',
};

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fetch that answers like the APIs; `overrides` replace answers by kind. Records every URL. */
export function fakeWikimedia(
  overrides: Partial<
    Record<'search' | 'entity' | 'labels' | 'summary', () => Promise<Response> | Response>
  > = {},
): { fetch: FetchFunction; urls: string[] } {
  const urls: string[] = [];
  const fetch: FetchFunction = async (url) => {
    urls.push(url);
    const parsed = new URL(url);
    if (parsed.pathname.includes('/page/summary/')) return (overrides.summary ?? (() => json(SUMMARY)))();
    const action = parsed.searchParams.get('action');
    if (action === 'wbsearchentities') return (overrides.search ?? (() => json(SEARCH)))();
    if (parsed.searchParams.get('props') === 'labels') return (overrides.labels ?? (() => json(LABELS)))();
    if (action === 'wbgetentities') return (overrides.entity ?? (() => json(ENTITY)))();
    return json({ error: { code: 'unknown', info: 'not served' } }, 400);
  };
  return { fetch, urls };
}
