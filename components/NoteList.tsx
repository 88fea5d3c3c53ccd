// The reader's notes on an actor, newest first, with an undo bar after a deletion.
import type { NoteRecord } from '../lib/model/records';
import { NoteItem } from './NoteItem';

export interface NoteListProps {
  notes: readonly NoteRecord[];
  deletedNote: NoteRecord | null;
  onEdit: (noteId: number, text: string) => Promise<void>;
  onDelete: (noteId: number) => void;
  onUndoDelete: () => void;
}

/** The notes, each editable and deletable; a deleted note can be brought back. */
export function NoteList({ notes, deletedNote, onEdit, onDelete, onUndoDelete }: NoteListProps) {
  return (
    <>
      {deletedNote ? (
        <p class="undo-bar" role="status">
          Note deleted.{' '}
          <button type="button" class="link-button" onClick={onUndoDelete}>
            Undo
          </button>
        </p>
      ) : null}
      {notes.length === 0 ? (
        <p class="empty">No notes yet.</p>
      ) : (
        <ul class="notes" aria-label="Notes">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              onEdit={(text) => onEdit(note.id!, text)}
              onDelete={() => onDelete(note.id!)}
            />
          ))}
        </ul>
      )}
    </>
  );
}
