// The form for editing a card's fields: name, other spellings, kind, role, country, organisation,
// description and links. Collects a patch; the page applies it.
import { useState } from 'preact/hooks';
import type { ActorPatch } from '../lib/model/card-edits';
import type { ActorKind, ActorRecord } from '../lib/model/records';

export interface CardEditorProps {
  actor: ActorRecord;
  onSave: (patch: ActorPatch) => Promise<void>;
  onCancel: () => void;
}

const KIND_LABELS: Record<ActorKind, string> = {
  official: 'Official',
  person: 'Person (not an official)',
  organisation: 'Organisation',
  outlet: 'News outlet',
};

const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** A labelled form; on failure the reader's input stays and the reason is shown. */
export function CardEditor({ actor, onSave, onCancel }: CardEditorProps) {
  const [fields, setFields] = useState({
    name: actor.name,
    aliases: actor.aliases.join('; '),
    kind: actor.kind,
    title: actor.roles[0]?.title ?? '',
    country: actor.country ?? '',
    organisation: actor.organisation ?? '',
    description: actor.description ?? '',
    links: (actor.links ?? []).join('\n'),
  });
  const [error, setError] = useState<string | null>(null);
  const set = (name: keyof typeof fields) => (event: Event) =>
    setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value });

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    try {
      await onSave({
        name: fields.name,
        aliases: splitList(fields.aliases, /[;\n]/),
        ...(fields.kind !== actor.kind ? { kind: fields.kind } : {}),
        ...(fields.title.trim() ? { title: fields.title } : {}),
        country: fields.country,
        organisation: fields.organisation,
        description: fields.description,
        links: splitList(fields.links, /\s+/),
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const text = (id: keyof typeof fields, label: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="text" value={fields[id]} onInput={set(id)} />
    </label>
  );

  return (
    <form class="card-editor" onSubmit={save} aria-label="Edit card">
      {text('name', 'Name')}
      {text('aliases', 'Other spellings (separated by ;)')}
      <label class="field">
        <span>Kind</span>
        <select value={fields.kind} onChange={set('kind')}>
          {(Object.keys(KIND_LABELS) as ActorKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      {text('title', 'Current role')}
      {text('country', 'Country')}
      {text('organisation', 'Organisation')}
      <label class="field">
        <span>Description</span>
        <textarea rows={2} value={fields.description} onInput={set('description')} />
      </label>
      <label class="field">
        <span>Links (one per line)</span>
        <textarea rows={2} value={fields.links} onInput={set('links')} />
      </label>
      {error ? (
        <p class="error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
      <div class="row-buttons">
        <button type="submit">Save card</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
