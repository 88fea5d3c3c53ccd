// Connects the card view to the database for extension pages: the open card's actions, the search
// that finds other cards to merge with, and the online look-up when the reader switched it on.
import { useState } from 'preact/hooks';
import { ActorCardView } from '../../components/ActorCardView';
import type { MergeCandidate } from '../model/card-edits';
import type { ActorCardControls } from './use-actor-card';
import { useActorSearch } from './use-actor-search';
import { useOnlineLookup } from './use-online-lookup';
import { useSettings } from './use-settings';

export interface CardPanelProps {
  controls: ActorCardControls;
  backLabel?: string;
}

/** The open card of `controls`, or nothing when no card is open. */
export function CardPanel({ controls, backLabel }: CardPanelProps) {
  const [mergeQuery, setMergeQuery] = useState('');
  const { hits } = useActorSearch({ text: mergeQuery, limit: 20 }, { enabled: mergeQuery.trim().length > 0 });
  const [settings] = useSettings();
  const lookup = useOnlineLookup(controls);
  if (!controls.card) return null;
  const candidates: MergeCandidate[] =
    mergeQuery.trim().length === 0
      ? []
      : hits.map((hit) => ({
          actorId: hit.actor.id!,
          name: hit.actor.name,
          detail: [hit.actor.roles[0]?.title, hit.actor.country].filter(Boolean).join(' · '),
        }));
  return (
    <>
      {controls.error ? (
        <p class="error" role="alert">
          {controls.error}
        </p>
      ) : null}
      <ActorCardView
        card={controls.card}
        {...(backLabel ? { backLabel } : {})}
        onBack={controls.close}
        onSaveNote={controls.saveNote}
        onEditNote={controls.editNote}
        onDeleteNote={(noteId) => void controls.removeNote(noteId)}
        deletedNote={controls.deletedNote}
        onUndoDelete={() => void controls.undoRemove()}
        onUpdate={controls.update}
        mergeCandidates={candidates}
        onMergeSearch={setMergeQuery}
        onMerge={(actorId) => {
          setMergeQuery('');
          void controls.mergeWith(actorId);
        }}
        lookupStatus={lookup.status}
        {...(settings?.onlineLookup ? { onLookUp: lookup.lookUp } : {})}
      />
    </>
  );
}
