// The search box and filters over the reader's cards: text, kind, country and order.
import type { ActorKind } from '../lib/model/records';

/** What the reader is looking for. */
export interface ActorFilter {
  text: string;
  kind: ActorKind | '';
  country: string;
  sort: 'name' | 'updated';
}

export interface ActorSearchFormProps {
  filter: ActorFilter;
  countries: readonly string[];
  /** Whether to show kind, country and order (the popup shows the search box only). */
  showFilters?: boolean;
  onChange: (filter: ActorFilter) => void;
}

/** A labelled search box named "Search actors and notes", with optional filters. */
export function ActorSearchForm({ filter, countries, showFilters = true, onChange }: ActorSearchFormProps) {
  return (
    <form class="search-form" onSubmit={(event) => event.preventDefault()}>
      <input
        type="search"
        aria-label="Search actors and notes"
        placeholder="Search actors and notes"
        value={filter.text}
        onInput={(event) => onChange({ ...filter, text: event.currentTarget.value })}
      />
      {showFilters ? (
        <div class="filters">
          <label>
            Kind{' '}
            <select
              value={filter.kind}
              onChange={(event) => onChange({ ...filter, kind: event.currentTarget.value as ActorKind | '' })}
            >
              <option value="">All</option>
              <option value="official">Officials</option>
              <option value="person">People</option>
              <option value="organisation">Organisations</option>
              <option value="outlet">News outlets</option>
            </select>
          </label>
          <label>
            Country{' '}
            <select
              value={filter.country}
              onChange={(event) => onChange({ ...filter, country: event.currentTarget.value })}
            >
              <option value="">All</option>
              {countries.map((country) => (
                <option key={country} value={country}>
                  {country}
                </option>
              ))}
            </select>
          </label>
          <label>
            Order{' '}
            <select
              value={filter.sort}
              onChange={(event) =>
                onChange({ ...filter, sort: event.currentTarget.value as ActorFilter['sort'] })
              }
            >
              <option value="name">By name</option>
              <option value="updated">Recently changed</option>
            </select>
          </label>
        </div>
      ) : null}
    </form>
  );
}
