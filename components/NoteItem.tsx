// One note with its date, and the reader's "Edit" and "Delete" actions on it.
import { useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/model/records';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteItemProps {
  note: NoteRecord;
  onEdit: (text: string) => Promise<void>;
  onDelete: () => void;
}

/** A note as text (never markup). Editing keeps the reader's text until the save succeeds. */
export function NoteItem({ note, onEdit, onDelete }: NoteItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = DATE_FORMAT.format(note.createdAt);
  const edited = note.updatedAt > note.createdAt ? ` (edited ${DATE_FORMAT.format(note.updatedAt)})` : '';

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (draft === null) return;
    try {
      await onEdit(draft);
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <li class="note">
      <time dateTime={new Date(note.createdAt).toISOString()}>
        {date}
        {edited}
      </time>
      {draft === null ? (
        <>
          <p class="note-text">{note.text}</p>
          <div class="note-actions">
            <button
              type="button"
              class="link-button"
              aria-label={`Edit note from ${date}`}
              onClick={() => setDraft(note.text)}
            >
              Edit
            </button>
            <button
              type="button"
              class="link-button"
              aria-label={`Delete note from ${date}`}
              onClick={onDelete}
            >
              Delete
            </button>
          </div>
        </>
      ) : (
        <form class="note-form" onSubmit={save}>
          <label for={`note-edit-${note.id}`}>Edit note</label>
          <textarea
            id={`note-edit-${note.id}`}
            rows={3}
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          {error ? (
            <p class="error" role="alert">
              Not saved: {error}
            </p>
          ) : null}
          <div class="row-buttons">
            <button type="submit">Save changes</button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
