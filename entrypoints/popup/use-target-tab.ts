// Which tab the popup is about: the active tab, or `?tabId=N` when the popup is opened as a page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The target tab's id, undefined while looking, or null when there is none. */
export function useTargetTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const requested = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isSafeInteger(requested) && requested > 0) {
      setTabId(requested);
      return;
    }
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, []);
  return tabId;
}
