import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateActor } from '../../../lib/db/actor-edits';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import type { DossierDatabase } from '../../../lib/db/database';
import { findKnownActors } from '../../../lib/db/known-actors';
import { addNote } from '../../../lib/db/notes-repo';
import { nameWords } from '../../../lib/page/name-words';
import { openFreshDatabase } from './fresh-database';

let db: DossierDatabase;
const page = { url: 'https://a.example/', title: 'A' };

beforeEach(async () => {
  db = await openFreshDatabase('known');
});
afterEach(async () => {
  await db.delete();
});

describe('stored actors found on a page', () => {
  it('finds a stored actor by any spelling whose words are all on the page, with role but never notes', async () => {
    const gaddafi = await upsertActorFromPage(
      db,
      {
        name: 'Muammar Gaddafi',
        aliases: ['Moammar Qaddafi'],
        isOfficial: true,
        title: 'Leader of Libya',
        country: 'Libya',
      },
      page,
    );
    await addNote(db, { actorId: gaddafi.id!, text: 'private thought' });
    await upsertActorFromPage(
      db,
      { name: 'Bashar al-Assad', aliases: [], isOfficial: true, title: 'President of Syria' },
      page,
    );
    await upsertActorFromPage(db, { name: 'Ada Quill', aliases: [], isOfficial: true }, page);

    const text = 'Reports said Moammar Qaddafi met Bashar al-Assad in 2009. Quill was not there.';
    const found = await findKnownActors(db, nameWords(text));
    expect(found.map((actor) => actor.name).sort()).toEqual(['Bashar al-Assad', 'Muammar Gaddafi']);
    expect(found.find((actor) => actor.name === 'Muammar Gaddafi')).toEqual({
      name: 'Muammar Gaddafi',
      aliases: ['Moammar Qaddafi'],
      isOfficial: true,
      title: 'Leader of Libya',
      country: 'Libya',
    });
    expect(JSON.stringify(found)).not.toContain('private thought');
  });

  it('passes on the reader’s "not an official", and sees new and edited cards at once', async () => {
    const card = await upsertActorFromPage(
      db,
      { name: 'Tomas Lindqvist', aliases: [], isOfficial: true },
      page,
    );
    expect((await findKnownActors(db, ['tomas', 'lindqvist']))[0]?.isOfficial).toBe(true);
    await updateActor(db, card.id!, { kind: 'person' });
    expect((await findKnownActors(db, ['tomas', 'lindqvist']))[0]?.isOfficial).toBe(false);
    await upsertActorFromPage(db, { name: 'Nia Okoro', aliases: [], isOfficial: true }, page);
    expect(await findKnownActors(db, ['nia', 'okoro'])).toHaveLength(1);
  });
});

describe('name words of a page', () => {
  it('keeps the distinct normalised parts of capitalised words only', () => {
    expect(
      nameWords('Ingrid Solberg-Haug met ÉMILE Zola and the minister; Netan\u00adyahu too.').sort(),
    ).toEqual(['emile', 'haug', 'ingrid', 'netanyahu', 'solberg', 'zola'].sort());
  });
});
