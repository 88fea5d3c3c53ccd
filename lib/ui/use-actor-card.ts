// The card shown in an extension page (popup or options): open, edit, notes with undo, merge.
// Extension pages share the extension's origin, so they use the database directly (loaded on
// first use, so that the popup's first paint does not wait for it).
import { useState } from 'preact/hooks';
import type { ActorPatch } from '../model/card-edits';
import type { ActorCard, PageActor, PageRef } from '../model/findings';
import type { NoteRecord } from '../model/records';
import { loadDatabaseApi } from './load-database';

export interface ActorCardControls {
  card: ActorCard | null;
  error: string | null;
  /** The note just deleted, while the reader can still undo. */
  deletedNote: NoteRecord | null;
  openFromPage: (actor: PageActor, page?: PageRef) => Promise<void>;
  openById: (actorId: number) => Promise<void>;
  close: () => void;
  saveNote: (text: string) => Promise<void>;
  editNote: (noteId: number, text: string) => Promise<void>;
  removeNote: (noteId: number) => Promise<void>;
  undoRemove: () => Promise<void>;
  update: (patch: ActorPatch) => Promise<void>;
  mergeWith: (otherId: number) => Promise<void>;
}

const message = (failure: unknown): string => (failure instanceof Error ? failure.message : String(failure));

/** State and actions for one card; every failure becomes `error`, and the reader's input is kept. */
export function useActorCard(): ActorCardControls {
  const [card, setCard] = useState<ActorCard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deletedNote, setDeletedNote] = useState<NoteRecord | null>(null);

  const reload = async (actorId: number): Promise<void> => {
    const { loadCard, getDatabase } = await loadDatabaseApi();
    const loaded = await loadCard(getDatabase(), actorId);
    setCard(loaded);
    if (!loaded) setError('That card no longer exists.');
  };
  const attempt = async (work: () => Promise<void>): Promise<void> => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(message(failure));
    }
  };
  const actorId = (): number => {
    if (card?.actor.id === undefined) throw new Error('No card is open.');
    return card.actor.id;
  };

  return {
    card,
    error,
    deletedNote,
    openFromPage: (actor, page) =>
      attempt(async () => {
        const { openCardFor, getDatabase } = await loadDatabaseApi();
        setCard(await openCardFor(getDatabase(), actor, page));
      }),
    openById: (id) => attempt(() => reload(id)),
    close: () => {
      setCard(null);
      setDeletedNote(null);
    },
    // Rejects on failure so the note box keeps the reader's text and shows why.
    saveNote: async (text) => {
      const id = actorId();
      const { addNote, getDatabase } = await loadDatabaseApi();
      await addNote(getDatabase(), { actorId: id, text });
      await reload(id);
    },
    editNote: async (noteId, text) => {
      const { updateNote, getDatabase } = await loadDatabaseApi();
      await updateNote(getDatabase(), { noteId, text });
      await reload(actorId());
    },
    removeNote: (noteId) =>
      attempt(async () => {
        const { deleteNote, getDatabase } = await loadDatabaseApi();
        setDeletedNote(await deleteNote(getDatabase(), noteId));
        await reload(actorId());
      }),
    undoRemove: () =>
      attempt(async () => {
        if (!deletedNote) return;
        const { restoreNote, getDatabase } = await loadDatabaseApi();
        await restoreNote(getDatabase(), deletedNote);
        setDeletedNote(null);
        await reload(deletedNote.actorId);
      }),
    update: async (patch) => {
      const { updateActor, getDatabase } = await loadDatabaseApi();
      const updated = await updateActor(getDatabase(), actorId(), patch);
      await reload(updated.id!);
    },
    mergeWith: (otherId) =>
      attempt(async () => {
        const { mergeActors, getDatabase } = await loadDatabaseApi();
        const merged = await mergeActors(getDatabase(), actorId(), otherId);
        await reload(merged.id!);
      }),
  };
}
