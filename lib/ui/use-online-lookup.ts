// "Look up online" for the open card: asks the browser for the look-up's host permissions within
// the reader's click, then looks the actor up and stores what was found. A refusal or a failure is
// said plainly and changes nothing.
import { useEffect, useState } from 'preact/hooks';
import type { LookupStatus } from '../../components/OnlineLookup';
import { lookUpActor } from '../lookup/look-up-actor';
import { LookupError } from '../lookup/lookup-error';
import { requestLookupPermission } from '../lookup/lookup-permission';
import type { LookupResult } from '../lookup/lookup-result';
import { loadDatabaseApi } from './load-database';
import type { ActorCardControls } from './use-actor-card';

function foundMessage(name: string, result: LookupResult): string {
  const parts = [
    result.description ? 'a description' : '',
    result.positions.length > 0
      ? `${result.positions.length} position${result.positions.length === 1 ? '' : 's'}`
      : '',
    result.extract ? 'the start of the Wikipedia article' : '',
  ].filter(Boolean);
  return parts.length > 0
    ? `Found ${name} on Wikidata: added ${parts.join(', ')}. What you wrote is unchanged.`
    : `Found ${name} on Wikidata, with nothing more to add.`;
}

/** The look-up's status for the open card, and the action for its button (call it from the click). */
export function useOnlineLookup(controls: ActorCardControls): {
  status: LookupStatus | null;
  lookUp: () => void;
} {
  const [status, setStatus] = useState<LookupStatus | null>(null);
  const actorId = controls.card?.actor.id;
  useEffect(() => setStatus(null), [actorId]);

  const lookUp = (): void => {
    const actor = controls.card?.actor;
    if (actor?.id === undefined) return;
    const id = actor.id;
    // First, before any await: the browser only asks the reader during the click itself.
    const permission = requestLookupPermission();
    setStatus({ state: 'working', message: `Looking up ${actor.name} on Wikidata and Wikipedia…` });
    void (async () => {
      if (!(await permission)) {
        setStatus({
          state: 'refused',
          message:
            'Access to wikidata.org and wikipedia.org was not allowed, so nothing was sent and the card is unchanged.',
        });
        return;
      }
      try {
        const wikidataId = actor.externalIds?.wikidata;
        const result = await lookUpActor({ name: actor.name, ...(wikidataId ? { wikidataId } : {}) });
        if (!result) {
          setStatus({
            state: 'done',
            message: `Wikidata has no entry for “${actor.name}”. The card is unchanged.`,
          });
          return;
        }
        const { saveLookup, getDatabase } = await loadDatabaseApi();
        await saveLookup(getDatabase(), id, result);
        await controls.openById(id);
        setStatus({ state: 'done', message: foundMessage(actor.name, result) });
      } catch (failure) {
        const reason =
          failure instanceof LookupError ? failure.message : 'Something went wrong while looking up.';
        setStatus({ state: 'failed', message: `Look-up failed: ${reason} The card is unchanged.` });
      }
    })();
  };
  return { status, lookUp };
}
