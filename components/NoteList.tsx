// Shows the reader's notes on an actor, newest first, each with its date.
import type { NoteRecord } from '../lib/model/records';

export interface NoteListProps {
  notes: readonly NoteRecord[];
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The notes as text (never markup), with their dates. */
export function NoteList({ notes }: NoteListProps) {
  if (notes.length === 0) return <p class="empty">No notes yet.</p>;
  return (
    <ul class="notes" aria-label="Notes">
      {notes.map((note) => (
        <li key={note.id} class="note">
          <time dateTime={new Date(note.createdAt).toISOString()}>{DATE_FORMAT.format(note.createdAt)}</time>
          <p class="note-text">{note.text}</p>
        </li>
      ))}
    </ul>
  );
}
