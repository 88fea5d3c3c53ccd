// The "Note" box and "Save note" button. Keeps the reader's text until a save succeeds.
import { useState } from 'preact/hooks';

export interface NoteFormProps {
  /** Saves the text; rejects with a reader-facing message when it cannot. */
  onSave: (text: string) => Promise<void>;
}

/** A note editor: the text stays in the box if saving fails, and the error is shown. */
export function NoteForm({ onSave }: NoteFormProps) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (text.trim().length === 0 || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(text);
      setText('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="note-form" onSubmit={save}>
      <label for="note-text">Note</label>
      <textarea
        id="note-text"
        rows={3}
        value={text}
        placeholder="What you want to remember about this person"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {error ? (
        <p class="error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
      <button type="submit" disabled={saving || text.trim().length === 0}>
        Save note
      </button>
    </form>
  );
}
