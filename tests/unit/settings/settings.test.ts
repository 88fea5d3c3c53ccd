import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  normalizeSettings,
  withSiteEnabled,
} from '../../../lib/settings/settings';

describe('settings', () => {
  it('falls back to defaults for missing or broken stored values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        highlights: 'yes',
        claims: false,
        disabledSites: ['a.example', 4, ''],
        sensitivity: 'wild',
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, claims: false, disabledSites: ['a.example'] });
  });

  it('switches a site off and on, treating www. and case as the same site', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'WWW.News.Example', false);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'www.news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'news.example', true), 'www.news.example')).toBe(true);
  });
});

describe('online look-up and highlight colour settings', () => {
  it('defaults to look-up off and today’s colours (blue officials, amber claims)', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      onlineLookup: false,
      officialColour: 'blue',
      claimColour: 'amber',
    });
  });

  it('keeps valid choices and falls back to the defaults for unknown or broken values', () => {
    expect(
      normalizeSettings({ onlineLookup: true, officialColour: 'purple', claimColour: 'grey' }),
    ).toMatchObject({
      onlineLookup: true,
      officialColour: 'purple',
      claimColour: 'grey',
    });
    expect(
      normalizeSettings({
        onlineLookup: 'yes',
        officialColour: 'red; } body { display:none',
        claimColour: 3,
      }),
    ).toMatchObject({ onlineLookup: false, officialColour: 'blue', claimColour: 'amber' });
    expect(normalizeSettings({ officialColour: 'constructor', claimColour: '__proto__' })).toMatchObject({
      officialColour: 'blue',
      claimColour: 'amber',
    });
  });
});
