// An actor's background card: facts, role history, where the reader met them, notes, editing and
// merging. Props in, events out: the page that shows it does the storing.
import { useState } from 'preact/hooks';
import type { ActorPatch, MergeCandidate } from '../lib/model/card-edits';
import type { ActorCard } from '../lib/model/findings';
import type { NoteRecord } from '../lib/model/records';
import { CardEditor } from './CardEditor';
import { MergePicker } from './MergePicker';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { type LookupStatus, OnlineLookup } from './OnlineLookup';
import { RoleHistory } from './RoleHistory';

export interface ActorCardViewProps {
  card: ActorCard;
  backLabel?: string;
  onBack: () => void;
  onSaveNote: (text: string) => Promise<void>;
  onEditNote: (noteId: number, text: string) => Promise<void>;
  onDeleteNote: (noteId: number) => void;
  deletedNote: NoteRecord | null;
  onUndoDelete: () => void;
  onUpdate: (patch: ActorPatch) => Promise<void>;
  mergeCandidates: readonly MergeCandidate[];
  onMergeSearch: (text: string) => void;
  onMerge: (actorId: number) => void;
  /** "Look up online"; absent when the reader has not switched online look-up on. */
  onLookUp?: () => void;
  lookupStatus?: LookupStatus | null;
}

const KIND_NAMES = {
  official: 'Official',
  person: 'Person',
  organisation: 'Organisation',
  outlet: 'News outlet',
};

/** The card as a region named after the actor. */
export function ActorCardView(props: ActorCardViewProps) {
  const { card, onBack } = props;
  const { actor, notes, sightings } = card;
  const [editing, setEditing] = useState(false);
  const role = actor.roles[0];
  const facts: [string, string | undefined][] = [
    ['Role', role?.title],
    ['Country', actor.country ?? role?.country],
    ['Organisation', actor.organisation ?? role?.organisation],
    ['Also written', actor.aliases.join(', ') || undefined],
    ['About', actor.description],
  ];

  return (
    <section class="card" aria-label={`Card: ${actor.name}`}>
      <button type="button" class="back" onClick={onBack}>
        ← {props.backLabel ?? 'Back to this page'}
      </button>
      <h2 class="card-name">{actor.name}</h2>
      <p class="card-kind">
        {KIND_NAMES[actor.kind]}
        {actor.kindSetBy === 'reader' ? ' (your choice)' : ''}
      </p>
      {editing ? (
        <CardEditor
          actor={actor}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            await props.onUpdate(patch);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl class="facts">
            {facts
              .filter((fact): fact is [string, string] => Boolean(fact[1]))
              .map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {actor.links && actor.links.length > 0 ? (
            <ul class="links">
              {actor.links.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noreferrer noopener">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <div class="row-buttons">
            <button type="button" onClick={() => setEditing(true)}>
              Edit card
            </button>
            {actor.kind === 'official' ? (
              <button type="button" onClick={() => void props.onUpdate({ kind: 'person' })}>
                Not an official
              </button>
            ) : (
              <button type="button" onClick={() => void props.onUpdate({ kind: 'official' })}>
                Mark as official
              </button>
            )}
          </div>
        </>
      )}
      <OnlineLookup
        actor={actor}
        status={props.lookupStatus ?? null}
        {...(props.onLookUp ? { onLookUp: props.onLookUp } : {})}
      />
      <RoleHistory roles={actor.roles} />
      <h3>Seen on {sightings.count === 1 ? '1 page' : `${sightings.count} pages`}</h3>
      {sightings.recent.length > 0 ? (
        <ul class="sightings">
          {sightings.recent.map((sighting) => (
            <li key={sighting.id}>
              <a href={sighting.url} target="_blank" rel="noreferrer noopener">
                {sighting.title || sighting.url}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>Notes</h3>
      <NoteList
        notes={notes}
        deletedNote={props.deletedNote}
        onEdit={props.onEditNote}
        onDelete={props.onDeleteNote}
        onUndoDelete={props.onUndoDelete}
      />
      <NoteForm onSave={props.onSaveNote} />
      <details class="merge">
        <summary>Merge with another card…</summary>
        <MergePicker
          targetName={actor.name}
          candidates={props.mergeCandidates.filter((candidate) => candidate.actorId !== actor.id)}
          onSearch={props.onMergeSearch}
          onMerge={props.onMerge}
        />
      </details>
    </section>
  );
}
