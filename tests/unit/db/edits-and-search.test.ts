import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardEditError, deleteActors, mergeActors, updateActor } from '../../../lib/db/actor-edits';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import type { DossierDatabase } from '../../../lib/db/database';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../../../lib/db/notes-repo';
import { searchActors } from '../../../lib/db/search';
import { recordSighting, summarizeSightings } from '../../../lib/db/sightings-repo';
import { openFreshDatabase } from './fresh-database';

const page = { url: 'https://news.example/a', title: 'A' };
let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('edits');
});
afterEach(async () => {
  await db.delete();
});

async function official(
  name: string,
  extra: Partial<{ title: string; country: string; aliases: string[] }> = {},
) {
  return upsertActorFromPage(db, { name, aliases: extra.aliases ?? [], isOfficial: true, ...extra }, page);
}

describe('editing cards', () => {
  it('changes fields, keeps the old name as an alias and the old role as history', async () => {
    const card = await official('Muammar Gaddafi', { title: 'Leader', country: 'Libya' });
    const edited = await updateActor(db, card.id!, {
      name: 'Muammar al-Qaddafi',
      title: 'Head of state',
      description: 'Ruled 1969-2011',
    });
    expect(edited.aliases).toContain('Muammar Gaddafi');
    expect(edited.roles.map((role) => [role.title, role.source])).toEqual([
      ['Head of state', 'reader'],
      ['Leader', 'page'],
    ]);
    expect(edited.description).toBe('Ruled 1969-2011');
  });

  it('lets the reader say "not an official", and pages never overrule it', async () => {
    const card = await official('Tomas Lindqvist', { title: 'Adviser' });
    await updateActor(db, card.id!, { kind: 'person' });
    const seenAgain = await official('Tomas Lindqvist', { title: 'Adviser' });
    expect(seenAgain.kind).toBe('person');
    expect(seenAgain.kindSetBy).toBe('reader');
  });

  it('refuses an empty name, and a rename onto another card (merge instead)', async () => {
    const one = await official('Ana Ruiz');
    await official('Bea Soto');
    await expect(updateActor(db, one.id!, { name: '  ' })).rejects.toBeInstanceOf(CardEditError);
    await expect(updateActor(db, one.id!, { name: 'bea soto' })).rejects.toThrow(/merge/);
  });
});

describe('notes: edit, delete, undo', () => {
  it('edits a note, deletes it, and restores it exactly', async () => {
    const card = await official('Ana Ruiz');
    const note = await addNote(db, { actorId: card.id!, text: 'first draft' }, 100);
    const edited = await updateNote(db, { noteId: note.id!, text: 'second draft' }, 200);
    expect([edited.text, edited.createdAt, edited.updatedAt]).toEqual(['second draft', 100, 200]);
    const deleted = await deleteNote(db, note.id!);
    expect(await listNotes(db, card.id!)).toEqual([]);
    await restoreNote(db, deleted);
    expect(await listNotes(db, card.id!)).toEqual([edited]);
  });
});

describe('merging two cards of one person', () => {
  it('keeps both spellings, all roles, all notes and all sightings', async () => {
    const keep = await official('Yunus-Bek Yevkurov', {
      title: 'Deputy Defense Minister',
      country: 'Russia',
    });
    const other = await official('Yunus-Bege Evkurov', { title: 'General' });
    await addNote(db, { actorId: keep.id!, text: 'kept note' });
    await addNote(db, { actorId: other.id!, text: 'merged note' });
    await recordSighting(db, { actorId: keep.id!, url: 'https://a.example/1', title: 'One' }, 1);
    await recordSighting(db, { actorId: other.id!, url: 'https://a.example/1', title: 'One, later' }, 5);
    await recordSighting(db, { actorId: other.id!, url: 'https://a.example/2', title: 'Two' }, 3);

    const merged = await mergeActors(db, keep.id!, other.id!);
    expect(merged.aliases).toContain('Yunus-Bege Evkurov');
    expect(merged.roles.map((role) => role.title).sort()).toEqual(['Deputy Defense Minister', 'General']);
    expect((await listNotes(db, keep.id!)).map((note) => note.text).sort()).toEqual([
      'kept note',
      'merged note',
    ]);
    const sightings = await summarizeSightings(db, keep.id!);
    expect(sightings.count).toBe(2);
    expect(sightings.recent[0]?.title).toBe('One, later');
    expect(await db.actors.get(other.id!)).toBeUndefined();
    expect(await db.notes.count()).toBe(2);
  });
});

describe('deleting cards', () => {
  it('removes the chosen cards with their notes and sightings, and nothing else', async () => {
    const gone = await official('Ana Ruiz');
    const stays = await official('Bea Soto');
    await addNote(db, { actorId: gone.id!, text: 'x' });
    await addNote(db, { actorId: stays.id!, text: 'y' });
    expect(await deleteActors(db, [gone.id!])).toEqual({ actors: 1, notes: 1, sightings: 0 });
    expect(await db.actors.count()).toBe(1);
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['y']);
  });
});

describe('search over names, aliases and notes', () => {
  it('finds cards by a prefix of any name word, alias or note word, with filters', async () => {
    const putin = await official('Vladimir Putin', { title: 'President', country: 'Russia' });
    await official('Pavel Voronov', {
      title: 'Deputy Foreign Minister',
      country: 'Russia',
      aliases: ['P. Voronov'],
    });
    const solberg = await official('Ingrid Solberg-Haug', { country: 'Norway' });
    await addNote(db, { actorId: solberg.id!, text: 'Pushed hard on fishing quotas in Geneva' });

    const names = (hits: Awaited<ReturnType<typeof searchActors>>) => hits.map((hit) => hit.actor.name);
    expect(names(await searchActors(db, { text: 'voro' }))).toEqual(['Pavel Voronov']);
    expect(names(await searchActors(db, { text: 'solberg haug' }))).toEqual(['Ingrid Solberg-Haug']);
    const byNote = await searchActors(db, { text: 'quota gene' });
    expect(names(byNote)).toEqual(['Ingrid Solberg-Haug']);
    expect(byNote[0]?.matchedNote).toContain('fishing quotas');
    expect(byNote[0]?.noteCount).toBe(1);
    expect(names(await searchActors(db, { country: 'Russia' }))).toEqual(['Pavel Voronov', 'Vladimir Putin']);
    expect(names(await searchActors(db, { text: 'putin', country: 'Norway' }))).toEqual([]);
    expect(names(await searchActors(db, { sort: 'updated', limit: 1 }))).toEqual(['Ingrid Solberg-Haug']);
    expect(putin.id).toBeGreaterThan(0);
  });
});
