// Lists the actors of a page (officials or other people); choosing one asks to open its card.
import type { PageActor } from '../lib/model/findings';

export interface ActorListProps {
  heading: string;
  actors: readonly PageActor[];
  emptyText: string;
  onOpen: (actor: PageActor) => void;
}

/** A titled list of actors with their role on this page; each row is a button. */
export function ActorList({ heading, actors, emptyText, onOpen }: ActorListProps) {
  return (
    <section class="panel" aria-label={heading}>
      <h2>
        {heading} <span class="count">{actors.length}</span>
      </h2>
      {actors.length === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <ul class="rows">
          {actors.map((actor) => (
            <li key={actor.key}>
              <button type="button" class="row actor-row" onClick={() => onOpen(actor)}>
                <span class="actor-name">{actor.name}</span>
                <span class="actor-role">{[actor.title, actor.country].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
