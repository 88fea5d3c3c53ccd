import { describe, expect, it } from 'vitest';
import { asText } from '../../../lib/lookup/json-fields';
import { LookupError } from '../../../lib/lookup/lookup-error';
import {
  parseEntity,
  parseLabels,
  parseSearchResults,
  wikidataDate,
} from '../../../lib/lookup/wikidata-parse';
import { parseSummary } from '../../../lib/lookup/wikipedia-parse';
import { ENTITY, LABELS, SEARCH, SUMMARY } from './wikimedia-answers';

describe('Wikidata answers', () => {
  it('reads a complete answer: ids, description, positions with dates, image and article title', () => {
    expect(parseSearchResults(SEARCH)).toEqual(['Q900001', 'Q5']);
    expect(parseEntity(ENTITY, 'Q900001')).toEqual({
      id: 'Q900001',
      description: 'Spanish politician, Minister of Trade',
      positions: [
        { positionId: 'Q700001', start: '2021-07-12' },
        { positionId: 'Q700002', start: '2015', end: '2019-06' },
      ],
      imageFile: 'Ana Ruiz 2022.jpg',
      enwikiTitle: 'Ana Ruiz (politician)',
    });
    expect(parseLabels(LABELS)).toEqual(
      new Map([
        ['Q700001', 'Minister of Trade of Spain'],
        ['Q700002', 'Member of the Congress of Deputies'],
      ]),
    );
  });

  it('reads a partial answer: what is missing is simply absent', () => {
    expect(parseEntity({ entities: { Q1: { id: 'Q1' } } }, 'Q1')).toEqual({ id: 'Q1', positions: [] });
    expect(parseSearchResults({ search: [] })).toEqual([]);
    expect(parseLabels({ entities: { Q1: {} } })).toEqual(new Map());
  });

  it('turns dates of every precision into ISO dates, and drops what it cannot read', () => {
    expect(wikidataDate({ time: '+1999-03-04T00:00:00Z', precision: 11 })).toBe('1999-03-04');
    expect(wikidataDate({ time: '+1999-03-00T00:00:00Z', precision: 10 })).toBe('1999-03');
    expect(wikidataDate({ time: '+1999-00-00T00:00:00Z', precision: 9 })).toBe('1999');
    expect(wikidataDate({ time: '-0044-03-15T00:00:00Z', precision: 11 })).toBeUndefined();
    expect(wikidataDate({ time: '+1900-00-00T00:00:00Z', precision: 7 })).toBeUndefined();
    expect(wikidataDate({ time: 1999, precision: 9 })).toBeUndefined();
    expect(wikidataDate('nonsense')).toBeUndefined();
  });

  it('survives hostile answers: wrong types, odd ids, markup and control characters stay inert text', () => {
    const hostile = {
      entities: {
        Q1: {
          descriptions: { en: { value: '<img src=x onerror=alert(1)>\u0000\u202e evil' } },
          sitelinks: { enwiki: { title: 'javascript:alert(1)#<x>' } },
          claims: {
            P39: [
              null,
              'text',
              { mainsnak: { snaktype: 'value', datavalue: { value: { id: 'javascript:alert(1)' } } } },
              { mainsnak: { snaktype: 'somevalue' } },
              {
                mainsnak: { snaktype: 'value', datavalue: { value: { id: 'Q2' } } },
                qualifiers: { P580: 'x' },
              },
            ],
            P18: [{ mainsnak: { snaktype: 'value', datavalue: { value: '../../etc/passwd' } } }],
          },
        },
      },
    };
    expect(parseEntity(hostile, 'Q1')).toEqual({
      id: 'Q1',
      description: '<img src=x onerror=alert(1)> evil',
      positions: [{ positionId: 'Q2' }],
    });
    expect(parseSearchResults({ search: [{ id: 'Q1; drop' }, { id: 42 }, null, { id: 'Q7' }] })).toEqual([
      'Q7',
    ]);
    expect(parseLabels({ entities: { constructor: { labels: { en: { value: 'x' } } }, Q3: 5 } })).toEqual(
      new Map(),
    );
    // Inherited names are never read as data.
    expect(parseEntity({ entities: { Q1: {} } }, 'Q1').description).toBeUndefined();
  });

  it('refuses answers of the wrong shape, API errors and missing items with a clear message', () => {
    expect(() => parseSearchResults([1, 2])).toThrow(LookupError);
    expect(() => parseSearchResults({})).toThrow(/without results/);
    expect(() => parseSearchResults({ error: { code: 'ratelimited', info: 'Too many requests' } })).toThrow(
      'Wikidata refused the request: Too many requests',
    );
    expect(() => parseEntity({ entities: { Q1: { id: 'Q1', missing: '' } } }, 'Q1')).toThrow(
      'Wikidata has no item Q1.',
    );
    expect(() => parseEntity({ entities: {} }, 'Q1')).toThrow(LookupError);
    expect(() => parseEntity(null, 'Q1')).toThrow(/wrong shape/);
  });

  it('keeps at most 30 positions of an oversized claim list, and bounds long texts', () => {
    const statement = (i: number) => ({
      mainsnak: { snaktype: 'value', datavalue: { value: { id: `Q${i + 1}` } } },
    });
    const many = {
      entities: { Q1: { claims: { P39: Array.from({ length: 5000 }, (_, i) => statement(i)) } } },
    };
    expect(parseEntity(many, 'Q1').positions).toHaveLength(30);
    const long = parseEntity(
      { entities: { Q1: { descriptions: { en: { value: 'word '.repeat(10_000) } } } } },
      'Q1',
    );
    expect(long.description!.length).toBeLessThanOrEqual(500);
    expect(long.description!.endsWith('…')).toBe(true);
  });
});

describe('Wikipedia answers', () => {
  it('uses only the plain-text extract of a standard article', () => {
    expect(parseSummary(SUMMARY)).toBe(SUMMARY.extract);
    expect(parseSummary({ ...SUMMARY, type: 'disambiguation' })).toBeUndefined();
    expect(parseSummary({ type: 'standard', extract: 7 })).toBeUndefined();
    expect(() => parseSummary('<html>')).toThrow(/wrong shape/);
    expect(parseSummary({ type: 'standard', extract: 'x '.repeat(5000) })!.length).toBeLessThanOrEqual(1200);
  });

  it('cleans text: single spaces, no control characters, nothing when empty', () => {
    expect(asText('  a\n\tb\u0007 ', 10)).toBe('a b');
    expect(asText('   ', 10)).toBeUndefined();
    expect(asText(['a'], 10)).toBeUndefined();
  });
});
