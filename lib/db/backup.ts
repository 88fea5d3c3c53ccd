// Export of the whole database as a backup file, and import of one: planned first (what will be
// added or merged), then applied in one transaction, so that it is all or nothing.
import type { EntityTable } from 'dexie';
import type { ActorRecord, NoteRecord } from '../model/records';
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

/** Keys of the notes already stored on the cards an import merges into (new cards have none). */
async function existingNoteKeys(
  db: DossierDatabase,
  actorIds: ReadonlyMap<number, number | 'new'>,
): Promise<Set<string>> {
  const targets = [...new Set([...actorIds.values()].filter((id): id is number => typeof id === 'number'))];
  const keys = new Set<string>();
  if (targets.length === 0) return keys;
  await db.notes
    .where('actorId')
    .anyOf(targets)
    .each((note) => keys.add(noteKey(note.actorId, note)));
  return keys;
}

/** Says what importing `backup` would add and merge, without writing anything. */
export async function planBackupImport(db: DossierDatabase, backup: BackupFile): Promise<ImportPlan> {
  return db.transaction('r', db.actors, db.notes, async () => {
    const { plan, actorIds } = await resolve(db, backup);
    const stored = await existingNoteKeys(db, actorIds);
    for (const note of backup.notes) {
      const target = actorIds.get(note.actorId);
      if (typeof target === 'number' && stored.has(noteKey(target, note))) plan.notesAlreadyThere += 1;
      else plan.notesAdded += 1;
    }
    plan.sightingsAdded = backup.sightings.length;
    return plan;
  });
}

/**
 * Adds records keeping each id that is free (so that a round trip is lossless) and letting the
 * database number the rest. Records with ids go first: the key generator then moves past them,
 * so a generated id never collides with one still to be written. Returns ids in input order.
 */
async function addKeepingFreeIds<T extends { id?: number }>(
  table: EntityTable<T, 'id'>,
  records: readonly T[],
): Promise<number[]> {
  const taken = new Set((await table.toCollection().primaryKeys()) as number[]);
  const keep = records.filter((record) => record.id !== undefined && !taken.has(record.id));
  const renumber = records.filter((record) => record.id === undefined || taken.has(record.id));
  const kept = (await table.bulkAdd(keep, { allKeys: true })) as number[];
  const stripped = renumber.map((record) => {
    const { id: _id, ...withoutId } = record;
    return withoutId as T;
  });
  const generated = (await table.bulkAdd(stripped, { allKeys: true })) as number[];
  const ids = new Map<T, number>();
  for (const [index, record] of keep.entries()) ids.set(record, kept[index]!);
  for (const [index, record] of renumber.entries()) ids.set(record, generated[index]!);
  return records.map((record) => ids.get(record)!);
}

/** Imports a checked backup in one transaction with bulk writes: if anything fails, nothing is written. */
export async function applyBackupImport(db: DossierDatabase, backup: BackupFile): Promise<ImportPlan> {
  return db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    const { plan, actorIds, merged } = await resolve(db, backup);
    await db.actors.bulkPut([...merged.values()]);

    const newActors = backup.actors.filter((actor) => actorIds.get(actor.id!) === 'new');
    const addedIds = await addKeepingFreeIds(db.actors, newActors);
    const localId = new Map<number, number>();
    for (const [backupId, target] of actorIds) if (typeof target === 'number') localId.set(backupId, target);
    for (const [index, actor] of newActors.entries()) localId.set(actor.id!, addedIds[index]!);

    const stored = await existingNoteKeys(db, actorIds);
    const notes = backup.notes
      .map((note) => ({ ...note, actorId: localId.get(note.actorId)! }))
      .filter((note) => !stored.has(noteKey(note.actorId, note)));
    await addKeepingFreeIds(db.notes, notes);
    plan.notesAdded = notes.length;
    plan.notesAlreadyThere = backup.notes.length - notes.length;

    const storedVisits = new Set<string>();
    await db.sightings
      .where('actorId')
      .anyOf([...new Set(localId.values())])
      .each((sighting) => storedVisits.add(`${sighting.actorId}|${sighting.url}`));
    const sightings = backup.sightings
      .map((sighting) => ({ ...sighting, actorId: localId.get(sighting.actorId)! }))
      .filter((sighting) => !storedVisits.has(`${sighting.actorId}|${sighting.url}`));
    await addKeepingFreeIds(db.sightings, sightings);
    plan.sightingsAdded = sightings.length;
    return plan;
  });
}

/** Removes every card, note and sighting (the reader asked to erase everything). */
export async function eraseEverything(db: DossierDatabase): Promise<void> {
  await db.transaction('rw', db.actors, db.notes, db.sightings, async () => {
    await Promise.all([db.actors.clear(), db.notes.clear(), db.sightings.clear()]);
  });
}
