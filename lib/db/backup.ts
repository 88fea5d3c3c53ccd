// Export of the whole database as a backup file, and import of one: planned first (what will be
// added or merged), then applied in one transaction, so that it is all or nothing.
import type { ActorRecord, NoteRecord, SightingRecord } from '../model/records';
import { uniqueSpellings } from './actors-repo';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, portableActor, portableNote } from './backup-format';
import type { DossierDatabase } from './database';
import { nameKey } from './names';
import { withActorKeys } from './search-keys';

/** What an import will do (or did). */
export interface ImportPlan {
  actorsAdded: number;
  actorsMerged: number;
  notesAdded: number;
  notesAlreadyThere: number;
  sightingsAdded: number;
}

/** The whole database as backup JSON (format documented in the README). */
export async function exportBackup(db: DossierDatabase, now: number = Date.now()): Promise<string> {
  return db.transaction('r', db.actors, db.notes, db.sightings, async () => {
    const [actors, notes, sightings] = await Promise.all([
      db.actors.toArray(),
      db.notes.toArray(),
      db.sightings.toArray(),
    ]);
    const file = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      actors: actors.map(portableActor),
      notes: notes.map(portableNote),
      sightings,
    };
    return JSON.stringify(sortedKeys(file), null, 1);
  });
}

/** A copy with object keys in sorted order, so that equal backups are equal text. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortedKeys(inner)]));
}

interface Resolution {
  plan: ImportPlan;
  /** Backup actor id -> local actor id (existing card, or the id the new card will get). */
  actorIds: Map<number, number | 'new'>;
  merged: Map<number, ActorRecord>;
}

function mergeInto(existing: ActorRecord, incoming: ActorRecord): ActorRecord {
  const seenRoles = new Set(existing.roles.map((role) => `${nameKey(role.title)}|${role.asOf}`));
  const roles = [
    ...existing.roles,
    ...incoming.roles.filter((role) => !seenRoles.has(`${nameKey(role.title)}|${role.asOf}`)),
  ];
  const links = [...new Set([...(existing.links ?? []), ...(incoming.links ?? [])])];
  return withActorKeys({
    ...incoming,
    ...existing,
    aliases: uniqueSpellings(existing.name, [...existing.aliases, incoming.name, ...incoming.aliases]),
    roles: roles.sort((a, b) => b.asOf.localeCompare(a.asOf)),
    ...(links.length > 0 ? { links } : {}),
    externalIds: { ...incoming.externalIds, ...existing.externalIds },
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  });
}

async function resolve(db: DossierDatabase, backup: BackupFile): Promise<Resolution> {
  const plan: ImportPlan = {
    actorsAdded: 0,
    actorsMerged: 0,
    notesAdded: 0,
    notesAlreadyThere: 0,
    sightingsAdded: 0,
  };
  const actorIds = new Map<number, number | 'new'>();
  const merged = new Map<number, ActorRecord>();
  for (const incoming of backup.actors) {
    const existing = await db.actors.where('nameKeys').anyOf(incoming.nameKeys).first();
    if (existing?.id !== undefined) {
      actorIds.set(incoming.id!, existing.id);
      merged.set(existing.id, mergeInto(merged.get(existing.id) ?? existing, incoming));
      plan.actorsMerged += 1;
    } else {
      actorIds.set(incoming.id!, 'new');
      plan.actorsAdded += 1;
    }
  }
  return { plan, actorIds, merged };
}

const noteKey = (actorId: number, note: Pick<NoteRecord, 'text' | 'createdAt'>): string =>
  `${actorId}|${note.createdAt}|${note.text}`;

/** Says what importing `backup` would add and merge, without writing anything. */
export async function planBackupImport(db: DossierDatabase, backup: BackupFile): Promise<ImportPlan> {
  return db.transaction('r', db.actors, db.notes, async () => {
    const { plan, actorIds } = await resolve(db, backup);
    for (const note of backup.notes) {
      const target = actorIds.get(note.actorId);
      const duplicate =
        typeof target === 'number' &&
        (await db.notes
          .where('actorId')
          .equals(target)
          .filter((old) => noteKey(target, old) === noteKey(target, note))
          .count()) > 0;
      if (duplicate) plan.notesAlreadyThere += 1;
      else plan.notesAdded += 1;
    }
    plan.sightingsAdded = backup.sightings.length;
    return plan;
  });
}

/** Imports a checked backup in one transaction: if anything fails, nothing is written. */
export async function applyBackupImport(db: DossierDatabase, backup: BackupFile): Promise<ImportPlan> {
  return db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    const { plan, actorIds, merged } = await resolve(db, backup);
    await db.actors.bulkPut([...merged.values()]);
    const localId = new Map<number, number>();
    for (const incoming of backup.actors) {
      const target = actorIds.get(incoming.id!);
      if (typeof target === 'number') {
        localId.set(incoming.id!, target);
        continue;
      }
      const idFree = (await db.actors.get(incoming.id!)) === undefined;
      const { id: _id, ...withoutId } = incoming;
      localId.set(incoming.id!, (await db.actors.add(idFree ? incoming : withoutId)) as number);
    }
    plan.notesAdded = 0;
    plan.notesAlreadyThere = 0;
    for (const note of backup.notes) {
      const actorId = localId.get(note.actorId)!;
      const existing = await db.notes
        .where('actorId')
        .equals(actorId)
        .filter((old) => noteKey(actorId, old) === noteKey(actorId, note))
        .count();
      if (existing > 0) {
        plan.notesAlreadyThere += 1;
        continue;
      }
      const idFree = (await db.notes.get(note.id!)) === undefined;
      const { id: _id, ...withoutId } = note;
      await db.notes.add(idFree ? { ...note, actorId } : { ...withoutId, actorId });
      plan.notesAdded += 1;
    }
    plan.sightingsAdded = 0;
    for (const sighting of backup.sightings) {
      const actorId = localId.get(sighting.actorId)!;
      const existing = await db.sightings.where({ actorId, url: sighting.url }).first();
      if (existing) continue;
      const idFree = (await db.sightings.get(sighting.id!)) === undefined;
      const { id: _id, ...withoutId } = sighting;
      await db.sightings.add(
        idFree ? { ...sighting, actorId } : { ...(withoutId as Omit<SightingRecord, 'id'>), actorId },
      );
      plan.sightingsAdded += 1;
    }
    return plan;
  });
}

/** Removes every card, note and sighting (the reader asked to erase everything). */
export async function eraseEverything(db: DossierDatabase): Promise<void> {
  await db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    await Promise.all([db.actors.clear(), db.notes.clear(), db.sightings.clear()]);
  });
}
