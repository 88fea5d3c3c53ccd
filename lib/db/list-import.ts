// Adds an imported officials list to the database: each listed actor becomes a card, or merges into
// the card that already has one of its spellings. Planned first, applied in one transaction with
// bulk writes, so that 50,000 officials take seconds and a failure changes nothing.
import type { ImportedActor, ImportedRole } from '../import/types';
import { isoDay } from '../model/dates';
import type { ActorRecord, RoleRecord } from '../model/records';
import { uniqueSpellings } from './actors-repo';
import type { DossierDatabase } from './database';
import { nameKey } from './names';
import { nameKeysOf, withActorKeys } from './search-keys';

/** What importing a list will do (or did). */
export interface ListImportPlan {
  actorsAdded: number;
  actorsMerged: number;
}

function importedRoles(actor: ImportedActor, today: string): RoleRecord[] {
  const listed: ImportedRole[] = actor.roles ?? (actor.title ? [{ title: actor.title }] : []);
  return listed.map((role) => {
    const country = role.country ?? actor.country;
    const organisation = role.organisation ?? actor.organisation;
    return {
      title: role.title,
      asOf: role.start ?? actor.asOf ?? today,
      source: 'import',
      ...(country ? { country } : {}),
      ...(organisation ? { organisation } : {}),
      ...(role.end ? { until: role.end } : {}),
    };
  });
}

function newCard(actor: ImportedActor, today: string, now: number): ActorRecord {
  return withActorKeys({
    name: actor.name,
    aliases: uniqueSpellings(actor.name, actor.aliases),
    kind: actor.kind,
    kindSetBy: 'import',
    roles: importedRoles(actor, today),
    ...(actor.country ? { country: actor.country } : {}),
    ...(actor.organisation ? { organisation: actor.organisation } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    ...(actor.links?.length ? { links: actor.links } : {}),
    ...(actor.externalIds ? { externalIds: actor.externalIds } : {}),
    createdAt: now,
    updatedAt: now,
  });
}

/** The existing card with what the list adds: spellings, roles it lacks, empty fields filled. */
function mergedCard(card: ActorRecord, actor: ImportedActor, today: string, now: number): ActorRecord {
  const known = new Set(card.roles.map((role) => `${nameKey(role.title)}|${role.asOf}`));
  const roles = [
    ...card.roles,
    ...importedRoles(actor, today).filter((role) => !known.has(`${nameKey(role.title)}|${role.asOf}`)),
  ];
  const links = [...new Set([...(card.links ?? []), ...(actor.links ?? [])])];
  const country = card.country ?? actor.country;
  const organisation = card.organisation ?? actor.organisation;
  const description = card.description ?? actor.description;
  const becomesOfficial = actor.kind === 'official' && card.kind === 'person' && card.kindSetBy !== 'reader';
  return withActorKeys({
    ...card,
    aliases: uniqueSpellings(card.name, [...card.aliases, actor.name, ...actor.aliases]),
    kind: becomesOfficial ? 'official' : card.kind,
    roles: roles.sort((a, b) => b.asOf.localeCompare(a.asOf)),
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
    ...(description ? { description } : {}),
    ...(links.length > 0 ? { links } : {}),
    externalIds: { ...actor.externalIds, ...card.externalIds },
    updatedAt: now,
  });
}

async function resolveList(
  db: DossierDatabase,
  actors: readonly ImportedActor[],
  now: number,
): Promise<{ plan: ListImportPlan; writes: ActorRecord[] }> {
  const today = isoDay(now);
  const byKey = new Map<string, ActorRecord>();
  for (const card of await db.actors.toArray()) for (const key of card.nameKeys) byKey.set(key, card);
  const plan: ListImportPlan = { actorsAdded: 0, actorsMerged: 0 };
  const writes = new Map<ActorRecord, ActorRecord>();
  for (const actor of actors) {
    const keys = nameKeysOf(actor.name, actor.aliases);
    const match = keys.map((key) => byKey.get(key)).find((card) => card !== undefined);
    if (match) {
      const base = writes.get(match) ?? match;
      writes.set(match, mergedCard(base, actor, today, now));
      plan.actorsMerged += 1;
    } else {
      const card = newCard(actor, today, now);
      for (const key of card.nameKeys) byKey.set(key, card);
      writes.set(card, card);
      plan.actorsAdded += 1;
    }
  }
  return { plan, writes: [...writes.values()] };
}

/** Says how many cards a list would add and merge, without writing anything. */
export async function planListImport(
  db: DossierDatabase,
  actors: readonly ImportedActor[],
  now: number = Date.now(),
): Promise<ListImportPlan> {
  return db.transaction('r', db.actors, async () => (await resolveList(db, actors, now)).plan);
}

/** Imports the list in one transaction: all of it or, on any failure, none of it. */
export async function applyListImport(
  db: DossierDatabase,
  actors: readonly ImportedActor[],
  now: number = Date.now(),
): Promise<ListImportPlan> {
  return db.transaction('rw', db.actors, async () => {
    const { plan, writes } = await resolveList(db, actors, now);
    await db.actors.bulkPut(writes);
    return plan;
  });
}
