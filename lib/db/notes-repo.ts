// Reads and writes the reader's notes on actors. Notes are the reader's own words: never lose them.

import type { NoteRecord } from '../model/records';
import type { DossierDatabase } from './database';

/** Longest note accepted, in characters: generous for prose, small enough to keep the database sane. */
export const MAX_NOTE_LENGTH = 20_000;

/** Thrown when a note cannot be saved as given; the message is meant for the reader. */
export class NoteRejectedError extends Error {
  override name = 'NoteRejectedError';
}

/** Saves a new note on an actor and returns it with its id. */
export async function addNote(
  db: DossierDatabase,
  input: { actorId: number; text: string; pageUrl?: string },
  now: number = Date.now(),
): Promise<NoteRecord> {
  const text = input.text.trim();
  if (text.length === 0) throw new NoteRejectedError('The note is empty.');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new NoteRejectedError(
      `The note is longer than ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`,
    );
  }
  return db.transaction('rw', db.actors, db.notes, async () => {
    if (!(await db.actors.get(input.actorId))) throw new NoteRejectedError('That card no longer exists.');
    const note: NoteRecord = {
      actorId: input.actorId,
      text,
      ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
      createdAt: now,
      updatedAt: now,
    };
    note.id = await db.notes.add(note);
    return note;
  });
}

/** The actor's notes, newest first. */
export async function listNotes(db: DossierDatabase, actorId: number): Promise<NoteRecord[]> {
  const notes = await db.notes.where('actorId').equals(actorId).sortBy('createdAt');
  return notes.reverse();
}
