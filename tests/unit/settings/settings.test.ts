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
