// The small cell readers: text cleaning, links, dates, Wikidata ids, kinds and alias lists.
import { describe, expect, it } from 'vitest';
import { parseKind, splitAliases } from '../../../lib/import/actor-draft';
import { cleanLink, cleanText } from '../../../lib/import/clean-text';
import { hasEnded, toIsoDate } from '../../../lib/import/iso-date';
import { importNameKey } from '../../../lib/import/name-key';
import { isEntityReference, wikidataId } from '../../../lib/import/wikidata-id';

describe('cleanText', () => {
  it('trims, folds spaces and newlines, strips controls and bidi overrides', () => {
    expect(cleanText('  Ana\t\n  Ruiz  ', 200)).toBe('Ana Ruiz');
    expect(cleanText('Ana\u0007Ruiz\u202e', 200)).toBe('AnaRuiz');
    expect(cleanText('\u00a0\u2003', 200)).toBeUndefined();
    expect(cleanText(2024, 200)).toBe('2024');
    expect(cleanText({ name: 'x' }, 200)).toBeUndefined();
  });

  it('cuts at the cap without leaving half a surrogate pair', () => {
    expect(cleanText('abcdef', 3)).toBe('abc');
    expect(cleanText('ab😀cd', 3)).toBe('ab');
  });
});

describe('cleanLink', () => {
  it('keeps only well-formed http(s) addresses', () => {
    expect(cleanLink(' https://example.org/a b ', 2000)).toBe('https://example.org/a%20b');
    expect(cleanLink('HTTP://EXAMPLE.ORG', 2000)).toBe('http://example.org/');
    expect(cleanLink('javascript:alert(1)', 2000)).toBeUndefined();
    expect(cleanLink('data:text/html,<b>x</b>', 2000)).toBeUndefined();
    expect(cleanLink('https://', 2000)).toBeUndefined();
    expect(cleanLink(`https://example.org/${'a'.repeat(3000)}`, 2000)).toBeUndefined();
  });
});

describe('toIsoDate and hasEnded', () => {
  it('reads years, dates and SPARQL date-times', () => {
    expect(toIsoDate('2017')).toBe('2017');
    expect(toIsoDate(2017)).toBe('2017');
    expect(toIsoDate('2017.0')).toBe('2017');
    expect(toIsoDate('2017-07-24')).toBe('2017-07-24');
    expect(toIsoDate('2017-07-24T00:00:00Z')).toBe('2017-07-24');
    expect(toIsoDate('2017-07')).toBe('2017');
    expect(toIsoDate('2017-13-40')).toBe('2017');
    expect(toIsoDate('last year')).toBeUndefined();
    expect(toIsoDate('-0044-03-15T00:00:00Z')).toBeUndefined();
  });

  it('treats a year-only end as past once that year has begun', () => {
    expect(hasEnded(undefined, '2026-11-26')).toBe(false);
    expect(hasEnded('2025-01-20', '2026-11-26')).toBe(true);
    expect(hasEnded('2027-01-03', '2026-11-26')).toBe(false);
    expect(hasEnded('2026', '2026-11-26')).toBe(true);
    expect(hasEnded('2027', '2026-11-26')).toBe(false);
  });
});

describe('wikidataId', () => {
  it('reads Q-ids from bare ids, prefixed ids and entity URIs', () => {
    expect(wikidataId('Q22250')).toBe('Q22250');
    expect(wikidataId('wd:Q22250')).toBe('Q22250');
    expect(wikidataId('http://www.wikidata.org/entity/Q22250')).toBe('Q22250');
    expect(wikidataId('https://www.wikidata.org/wiki/Q22250')).toBe('Q22250');
    expect(wikidataId('Q0')).toBeUndefined();
    expect(wikidataId('Quentin')).toBeUndefined();
    expect(isEntityReference('http://example.org/x')).toBe(true);
    expect(isEntityReference('Queen Rania')).toBe(false);
  });
});

describe('parseKind, splitAliases, importNameKey', () => {
  it('reads kind words', () => {
    expect(parseKind(' Organization ')).toBe('organisation');
    expect(parseKind('media')).toBe('outlet');
    expect(parseKind('sen')).toBeUndefined();
  });

  it('splits alias lists', () => {
    expect(splitAliases('a; b |c', false)).toEqual(['a', 'b', 'c']);
    expect(splitAliases('King, Jr., MLK, Martin Luther King III', true)).toEqual([
      'King, Jr.',
      'MLK',
      'Martin Luther King III',
    ]);
    expect(splitAliases(undefined, true)).toEqual([]);
  });

  it('folds case, accents and punctuation', () => {
    expect(importNameKey('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(importNameKey("O'Malley-Smith")).toBe('o malley smith');
  });
});
