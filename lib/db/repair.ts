// Checks the stored records and repairs what is broken, without ever dropping a note: a note whose
// card is gone is moved to a "Recovered notes" card. Derived data (sightings of missing cards) may go.
import type { ActorRecord } from '../model/records';
import type { DossierDatabase } from './database';
import { nameKey } from './names';
import { nameKeysOf, searchWordsOf, wordsOf } from './search-keys';

/** What a check found and mended. */
export interface RepairReport {
  actorsRepaired: number;
  notesRecovered: number;
  notesRepaired: number;
  sightingsDropped: number;
}

export const RECOVERED_NOTES_NAME = 'Recovered notes';
const LAST_CHECK_KEY = 'lastIntegrityCheck';
const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

function repairedActor(actor: ActorRecord): ActorRecord | null {
  const aliases = Array.isArray(actor.aliases)
    ? actor.aliases.filter((alias) => typeof alias === 'string')
    : [];
  const name = typeof actor.name === 'string' && actor.name.trim() ? actor.name : `Unnamed actor ${actor.id}`;
  const roles = Array.isArray(actor.roles) ? actor.roles : [];
  const nameKeys = nameKeysOf(name, aliases);
  const searchWords = searchWordsOf(name, aliases);
  const same =
    name === actor.name &&
    aliases.length === actor.aliases?.length &&
    roles === actor.roles &&
    nameKeys.join('|') === actor.nameKeys?.join('|') &&
    searchWords.join('|') === actor.searchWords?.join('|');
  return same ? null : { ...actor, name, aliases, roles, nameKeys, searchWords };
}

/** Checks every record once, in one transaction, and returns what it mended. */
export async function checkAndRepair(db: DossierDatabase, now: number = Date.now()): Promise<RepairReport> {
  const report: RepairReport = {
    actorsRepaired: 0,
    notesRecovered: 0,
    notesRepaired: 0,
    sightingsDropped: 0,
  };
  await db.transaction('rw', [db.actors, db.notes, db.sightings, db.meta], async () => {
    const actorIds = new Set<number>();
    const fixedActors: ActorRecord[] = [];
    await db.actors.each((actor) => {
      if (actor.id !== undefined) actorIds.add(actor.id);
      const fixed = repairedActor(actor);
      if (fixed) fixedActors.push(fixed);
    });
    if (fixedActors.length > 0) await db.actors.bulkPut(fixedActors);
    report.actorsRepaired = fixedActors.length;

    let recoveredId: number | undefined;
    const recoveredActorId = async (): Promise<number> => {
      if (recoveredId !== undefined) return recoveredId;
      const existing = await db.actors.where('key').equals(nameKey(RECOVERED_NOTES_NAME)).first();
      const id =
        existing?.id ??
        (await db.actors.add({
          key: nameKey(RECOVERED_NOTES_NAME),
          name: RECOVERED_NOTES_NAME,
          aliases: [],
          nameKeys: nameKeysOf(RECOVERED_NOTES_NAME, []),
          searchWords: searchWordsOf(RECOVERED_NOTES_NAME, []),
          kind: 'person',
          roles: [],
          description: 'Notes whose card had gone missing were kept here.',
          createdAt: now,
          updatedAt: now,
        }));
      recoveredId = id as number;
      return recoveredId;
    };

    const notes = await db.notes.toArray();
    for (const note of notes) {
      const text = typeof note.text === 'string' ? note.text : String(note.text ?? '');
      const orphan = !actorIds.has(note.actorId);
      const needsWords = !Array.isArray(note.words);
      if (!orphan && !needsWords && text === note.text) continue;
      const actorId = orphan ? await recoveredActorId() : note.actorId;
      await db.notes.put({ ...note, text, actorId, words: wordsOf(text) });
      if (orphan) report.notesRecovered += 1;
      else report.notesRepaired += 1;
    }

    report.sightingsDropped = await db.sightings
      .filter((sighting) => !actorIds.has(sighting.actorId))
      .delete();
    await db.meta.put({ key: LAST_CHECK_KEY, value: now });
  });
  return report;
}

/** Runs {@link checkAndRepair} when the last check is older than a day; cheap on every other start. */
export async function checkIfDue(
  db: DossierDatabase,
  now: number = Date.now(),
): Promise<RepairReport | null> {
  const last = await db.meta.get(LAST_CHECK_KEY);
  if (typeof last?.value === 'number' && now - last.value < CHECK_INTERVAL_MS) return null;
  return checkAndRepair(db, now);
}
