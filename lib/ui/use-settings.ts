// The reader's switches, live: loaded from storage, saved on change, updated when changed elsewhere.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../settings/settings-store';

/** Current settings (null while loading) and a function to change them. */
export function useSettings(): [Settings | null, (change: (current: Settings) => Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const lifetime = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, lifetime.signal);
    return () => lifetime.abort();
  }, []);
  const change = (apply: (current: Settings) => Settings): void => {
    void updateSettings(apply).then(setSettings);
  };
  return [settings, change];
}
