// Asks the target tab's content script what it found; re-asks when the settings change.
import { useEffect, useState } from 'preact/hooks';
import { sendToTab } from '../../lib/messaging';
import type { PageFindings } from '../../lib/model/findings';

export type FindingsState =
  | { status: 'loading' }
  | { status: 'ready'; findings: PageFindings }
  | { status: 'unavailable' };

/** The page's findings; `revision` changes force a new request. */
export function usePageFindings(tabId: number | null | undefined, revision: unknown): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ status: 'unavailable' });
      return;
    }
    let current = true;
    sendToTab(tabId, 'getPageFindings', {})
      .then((findings) => current && setState({ status: 'ready', findings }))
      .catch(() => current && setState({ status: 'unavailable' }));
    return () => {
      current = false;
    };
  }, [tabId, revision]);
  return state;
}
