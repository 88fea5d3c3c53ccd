import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSelectionAsActor, nameFromSelection } from '../../../lib/background/add-selection';
import type { DossierDatabase } from '../../../lib/db/database';
import { findKnownActors } from '../../../lib/db/known-actors';
import { openFreshDatabase } from '../db/fresh-database';

let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('selection');
});
afterEach(async () => {
  await db.delete();
});

describe('"Add to Dossier" on a selection', () => {
  it('cleans the selection into a name, and refuses what cannot be one', () => {
    expect(nameFromSelection('  “Lucia   Ferrada’s ')).toBe('Lucia Ferrada');
    expect(nameFromSelection('Ferrada,')).toBe('Ferrada');
    expect(nameFromSelection('   ')).toBeNull();
    expect(nameFromSelection('12345')).toBeNull();
    expect(nameFromSelection('word '.repeat(40))).toBeNull();
  });

  it('stores the name as an official by the reader’s decision, found on later pages', async () => {
    const id = await addSelectionAsActor(db, 'Lucia Ferrada', { url: 'https://news.example/a', title: 'A' });
    const card = await db.actors.get(id!);
    expect(card).toMatchObject({ name: 'Lucia Ferrada', kind: 'official', kindSetBy: 'reader' });
    expect(await findKnownActors(db, ['lucia', 'ferrada'])).toMatchObject([
      { name: 'Lucia Ferrada', isOfficial: true },
    ]);
    expect(await addSelectionAsActor(db, 'lucia ferrada', { url: 'about:blank', title: '' })).toBe(id);
    expect(await db.actors.count()).toBe(1);
  });
});
