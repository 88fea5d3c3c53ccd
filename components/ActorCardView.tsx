// An actor's background card: role, country, organisation, aliases, where the reader met them, notes.
import type { ActorCard } from '../lib/model/findings';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';

export interface ActorCardViewProps {
  card: ActorCard;
  onBack: () => void;
  onSaveNote: (text: string) => Promise<void>;
}

/** The card as a region named after the actor. */
export function ActorCardView({ card, onBack, onSaveNote }: ActorCardViewProps) {
  const { actor, notes, sightings } = card;
  const role = actor.roles[0];
  const facts: [string, string | undefined][] = [
    ['Role', role?.title],
    ['Country', actor.country ?? role?.country],
    ['Organisation', actor.organisation ?? role?.organisation],
    ['Also written', actor.aliases.join(', ') || undefined],
  ];
  return (
    <section class="card" aria-label={`Card: ${actor.name}`}>
      <button type="button" class="back" onClick={onBack}>
        ← Back to this page
      </button>
      <h2 class="card-name">{actor.name}</h2>
      <p class="card-kind">{actor.kind === 'official' ? 'Official' : 'Person'}</p>
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
      <NoteList notes={notes} />
      <NoteForm onSave={onSaveNote} />
    </section>
  );
}
