// Loads, saves and watches the reader's settings in extension storage (shared by every context).
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

/** Reads the settings; broken or missing values come back as defaults. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/** Saves the whole settings object; every open tab hears of it through {@link watchSettings}. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/** Applies a change to the stored settings and returns the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls `onChange` with the new settings whenever they change; stops when `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
