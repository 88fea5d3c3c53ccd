import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateActor } from '../../../lib/db/actor-edits';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import type { DossierDatabase } from '../../../lib/db/database';
import { applyListImport, planListImport } from '../../../lib/db/list-import';
import { readImportFile } from '../../../lib/import';
import { openFreshDatabase } from './fresh-database';

let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('list');
});
afterEach(async () => {
  await db.delete();
});

const CSV = [
  'name,aliases,title,country,start',
  'Ana Ruiz,A. Ruiz,Minister of Finance,Spain,2025-02-01',
  'Bea Soto,,Ambassador to Chile,Spain,2024',
  'Carl Weber,,Mayor of Bonn,Germany,2023',
].join('\n');

describe('importing an officials list', () => {
  it('adds new cards and merges into existing ones by any spelling, keeping the reader’s choices', async () => {
    await upsertActorFromPage(
      db,
      { name: 'A. Ruiz', aliases: [], isOfficial: true, title: 'Minister' },
      { url: 'https://a.example/', title: 'A' },
    );
    const weber = await upsertActorFromPage(
      db,
      { name: 'Carl Weber', aliases: [], isOfficial: false },
      { url: 'https://a.example/', title: 'A' },
    );
    await updateActor(db, weber.id!, { kind: 'person' });

    const report = readImportFile('officials.csv', CSV);
    expect(await planListImport(db, report.actors)).toEqual({ actorsAdded: 1, actorsMerged: 2 });
    expect(await db.actors.count()).toBe(2);
    expect(await applyListImport(db, report.actors)).toEqual({ actorsAdded: 1, actorsMerged: 2 });

    const cards = await db.actors.toArray();
    expect(cards.map((card) => card.name).sort()).toEqual(['A. Ruiz', 'Bea Soto', 'Carl Weber']);
    const ruiz = cards.find((card) => card.name === 'A. Ruiz')!;
    expect(ruiz.aliases).toContain('Ana Ruiz');
    // Newest first: the page saw "Minister" today; the list's role dates from 2025.
    expect(ruiz.roles.map((role) => role.title)).toEqual(['Minister', 'Minister of Finance']);
    expect(cards.find((card) => card.name === 'Carl Weber')?.kind).toBe('person');
    const soto = cards.find((card) => card.name === 'Bea Soto')!;
    expect(soto).toMatchObject({ kind: 'official', country: 'Spain', kindSetBy: 'import' });
    expect(soto.roles[0]).toMatchObject({ title: 'Ambassador to Chile', asOf: '2024', source: 'import' });
  });

  it('imports the Wikidata results file, one card per person with the role history', async () => {
    const report = readImportFile(
      'wikidata-officials.srj.json',
      readFileSync('tests/fixtures/import/wikidata-officials.srj.json', 'utf8'),
    );
    const plan = await applyListImport(db, report.actors);
    expect(plan.actorsAdded).toBe(report.actors.length);
    expect(await db.actors.count()).toBe(report.actors.length);
    expect((await db.actors.toArray()).every((card) => card.externalIds?.wikidata?.startsWith('Q'))).toBe(
      true,
    );
  });

  it('writes nothing when the import fails part-way', async () => {
    await upsertActorFromPage(
      db,
      { name: 'Kept Card', aliases: [], isOfficial: true },
      { url: 'https://a.example/', title: 'A' },
    );
    vi.spyOn(db.actors, 'bulkPut').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(applyListImport(db, readImportFile('officials.csv', CSV).actors)).rejects.toThrow(
      'quota exceeded',
    );
    expect((await db.actors.toArray()).map((card) => card.name)).toEqual(['Kept Card']);
  });
});
