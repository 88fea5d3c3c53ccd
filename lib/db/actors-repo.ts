// Reads and writes actor cards: find by any spelling, create on first sighting, merge what pages say.

import { isoDay } from '../model/dates';
import type { ActorKind, ActorRecord, RoleRecord } from '../model/records';
import type { DossierDatabase } from './database';
import { nameKey } from './names';
import { withActorKeys } from './search-keys';

/** What a page says about an actor it mentions. */
export interface ActorSeenOnPage {
  name: string;
  aliases: readonly string[];
  isOfficial: boolean;
  title?: string;
  country?: string;
  organisation?: string;
}

/** The page an actor was met on. */
export interface PageRef {
  url: string;
  title: string;
}

/** Finds the card whose name or any alias matches one of `names`, in any case or accent form. */
export async function findActorByNames(
  db: DossierDatabase,
  names: readonly string[],
): Promise<ActorRecord | undefined> {
  const keys = [...new Set(names.map(nameKey).filter((key) => key.length > 0))];
  if (keys.length === 0) return undefined;
  return db.actors.where('nameKeys').anyOf(keys).first();
}

/** Creates the actor's card the first time it is seen; later, adds new spellings and new roles. */
export async function upsertActorFromPage(
  db: DossierDatabase,
  seen: ActorSeenOnPage,
  page: PageRef,
  now: number = Date.now(),
): Promise<ActorRecord> {
  return db.transaction('rw', db.actors, async () => {
    const existing = await findActorByNames(db, [seen.name, ...seen.aliases]);
    const role = roleFromPage(seen, page, now);
    if (!existing) {
      const created = newActor(seen, role, now);
      created.id = await db.actors.add(created);
      return created;
    }
    const merged = mergeSighting(existing, seen, role, now);
    if (merged !== existing) await db.actors.put(merged);
    return merged;
  });
}

/** Loads one card by id. */
export function getActor(db: DossierDatabase, id: number): Promise<ActorRecord | undefined> {
  return db.actors.get(id);
}

function roleFromPage(seen: ActorSeenOnPage, page: PageRef, now: number): RoleRecord | undefined {
  if (!seen.title) return undefined;
  return {
    title: seen.title,
    ...(seen.country ? { country: seen.country } : {}),
    ...(seen.organisation ? { organisation: seen.organisation } : {}),
    asOf: isoDay(now),
    source: 'page',
    sourceUrl: page.url,
  };
}

function newActor(seen: ActorSeenOnPage, role: RoleRecord | undefined, now: number): ActorRecord {
  const kind: ActorKind = seen.isOfficial ? 'official' : 'person';
  return withActorKeys({
    name: seen.name,
    aliases: uniqueSpellings(seen.name, seen.aliases),
    kind,
    kindSetBy: 'page',
    roles: role ? [role] : [],
    ...(seen.country ? { country: seen.country } : {}),
    ...(seen.organisation ? { organisation: seen.organisation } : {}),
    createdAt: now,
    updatedAt: now,
  });
}

/** Returns `existing` itself when the sighting adds nothing, so callers can skip the write. */
function mergeSighting(
  existing: ActorRecord,
  seen: ActorSeenOnPage,
  role: RoleRecord | undefined,
  now: number,
): ActorRecord {
  const aliases = uniqueSpellings(existing.name, [...existing.aliases, seen.name, ...seen.aliases]);
  const hasRole = role && existing.roles.some((known) => nameKey(known.title) === nameKey(role.title));
  const newRole = role && !hasRole ? role : undefined;
  // The reader's own decision ("not an official") is never overruled by a page.
  const becomesOfficial = seen.isOfficial && existing.kind === 'person' && existing.kindSetBy !== 'reader';
  const addsCountry = !existing.country && seen.country;
  if (aliases.length === existing.aliases.length && !newRole && !becomesOfficial && !addsCountry) {
    return existing;
  }
  return {
    ...withActorKeys({ ...existing, aliases }),
    kind: becomesOfficial ? 'official' : existing.kind,
    roles: newRole ? [newRole, ...existing.roles] : existing.roles,
    ...(addsCountry ? { country: seen.country } : {}),
    updatedAt: now,
  };
}

/** Spellings other than the canonical name, each once (compared by normalised key). */
export function uniqueSpellings(name: string, candidates: readonly string[]): string[] {
  const seenKeys = new Set([nameKey(name)]);
  const result: string[] = [];
  for (const candidate of candidates) {
    const key = nameKey(candidate);
    if (key.length === 0 || seenKeys.has(key)) continue;
    seenKeys.add(key);
    result.push(candidate.trim());
  }
  return result;
}
