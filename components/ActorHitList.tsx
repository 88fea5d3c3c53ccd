// Cards found by a search: name, role and country, the matching note, how many notes. Optionally
// selectable, for bulk actions.
import type { ActorRecord } from '../lib/model/records';

/** One card in the results. */
export interface ActorHitRow {
  actor: ActorRecord;
  noteCount: number;
  matchedNote?: string;
}

export interface ActorHitListProps {
  hits: readonly ActorHitRow[];
  emptyText: string;
  selected?: ReadonlySet<number>;
  onToggle?: (actorId: number) => void;
  onOpen: (actorId: number) => void;
}

/** The results as a list of buttons (and checkboxes when selection is on). */
export function ActorHitList({ hits, emptyText, selected, onToggle, onOpen }: ActorHitListProps) {
  if (hits.length === 0) return <p class="empty">{emptyText}</p>;
  return (
    <ul class="rows hit-list">
      {hits.map(({ actor, noteCount, matchedNote }) => (
        <li key={actor.id} class="hit">
          {selected && onToggle ? (
            <input
              type="checkbox"
              aria-label={`Select ${actor.name}`}
              checked={selected.has(actor.id!)}
              onChange={() => onToggle(actor.id!)}
            />
          ) : null}
          <button type="button" class="row actor-row" onClick={() => onOpen(actor.id!)}>
            <span class="actor-name">{actor.name}</span>
            <span class="actor-role">
              {[
                actor.roles[0]?.title,
                actor.country,
                noteCount === 1 ? '1 note' : noteCount > 1 ? `${noteCount} notes` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {matchedNote ? <span class="matched-note">“{matchedNote}”</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
