// The reader's settings as the background keeps them: read from storage once, then kept current by
// storage's change events, so that a content script starting on a page gets them in one message
// (Firefox takes 10-50 ms to answer a content script's first storage read).
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';

/** Current settings, read at most once per background lifetime. */
export function createSettingsCache(): () => Promise<Settings> {
  let current: Promise<Settings> | null = null;
  // Watched for the background's whole life: the signal is never aborted.
  watchSettings((settings) => {
    current = Promise.resolve(settings);
  }, new AbortController().signal);
  return () => {
    current ??= loadSettings().catch((error: unknown) => {
      current = null;
      throw error;
    });
    return current;
  };
}
