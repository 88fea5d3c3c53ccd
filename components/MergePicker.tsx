// Finds another card of the same person and asks before merging it into the open card.
import { useState } from 'preact/hooks';
import type { MergeCandidate } from '../lib/model/card-edits';

export interface MergePickerProps {
  targetName: string;
  candidates: readonly MergeCandidate[];
  onSearch: (text: string) => void;
  onMerge: (actorId: number) => void;
}

/** A search box, the matching cards, and a confirmation step before anything is merged. */
export function MergePicker({ targetName, candidates, onSearch, onMerge }: MergePickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<MergeCandidate | null>(null);

  if (chosen) {
    return (
      <fieldset class="merge-confirm">
        <legend>Confirm merge</legend>
        <p>
          Merge “{chosen.name}” into “{targetName}”? Its names, roles, notes and sightings move to this card,
          and “{chosen.name}” becomes another spelling of “{targetName}”.
        </p>
        <div class="row-buttons">
          <button type="button" onClick={() => onMerge(chosen.actorId)}>
            Merge cards
          </button>
          <button type="button" onClick={() => setChosen(null)}>
            Cancel
          </button>
        </div>
      </fieldset>
    );
  }

  return (
    <div class="merge-picker">
      <label class="field">
        <span>Same person as</span>
        <input
          type="search"
          value={query}
          placeholder="Search your cards"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            onSearch(event.currentTarget.value);
          }}
        />
      </label>
      {query.trim().length > 0 ? (
        <ul class="rows">
          {candidates.map((candidate) => (
            <li key={candidate.actorId}>
              <button type="button" class="row" onClick={() => setChosen(candidate)}>
                <span class="actor-name">{candidate.name}</span>
                <span class="actor-role">{candidate.detail}</span>
              </button>
            </li>
          ))}
          {candidates.length === 0 ? <li class="empty">No other card matches.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
