// Reads and writes the reader's notes on actors. Notes are the reader's own words: never lose them.
import type { NoteRecord } from '../model/records';
import type { DossierDatabase } from './database';
import { withNoteWords } from './search-keys';

/** Longest note accepted, in characters: generous for prose, small enough to keep the database sane. */
export const MAX_NOTE_LENGTH = 20_000;

/** Thrown when a note cannot be saved as given; the message is meant for the reader. */
export class NoteRejectedError extends Error {
  override name = 'NoteRejectedError';
}

/** The note's text, trimmed, or a NoteRejectedError saying why it cannot be saved. */
function checkedNoteText(raw: string): string {
  const text = raw.trim();
  if (text.length === 0) throw new NoteRejectedError('The note is empty.');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new NoteRejectedError(
      `The note is longer than ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`,
    );
  }
  return text;
}

/** Saves a new note on an actor and returns it with its id. */
export async function addNote(
  db: DossierDatabase,
  input: { actorId: number; text: string; pageUrl?: string },
  now: number = Date.now(),
): Promise<NoteRecord> {
  const text = checkedNoteText(input.text);
  return db.transaction('rw', db.actors, db.notes, async () => {
    if (!(await db.actors.get(input.actorId))) throw new NoteRejectedError('That card no longer exists.');
    const note: NoteRecord = withNoteWords({
      actorId: input.actorId,
      text,
      ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
      createdAt: now,
      updatedAt: now,
    });
    note.id = await db.notes.add(note);
    return note;
  });
}

/** The actor's notes, newest first. */
export async function listNotes(db: DossierDatabase, actorId: number): Promise<NoteRecord[]> {
  const notes = await db.notes.where('actorId').equals(actorId).sortBy('createdAt');
  return notes.reverse();
}

/** Replaces a note's text; the creation date stays, the update date moves. */
export async function updateNote(
  db: DossierDatabase,
  input: { noteId: number; text: string },
  now: number = Date.now(),
): Promise<NoteRecord> {
  const text = checkedNoteText(input.text);
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(input.noteId);
    if (!note) throw new NoteRejectedError('That note no longer exists.');
    const updated = withNoteWords({ ...note, text, updatedAt: now });
    await db.notes.put(updated);
    return updated;
  });
}

/** Deletes a note and returns it whole, so that the reader can undo. */
export async function deleteNote(db: DossierDatabase, noteId: number): Promise<NoteRecord> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (!note) throw new NoteRejectedError('That note no longer exists.');
    await db.notes.delete(noteId);
    return note;
  });
}

/** Puts a deleted note back exactly as it was (same id and dates): the undo of {@link deleteNote}. */
export async function restoreNote(db: DossierDatabase, note: NoteRecord): Promise<NoteRecord> {
  const text = checkedNoteText(note.text);
  return db.transaction('rw', db.actors, db.notes, async () => {
    if (!(await db.actors.get(note.actorId))) throw new NoteRejectedError('That card no longer exists.');
    const restored = withNoteWords({ ...note, text });
    await db.notes.put(restored);
    return restored;
  });
}
