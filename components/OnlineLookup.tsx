// The card's online look-up: the "Look up online" button (only when the reader switched look-up
// on), what is happening, and what the last look-up found, with its sources and date. Text only.

import { isoDay } from '../lib/model/dates';
import type { ActorRecord, LookupSource, RoleRecord } from '../lib/model/records';

/** Where a look-up the reader started has got to. */
export interface LookupStatus {
  state: 'working' | 'done' | 'refused' | 'failed';
  message: string;
}

export interface OnlineLookupProps {
  actor: ActorRecord;
  status: LookupStatus | null;
  /** Absent when online look-up is switched off: then no button is shown. */
  onLookUp?: () => void;
}

const SOURCE_NAMES: Record<LookupSource, string> = { wikidata: 'Wikidata', wikipedia: 'Wikipedia' };

/** "2019-05 to 2024" / "since 2019-05" for a looked-up position. */
function period(role: RoleRecord): string {
  return role.until ? `${role.asOf} to ${role.until}` : `since ${role.asOf}`;
}

/** Nothing when look-up is off and the card was never looked up. */
export function OnlineLookup({ actor, status, onLookUp }: OnlineLookupProps) {
  const { lookup } = actor;
  if (!onLookUp && !lookup) return null;
  const positions = actor.roles.filter((role) => role.source === 'lookup');
  const busy = status?.state === 'working';
  return (
    <section class="online-lookup" aria-label="Online look-up">
      {onLookUp ? (
        <div class="row-buttons">
          <button type="button" onClick={onLookUp} disabled={busy} aria-busy={busy}>
            Look up online
          </button>
        </div>
      ) : null}
      {status ? (
        <p class={status.state === 'refused' || status.state === 'failed' ? 'error' : 'status'} role="status">
          {status.message}
        </p>
      ) : null}
      {lookup ? (
        <>
          <p class="lookup-source">
            Looked up on {isoDay(lookup.at)} from{' '}
            {lookup.sources.map((source) => SOURCE_NAMES[source]).join(' and ')}
          </p>
          {lookup.description && lookup.description !== actor.description ? (
            <p class="lookup-description">Wikidata: {lookup.description}</p>
          ) : null}
          {positions.length > 0 ? (
            <>
              <h3>Positions held (Wikidata)</h3>
              <ul class="lookup-positions">
                {positions.map((role) => (
                  <li key={`${role.title}|${role.asOf}`}>
                    {role.title} ({period(role)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {lookup.extract ? (
            <>
              <h3>From Wikipedia</h3>
              <p class="lookup-extract">{lookup.extract}</p>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
