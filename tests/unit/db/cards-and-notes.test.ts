import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findActorByNames, upsertActorFromPage } from '../../../lib/db/actors-repo';
import type { DossierDatabase } from '../../../lib/db/database';
import { addNote, listNotes, NoteRejectedError } from '../../../lib/db/notes-repo';
import { recordSighting, summarizeSightings } from '../../../lib/db/sightings-repo';
import { openFreshDatabase } from './fresh-database';

const page = { url: 'https://news.example/world/talks', title: 'Talks stall' };
const minister = {
  name: 'Ingrid Solberg-Haug',
  aliases: ['Solberg-Haug'],
  isOfficial: true,
  title: 'Norwegian Foreign Minister',
  country: 'Norway',
};

let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('test');
});
afterEach(async () => {
  await db.delete();
});

describe('actor cards', () => {
  it('creates a card the first time an official is seen, with the role and country the page gives', async () => {
    const card = await upsertActorFromPage(db, minister, page, Date.UTC(2026, 10, 2));
    expect(card.id).toBeGreaterThan(0);
    expect(card).toMatchObject({ name: 'Ingrid Solberg-Haug', kind: 'official', country: 'Norway' });
    expect(card.roles).toEqual([
      {
        title: 'Norwegian Foreign Minister',
        country: 'Norway',
        asOf: '2026-11-02',
        source: 'page',
        sourceUrl: page.url,
      },
    ]);
    expect(await db.actors.count()).toBe(1);
  });

  it('finds the same card by any spelling, in any case or accent form, without duplicating it', async () => {
    const first = await upsertActorFromPage(db, minister, page);
    const again = await upsertActorFromPage(
      db,
      { ...minister, name: 'INGRID SOLBERG\u00ADHAUG', aliases: ['Solberg Haug'] },
      page,
    );
    expect(again.id).toBe(first.id);
    expect(await db.actors.count()).toBe(1);
    expect((await findActorByNames(db, ['solberg-haug']))?.id).toBe(first.id);
  });

  it('keeps a new spelling as an alias and a new role as history, newest first', async () => {
    await upsertActorFromPage(
      db,
      { name: 'Yunus-Bek Yevkurov', aliases: [], isOfficial: true, title: 'General' },
      page,
    );
    const updated = await upsertActorFromPage(
      db,
      {
        name: 'Yunus-Bek Yevkurov',
        aliases: ['Evkurov'],
        isOfficial: true,
        title: 'Deputy Defense Minister',
      },
      page,
    );
    expect(updated.aliases).toContain('Evkurov');
    expect(updated.roles.map((role) => role.title)).toEqual(['Deputy Defense Minister', 'General']);
    expect((await findActorByNames(db, ['Evkurov']))?.id).toBe(updated.id);
  });
});

describe('notes', () => {
  it('stores notes with their dates and lists them newest first', async () => {
    const card = await upsertActorFromPage(db, minister, page);
    await addNote(db, { actorId: card.id!, text: 'Led the 2025 round.' }, 1000);
    await addNote(db, { actorId: card.id!, text: '  Wants a deal this year.  ', pageUrl: page.url }, 2000);
    const notes = await listNotes(db, card.id!);
    expect(notes.map((note) => [note.text, note.createdAt])).toEqual([
      ['Wants a deal this year.', 2000],
      ['Led the 2025 round.', 1000],
    ]);
    expect(notes[0]?.pageUrl).toBe(page.url);
  });

  it('refuses an empty note, an oversized note, and a note on a card that does not exist', async () => {
    const card = await upsertActorFromPage(db, minister, page);
    await expect(addNote(db, { actorId: card.id!, text: '   ' })).rejects.toBeInstanceOf(NoteRejectedError);
    await expect(addNote(db, { actorId: card.id!, text: 'x'.repeat(20_001) })).rejects.toThrow(/longer than/);
    await expect(addNote(db, { actorId: 9999, text: 'lost?' })).rejects.toThrow(/no longer exists/);
    expect(await db.notes.count()).toBe(0);
  });

  it('keeps markup in a note as plain text', async () => {
    const card = await upsertActorFromPage(db, minister, page);
    await addNote(db, { actorId: card.id!, text: '<img src=x onerror=alert(1)>' });
    expect((await listNotes(db, card.id!))[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('sightings', () => {
  it('counts each page once and lists the most recent first', async () => {
    const card = await upsertActorFromPage(db, minister, page);
    await recordSighting(db, { actorId: card.id!, url: page.url, title: 'First title' }, 1);
    await recordSighting(db, { actorId: card.id!, url: 'https://other.example/a', title: 'Other' }, 2);
    await recordSighting(db, { actorId: card.id!, url: page.url, title: 'Updated title' }, 3);
    const summary = await summarizeSightings(db, card.id!);
    expect(summary.count).toBe(2);
    expect(summary.recent.map((sighting) => sighting.title)).toEqual(['Updated title', 'Other']);
  });
});
