// The reader's changes to cards: edit fields, merge two cards of one person, delete cards.
// Merging keeps everything of both (aliases, roles, notes, sightings); deleting is only done on
// cards the reader chose, after the UI asked for confirmation.
import type { ActorPatch } from '../model/card-edits';
import { isoDay } from '../model/dates';
import type { ActorRecord, RoleRecord } from '../model/records';
import { uniqueSpellings } from './actors-repo';
import type { DossierDatabase } from './database';
import { nameKey } from './names';
import { withActorKeys } from './search-keys';

/** A card edit that cannot be applied; the message is meant for the reader. */
export class CardEditError extends Error {
  override name = 'CardEditError';
}

function optionalText(value: string | undefined, current: string | undefined): string | undefined {
  if (value === undefined) return current;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** Applies the reader's edit to a card and returns the updated card. */
export async function updateActor(
  db: DossierDatabase,
  actorId: number,
  patch: ActorPatch,
  now: number = Date.now(),
): Promise<ActorRecord> {
  return db.transaction('rw', db.actors, async () => {
    const actor = await db.actors.get(actorId);
    if (!actor) throw new CardEditError('That card no longer exists.');
    const name = patch.name === undefined ? actor.name : patch.name.trim();
    if (name.length === 0) throw new CardEditError('A card needs a name.');
    if (nameKey(name) !== actor.key) {
      const clash = await db.actors.where('key').equals(nameKey(name)).first();
      if (clash && clash.id !== actorId) {
        throw new CardEditError(
          `Another card is already named “${clash.name}”: merge the two cards instead.`,
        );
      }
    }
    const keptAliases = patch.aliases ?? actor.aliases;
    const oldNameKept = nameKey(name) !== actor.key ? [actor.name] : [];
    const title = patch.title?.trim();
    const currentTitle = actor.roles[0]?.title;
    const roles: RoleRecord[] =
      title && nameKey(title) !== nameKey(currentTitle ?? '')
        ? [{ title, asOf: isoDay(now), source: 'reader' }, ...actor.roles]
        : actor.roles;
    const country = optionalText(patch.country, actor.country);
    const organisation = optionalText(patch.organisation, actor.organisation);
    const description = optionalText(patch.description, actor.description);
    const links = patch.links ? patch.links.filter((link) => /^https?:\/\//i.test(link)) : actor.links;
    const { country: _c, organisation: _o, description: _d, links: _l, ...rest } = actor;
    const updated = withActorKeys({
      ...rest,
      name,
      aliases: uniqueSpellings(name, [...oldNameKept, ...keptAliases]),
      roles,
      ...(patch.kind ? { kind: patch.kind, kindSetBy: 'reader' as const } : {}),
      ...(country ? { country } : {}),
      ...(organisation ? { organisation } : {}),
      ...(description ? { description } : {}),
      ...(links && links.length > 0 ? { links } : {}),
      updatedAt: now,
    });
    await db.actors.put(updated);
    return updated;
  });
}

function mergedRoles(first: readonly RoleRecord[], second: readonly RoleRecord[]): RoleRecord[] {
  const seen = new Set<string>();
  const roles: RoleRecord[] = [];
  for (const role of [...first, ...second]) {
    const key = `${nameKey(role.title)}|${role.asOf}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push(role);
  }
  return roles.sort((a, b) => b.asOf.localeCompare(a.asOf));
}

/**
 * Merges card `mergeId` into card `keepId`: names become aliases, roles, links and identifiers are
 * combined, notes and sightings move over. The merged card is removed. All or nothing.
 */
export async function mergeActors(
  db: DossierDatabase,
  keepId: number,
  mergeId: number,
  now: number = Date.now(),
): Promise<ActorRecord> {
  if (keepId === mergeId) throw new CardEditError('A card cannot be merged into itself.');
  return db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    const [keep, merge] = await Promise.all([db.actors.get(keepId), db.actors.get(mergeId)]);
    if (!keep || !merge) throw new CardEditError('One of the two cards no longer exists.');
    const readerKind = keep.kindSetBy === 'reader' ? keep : merge.kindSetBy === 'reader' ? merge : undefined;
    const kind =
      readerKind?.kind ?? (keep.kind === 'official' || merge.kind === 'official' ? 'official' : keep.kind);
    const country = keep.country ?? merge.country;
    const organisation = keep.organisation ?? merge.organisation;
    const description = keep.description ?? merge.description;
    const links = [...new Set([...(keep.links ?? []), ...(merge.links ?? [])])];
    const externalIds = { ...merge.externalIds, ...keep.externalIds };
    const lookup = keep.lookup ?? merge.lookup;
    const merged = withActorKeys({
      ...keep,
      aliases: uniqueSpellings(keep.name, [...keep.aliases, merge.name, ...merge.aliases]),
      kind,
      ...(readerKind ? { kindSetBy: 'reader' as const } : {}),
      roles: mergedRoles(keep.roles, merge.roles),
      ...(country ? { country } : {}),
      ...(organisation ? { organisation } : {}),
      ...(description ? { description } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(Object.keys(externalIds).length > 0 ? { externalIds } : {}),
      ...(lookup ? { lookup } : {}),
      createdAt: Math.min(keep.createdAt, merge.createdAt),
      updatedAt: now,
    });

    await db.notes.where('actorId').equals(mergeId).modify({ actorId: keepId });
    const keptUrls = new Map(
      (await db.sightings.where('actorId').equals(keepId).toArray()).map((s) => [s.url, s]),
    );
    for (const sighting of await db.sightings.where('actorId').equals(mergeId).toArray()) {
      const kept = keptUrls.get(sighting.url);
      if (kept?.id !== undefined) {
        if (sighting.seenAt > kept.seenAt)
          await db.sightings.update(kept.id, { seenAt: sighting.seenAt, title: sighting.title });
        await db.sightings.delete(sighting.id!);
      } else {
        await db.sightings.update(sighting.id!, { actorId: keepId });
      }
    }
    await db.actors.delete(mergeId);
    await db.actors.put(merged);
    return merged;
  });
}

/** Deletes cards with their notes and sightings; returns how many of each went. */
export async function deleteActors(
  db: DossierDatabase,
  actorIds: readonly number[],
): Promise<{ actors: number; notes: number; sightings: number }> {
  return db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    const ids = [...new Set(actorIds)];
    const existing = (await db.actors.bulkGet(ids)).filter((actor) => actor !== undefined).length;
    const notes = await db.notes.where('actorId').anyOf(ids).delete();
    const sightings = await db.sightings.where('actorId').anyOf(ids).delete();
    await db.actors.bulkDelete(ids);
    return { actors: existing, notes, sightings };
  });
}
