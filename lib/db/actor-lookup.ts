// Merges an online look-up into a card and stores it. What the reader (or a page, or an import) put
// there wins: the look-up only fills an empty description, appends positions the card lacks, and
// adds links and the Wikidata id. Nothing already on the card is removed.
import { wikidataItemUrl } from '../lookup/lookup-links';
import type { LookedUpPosition, LookupResult } from '../lookup/lookup-result';
import { isoDay } from '../model/dates';
import type { ActorRecord, LookupRecord, RoleRecord } from '../model/records';
import type { DossierDatabase } from './database';
import { nameKey } from './names';

/** Most links a card keeps (the backup format accepts 50). */
const MAX_LINKS = 50;

function roleOf(position: LookedUpPosition, entityId: string, lookedUpOn: string): RoleRecord {
  return {
    title: position.title,
    asOf: position.start ?? lookedUpOn,
    ...(position.end ? { until: position.end } : {}),
    source: 'lookup',
    sourceUrl: wikidataItemUrl(entityId),
  };
}

/** Positions the card does not hold yet: ongoing ones first, then the latest started. */
function newRoles(existing: readonly RoleRecord[], result: LookupResult, now: number): RoleRecord[] {
  const titled = new Set(existing.map((role) => nameKey(role.title)));
  const dated = new Set(existing.map((role) => `${nameKey(role.title)}|${role.asOf}`));
  const added: RoleRecord[] = [];
  for (const position of result.positions) {
    const key = nameKey(position.title);
    // Without a start date a position can only be told apart by its title.
    const known = position.start ? dated.has(`${key}|${position.start}`) : titled.has(key);
    if (known || key.length === 0) continue;
    titled.add(key);
    dated.add(`${key}|${position.start ?? ''}`);
    added.push(roleOf(position, result.entityId, isoDay(now)));
  }
  return added.sort(
    (a, b) => Number(a.until !== undefined) - Number(b.until !== undefined) || b.asOf.localeCompare(a.asOf),
  );
}

/** The card with the look-up added; `now` is recorded as the look-up's date. */
export function applyLookup(actor: ActorRecord, result: LookupResult, now: number): ActorRecord {
  // The description is the look-up's to refresh only while it is still the one a look-up put there.
  const descriptionIsOurs = !actor.description || actor.description === actor.lookup?.description;
  const description = descriptionIsOurs ? (result.description ?? actor.description) : actor.description;
  const found = [result.wikipediaPage, result.imagePage, wikidataItemUrl(result.entityId)].filter(
    (link): link is string => link !== undefined,
  );
  const links = [...new Set([...(actor.links ?? []), ...found])].slice(0, MAX_LINKS);
  const lookup: LookupRecord = {
    at: now,
    sources: result.sources,
    ...(result.description ? { description: result.description } : {}),
    ...(result.extract ? { extract: result.extract } : {}),
  };
  const { description: _previous, ...rest } = actor;
  return {
    ...rest,
    ...(description ? { description } : {}),
    // Roles already on the card keep their order: the current role stays the one it was.
    roles: [...actor.roles, ...newRoles(actor.roles, result, now)],
    links,
    externalIds: { wikidata: result.entityId, ...actor.externalIds },
    lookup,
    updatedAt: now,
  };
}

/** Adds the look-up to card `actorId` in one transaction and returns the updated card. */
export async function saveLookup(
  db: DossierDatabase,
  actorId: number,
  result: LookupResult,
  now: number = Date.now(),
): Promise<ActorRecord> {
  return db.transaction('rw', db.actors, async () => {
    const actor = await db.actors.get(actorId);
    if (!actor) throw new Error('That card no longer exists.');
    const updated = applyLookup(actor, result, now);
    await db.actors.put(updated);
    return updated;
  });
}
