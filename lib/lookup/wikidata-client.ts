// Asks Wikidata's action API: find an item by name, read the item, read its positions' labels.
// Anonymous CORS requests (origin=*), English only, each answer bounded in size.
import { type LookupContext, requestJson } from './lookup-context';
import { parseEntity, parseLabels, parseSearchResults, type WikidataEntity } from './wikidata-parse';

const KB = 1024;

function apiUrl(context: LookupContext, params: Record<string, string>): string {
  const url = new URL(context.endpoints.wikidataApi);
  for (const [key, value] of Object.entries({ ...params, format: 'json', origin: '*' }))
    url.searchParams.set(key, value);
  return url.href;
}

/** The ids of the items best matching `name`, best first. */
export async function searchWikidata(context: LookupContext, name: string): Promise<string[]> {
  const url = apiUrl(context, {
    action: 'wbsearchentities',
    search: name.slice(0, 200),
    language: 'en',
    uselang: 'en',
    type: 'item',
    limit: '5',
  });
  return parseSearchResults(await requestJson(context, 'Wikidata', url, 256 * KB));
}

/** The item's description, positions held, image and English Wikipedia title. */
export async function fetchWikidataEntity(context: LookupContext, id: string): Promise<WikidataEntity> {
  const url = apiUrl(context, {
    action: 'wbgetentities',
    ids: id,
    props: 'descriptions|claims|sitelinks',
    languages: 'en',
    sitefilter: 'enwiki',
  });
  // Claims of a head of state run to a few megabytes.
  return parseEntity(await requestJson(context, 'Wikidata', url, 8 * 1024 * KB), id);
}

/** English labels of up to 50 items (the positions an actor held). */
export async function fetchWikidataLabels(
  context: LookupContext,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].slice(0, 50);
  if (wanted.length === 0) return new Map();
  const url = apiUrl(context, {
    action: 'wbgetentities',
    ids: wanted.join('|'),
    props: 'labels',
    languages: 'en',
  });
  return parseLabels(await requestJson(context, 'Wikidata', url, 1024 * KB));
}
