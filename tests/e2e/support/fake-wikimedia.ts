// A local stand-in for www.wikidata.org and en.wikipedia.org in E2E tests: the browser's https
// requests for those hosts reach it through a test proxy (see intercepting-proxy.ts), and it answers
// like their APIs for one made-up entry. Nothing reaches the real sites, or any other.
import type { ServerResponse } from 'node:http';
import { type InterceptingProxy, startInterceptingProxy } from './intercepting-proxy';

/** What the fake knows: one person, found by `name`. */
export interface FakeEntry {
  name: string;
  id: string;
  description: string;
  /** [position label, start date as +YYYY-MM-DDT00:00:00Z, end or undefined] */
  positions: [string, string, string | undefined][];
  articleTitle: string;
  extract: string;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'access-control-allow-origin': '*',
  });
  response.end(JSON.stringify(body));
}

const date = (time: string) => [{ snaktype: 'value', datavalue: { value: { time, precision: 11 } } }];

/** Starts the fake behind a proxy; point the browser's https proxy at `proxy.port`. */
export function startFakeWikimedia(entry: FakeEntry): Promise<InterceptingProxy> {
  const positionId = (index: number): string => `Q${800_000 + index}`;
  return startInterceptingProxy(['www.wikidata.org', 'en.wikipedia.org'], (url, _request, response) => {
    if (url.host === 'en.wikipedia.org') {
      const title = decodeURIComponent(url.pathname.replace('/api/rest_v1/page/summary/', ''));
      if (title === entry.articleTitle.replace(/ /g, '_'))
        send(response, 200, { type: 'standard', title: entry.articleTitle, extract: entry.extract });
      else send(response, 404, { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found' });
      return;
    }
    if (url.pathname !== '/w/api.php' || url.searchParams.get('origin') !== '*') {
      send(response, 400, { error: { code: 'badrequest', info: 'Only anonymous CORS API requests here' } });
      return;
    }
    const params = url.searchParams;
    if (params.get('action') === 'wbsearchentities') {
      const found = params.get('search') === entry.name;
      send(response, 200, { search: found ? [{ id: entry.id, label: entry.name }] : [] });
    } else if (params.get('action') === 'wbgetentities' && params.get('props') === 'labels') {
      const ids = (params.get('ids') ?? '').split('|');
      const entities = Object.fromEntries(
        entry.positions.flatMap(([label], index) =>
          ids.includes(positionId(index)) ? [[positionId(index), { labels: { en: { value: label } } }]] : [],
        ),
      );
      send(response, 200, { entities });
    } else if (params.get('action') === 'wbgetentities' && params.get('ids') === entry.id) {
      const P39 = entry.positions.map(([, start, end], index) => ({
        rank: 'normal',
        mainsnak: { snaktype: 'value', datavalue: { value: { id: positionId(index) } } },
        qualifiers: { P580: date(start), ...(end ? { P582: date(end) } : {}) },
      }));
      send(response, 200, {
        entities: {
          [entry.id]: {
            id: entry.id,
            descriptions: { en: { value: entry.description } },
            sitelinks: { enwiki: { title: entry.articleTitle } },
            claims: { P39 },
          },
        },
      });
    } else {
      send(response, 400, { error: { code: 'unknown', info: 'Not served by the test' } });
    }
  });
}
