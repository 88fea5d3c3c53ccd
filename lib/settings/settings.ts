// The reader's switches: their shape, defaults, validation and per-site logic. Pure data, no browser API.
import type { Sensitivity } from '../detect/types';
import { type HighlightColour, paletteColour } from './highlight-palette';

/** Everything the reader can switch, as stored in `browser.storage.local` under {@link SETTINGS_KEY}. */
export interface Settings {
  /** Master switch: all highlights on or off. */
  highlights: boolean;
  /** Highlight named officials. */
  officials: boolean;
  /** Highlight unconfirmed claims. */
  claims: boolean;
  /** Hostnames where the reader switched Dossier off ("On this site" off). */
  disabledSites: string[];
  sensitivity: Sensitivity;
  /** Remember the pages where the reader met each official ("Seen on N pages"). */
  recordSightings: boolean;
  /** Offer "Look up online" in cards (sends the actor's name to wikidata.org and wikipedia.org). Off by default. */
  onlineLookup: boolean;
  /** Palette colour of official highlights. */
  officialColour: HighlightColour;
  /** Palette colour of claim highlights. */
  claimColour: HighlightColour;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlights: true,
  officials: true,
  claims: true,
  disabledSites: [],
  sensitivity: 'balanced',
  recordSightings: true,
  onlineLookup: false,
  officialColour: 'blue',
  claimColour: 'amber',
});

/** Every claim sensitivity, strictest first. */
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];

/** Reads stored settings defensively: unknown or broken fields fall back to their defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (name: 'highlights' | 'officials' | 'claims' | 'recordSightings' | 'onlineLookup'): boolean =>
    typeof source[name] === 'boolean' ? (source[name] as boolean) : DEFAULT_SETTINGS[name];
  const sites = Array.isArray(source.disabledSites)
    ? source.disabledSites.filter((site): site is string => typeof site === 'string' && site.length > 0)
    : [];
  const sensitivity = SENSITIVITIES.find((level) => level === source.sensitivity) ?? 'balanced';
  return {
    highlights: flag('highlights'),
    officials: flag('officials'),
    claims: flag('claims'),
    disabledSites: [...new Set(sites.map(normalizeHostname))],
    sensitivity,
    recordSightings: flag('recordSightings'),
    onlineLookup: flag('onlineLookup'),
    officialColour: paletteColour(source.officialColour, DEFAULT_SETTINGS.officialColour),
    claimColour: paletteColour(source.claimColour, DEFAULT_SETTINGS.claimColour),
  };
}

/** Lower-cases a hostname and drops a leading "www." so that both forms share one site switch. */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** True when the reader has not switched Dossier off for this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(normalizeHostname(hostname));
}

/** Returns new settings with the site switched on or off. */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const site = normalizeHostname(hostname);
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}
