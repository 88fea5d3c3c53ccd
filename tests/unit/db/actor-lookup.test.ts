import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeActors, updateActor } from '../../../lib/db/actor-edits';
import { applyLookup, saveLookup } from '../../../lib/db/actor-lookup';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import { applyBackupImport, eraseEverything, exportBackup } from '../../../lib/db/backup';
import { BackupError, parseBackup } from '../../../lib/db/backup-format';
import type { DossierDatabase } from '../../../lib/db/database';
import type { LookupResult } from '../../../lib/lookup/lookup-result';
import type { ActorRecord } from '../../../lib/model/records';
import { openFreshDatabase } from './fresh-database';

const page = { url: 'https://news.example/a', title: 'Talks' };
const DAY = Date.UTC(2026, 10, 26, 10);

const RESULT: LookupResult = {
  entityId: 'Q900001',
  description: 'Spanish politician',
  positions: [
    { title: 'Member of the Congress of Deputies', start: '2015', end: '2019-06' },
    { title: 'Minister of Trade', start: '2021-07-12' },
    { title: 'Party spokesperson' },
  ],
  imagePage: 'https://commons.wikimedia.org/wiki/File:Ana_Ruiz.jpg',
  wikipediaPage: 'https://en.wikipedia.org/wiki/Ana_Ruiz',
  extract: 'Ana Ruiz is a Spanish politician.',
  sources: ['wikidata', 'wikipedia'],
};

let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('lookup');
});
afterEach(async () => {
  await db.delete();
});

async function pageCard(): Promise<ActorRecord> {
  return upsertActorFromPage(
    db,
    { name: 'Ana Ruiz', aliases: [], isOfficial: true, title: 'Trade minister', country: 'Spain' },
    page,
    10,
  );
}

describe('merging a look-up into a card', () => {
  it('adds description, positions, links, the Wikidata id and the look-up record to an empty card', async () => {
    const card = applyLookup(await pageCard(), RESULT, DAY);
    expect(card.description).toBe('Spanish politician');
    expect(card.roles.map((role) => [role.title, role.asOf, role.until, role.source])).toEqual([
      ['Trade minister', '1970-01-01', undefined, 'page'],
      // New positions come after the card's own; ongoing ones first, latest started first.
      ['Party spokesperson', '2026-11-26', undefined, 'lookup'],
      ['Minister of Trade', '2021-07-12', undefined, 'lookup'],
      ['Member of the Congress of Deputies', '2015', '2019-06', 'lookup'],
    ]);
    expect(card.roles[1]?.sourceUrl).toBe('https://www.wikidata.org/wiki/Q900001');
    expect(card.links).toEqual([
      'https://en.wikipedia.org/wiki/Ana_Ruiz',
      'https://commons.wikimedia.org/wiki/File:Ana_Ruiz.jpg',
      'https://www.wikidata.org/wiki/Q900001',
    ]);
    expect(card.externalIds).toEqual({ wikidata: 'Q900001' });
    expect(card.lookup).toEqual({
      at: DAY,
      sources: ['wikidata', 'wikipedia'],
      description: 'Spanish politician',
      extract: 'Ana Ruiz is a Spanish politician.',
    });
  });

  it('never replaces what the reader wrote, and loses nothing already on the card', async () => {
    const stored = await pageCard();
    const edited = await updateActor(db, stored.id!, {
      description: 'My own summary',
      title: 'Minister of Trade',
      links: ['https://example.org/profile'],
    });
    const withId = { ...edited, externalIds: { wikidata: 'Q1', other: 'x' } };
    const card = applyLookup(withId, RESULT, DAY);
    expect(card.description).toBe('My own summary');
    expect(card.lookup?.description).toBe('Spanish politician');
    expect(card.roles[0]).toEqual(edited.roles[0]);
    expect(card.roles.slice(0, edited.roles.length)).toEqual(edited.roles);
    // "Minister of Trade" with a start date is a different dated role from the reader's.
    expect(card.roles.filter((role) => role.source === 'lookup')).toHaveLength(3);
    expect(card.links?.[0]).toBe('https://example.org/profile');
    expect(card.externalIds).toEqual({ wikidata: 'Q1', other: 'x' });
    expect(card.name).toBe(edited.name);
    expect(card.aliases).toEqual(edited.aliases);
  });

  it('is idempotent: looking up twice adds nothing twice, and refreshes a description it put there', async () => {
    const once = applyLookup(await pageCard(), RESULT, DAY);
    const twice = applyLookup(
      once,
      { ...RESULT, description: 'Spanish politician and economist' },
      DAY + 86_400_000,
    );
    expect(twice.roles).toHaveLength(once.roles.length);
    expect(twice.links).toEqual(once.links);
    expect(twice.description).toBe('Spanish politician and economist');
    expect(twice.lookup?.at).toBe(DAY + 86_400_000);
  });

  it('stores the look-up, and a merge of two cards keeps it', async () => {
    const a = await pageCard();
    const b = await upsertActorFromPage(db, { name: 'A. Ruiz', aliases: [], isOfficial: true }, page, 20);
    await saveLookup(db, b.id!, RESULT, DAY);
    const merged = await mergeActors(db, a.id!, b.id!);
    expect(merged.lookup?.extract).toBe('Ana Ruiz is a Spanish politician.');
    expect(merged.externalIds).toEqual({ wikidata: 'Q900001' });
    await expect(saveLookup(db, 999, RESULT, DAY)).rejects.toThrow('That card no longer exists.');
  });
});

describe('backups of looked-up cards', () => {
  it('round-trips byte for byte: export, erase, import, export', async () => {
    const card = await pageCard();
    await saveLookup(db, card.id!, RESULT, DAY);
    const first = await exportBackup(db, 1000);
    expect(first).toContain('"lookup"');
    await eraseEverything(db);
    await applyBackupImport(db, parseBackup(first));
    expect(await exportBackup(db, 1000)).toBe(first);
  });

  it('accepts a valid look-up record and refuses bad values, naming the field', () => {
    const file = (lookup: unknown) =>
      JSON.stringify({
        format: 'dossier-backup',
        version: 1,
        exportedAt: '',
        actors: [{ id: 1, name: 'A', kind: 'official', createdAt: 0, updatedAt: 0, lookup }],
        notes: [],
        sightings: [],
      });
    expect(parseBackup(file({ at: 5, sources: ['wikidata'] })).actors[0]?.lookup).toEqual({
      at: 5,
      sources: ['wikidata'],
    });
    const bad: [unknown, RegExp][] = [
      ['yes', /actors\[0\]\.lookup: must be an object/],
      [{ at: -1, sources: ['wikidata'] }, /lookup\.at: must be a whole number/],
      [{ at: 1, sources: ['google'] }, /lookup\.sources\[0\]: is not wikidata or wikipedia/],
      [{ at: 1, sources: [] }, /lookup\.sources: must name each source/],
      [{ at: 1, sources: ['wikidata', 'wikidata'] }, /lookup\.sources: must name each source/],
      [{ at: 1, sources: ['wikidata'], extract: 'x'.repeat(5001) }, /lookup\.extract: is longer than/],
      [{ at: 1, sources: ['wikidata'], description: 7 }, /lookup\.description: must be text/],
    ];
    for (const [lookup, message] of bad) {
      expect(() => parseBackup(file(lookup))).toThrow(BackupError);
      expect(() => parseBackup(file(lookup))).toThrow(message);
    }
  });
});
