import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DossierDatabase, SCHEMA_VERSIONS } from '../../../lib/db/database';
import { checkAndRepair, checkIfDue, RECOVERED_NOTES_NAME } from '../../../lib/db/repair';

let counter = 0;
const freshName = (): string => `dossier-migration-${++counter}`;

/** Writes records as a version-1 database would have held them. */
async function seedVersion1(name: string, noteCount: number): Promise<void> {
  const old = new DossierDatabase(name, 1);
  await old.open();
  const actors = Array.from({ length: 100 }, (_, i) => ({
    key: `official ${i}`,
    name: `Official ${i}`,
    aliases: [`O. ${i}`],
    nameKeys: [`official ${i}`, `o ${i}`],
    kind: 'official',
    roles: [{ title: 'Minister', asOf: '2026-01-01', source: 'page' }],
    createdAt: i,
    updatedAt: i,
  }));
  await old.table('actors').bulkAdd(actors);
  const notes = Array.from({ length: noteCount }, (_, i) => ({
    actorId: (i % 100) + 1,
    text: `Note ${i} about the harbour inquiry`,
    createdAt: i,
    updatedAt: i,
  }));
  await old.table('notes').bulkAdd(notes);
  old.close();
}

describe('schema migrations', () => {
  it('upgrades a version-1 database with 10,000 notes: every note is there and searchable', async () => {
    const name = freshName();
    await seedVersion1(name, 10_000);
    const db = new DossierDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.notes.count()).toBe(10_000);
    const note = await db.notes.get(1234);
    expect(note?.text).toBe('Note 1233 about the harbour inquiry');
    expect(note?.words).toContain('harbour');
    expect(await db.notes.where('words').equals('inquiry').count()).toBe(10_000);
    expect(await db.actors.where('searchWords').startsWith('offic').count()).toBe(100);
    await db.delete();
  });

  it('opens every earlier version, and opening the newest twice changes nothing', async () => {
    for (let version = 1; version < SCHEMA_VERSIONS.length; version += 1) {
      const name = freshName();
      const old = new DossierDatabase(name, version);
      await old.open();
      old.close();
      const db = new DossierDatabase(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.length);
      db.close();
      const again = new DossierDatabase(name);
      await again.open();
      expect(again.verno).toBe(SCHEMA_VERSIONS.length);
      await again.delete();
    }
  });
});

describe('check and repair', () => {
  it('keeps notes whose card is gone on a "Recovered notes" card, and mends broken cards', async () => {
    const db = new DossierDatabase(freshName());
    await db.open();
    await db.actors.add({
      key: 'broken',
      name: '',
      aliases: 'not a list' as unknown as string[],
      nameKeys: [],
      searchWords: [],
      kind: 'official',
      roles: [],
      createdAt: 0,
      updatedAt: 0,
    });
    await db.notes.add({
      actorId: 999,
      text: 'Orphaned but precious',
      words: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.sightings.add({ actorId: 999, url: 'https://a.example/', title: 'A', seenAt: 1 });

    const report = await checkAndRepair(db);
    expect(report).toEqual({ actorsRepaired: 1, notesRecovered: 1, notesRepaired: 0, sightingsDropped: 1 });
    const recovered = await db.actors.where('key').equals('recovered notes').first();
    expect(recovered?.name).toBe(RECOVERED_NOTES_NAME);
    const notes = await db.notes.where('actorId').equals(recovered!.id!).toArray();
    expect(notes.map((note) => note.text)).toEqual(['Orphaned but precious']);
    const mended = await db.actors.get(1);
    expect(mended?.aliases).toEqual([]);
    expect(mended?.name).toBe('Unnamed actor 1');

    expect(await checkAndRepair(db)).toEqual({
      actorsRepaired: 0,
      notesRecovered: 0,
      notesRepaired: 0,
      sightingsDropped: 0,
    });
    expect(await checkIfDue(db)).toBeNull();
    await db.delete();
  });
});

it('Dexie is the one the database uses (guards against two copies in the bundle)', () => {
  expect(new DossierDatabase(freshName())).toBeInstanceOf(Dexie);
});
