// Looks an actor up online: Wikidata by name (or by the id the card already has), the labels of the
// positions they held, then the English Wikipedia summary. Runs only after the reader asked and the
// browser granted the host permissions; returns plain checked data or null when nothing matched.
import type { LookupSource } from '../model/records';
import { type LookupContext, lookupContext } from './lookup-context';
import { LookupError } from './lookup-error';
import { commonsFileUrl, wikipediaPageUrl } from './lookup-links';
import type { LookedUpPosition, LookupResult } from './lookup-result';
import { fetchWikidataEntity, fetchWikidataLabels, searchWikidata } from './wikidata-client';
import { isEntityId } from './wikidata-parse';
import { fetchWikipediaExtract } from './wikipedia-client';

/** Who to look up. */
export interface LookupQuery {
  name: string;
  /** The card's Wikidata id, when it has one: then no name search is made. */
  wikidataId?: string;
}

/**
 * What Wikidata and Wikipedia say about the actor, or null when Wikidata knows no item of that
 * name. Throws a LookupError (with a message for the reader) when Wikidata cannot be used; a
 * Wikipedia failure only leaves the extract out.
 */
export async function lookUpActor(
  query: LookupQuery,
  overrides: Partial<LookupContext> = {},
): Promise<LookupResult | null> {
  const context = lookupContext(overrides);
  const name = query.name.trim();
  if (!name && !query.wikidataId) throw new LookupError('A card needs a name to be looked up.');
  const id = isEntityId(query.wikidataId) ? query.wikidataId : (await searchWikidata(context, name))[0];
  if (!id) return null;

  const entity = await fetchWikidataEntity(context, id);
  const labels = await fetchWikidataLabels(
    context,
    entity.positions.map((position) => position.positionId),
  );
  const positions: LookedUpPosition[] = entity.positions.flatMap(({ positionId, start, end }) => {
    const title = labels.get(positionId);
    return title ? [{ title, ...(start ? { start } : {}), ...(end ? { end } : {}) }] : [];
  });

  const sources: LookupSource[] = ['wikidata'];
  let extract: string | undefined;
  if (entity.enwikiTitle) {
    try {
      extract = await fetchWikipediaExtract(context, entity.enwikiTitle);
      if (extract) sources.push('wikipedia');
    } catch (failure) {
      if (!(failure instanceof LookupError)) throw failure;
    }
  }
  return {
    entityId: id,
    ...(entity.description ? { description: entity.description } : {}),
    positions,
    ...(entity.imageFile ? { imagePage: commonsFileUrl(entity.imageFile) } : {}),
    ...(entity.enwikiTitle ? { wikipediaPage: wikipediaPageUrl(entity.enwikiTitle) } : {}),
    ...(extract ? { extract } : {}),
    sources,
  };
}
