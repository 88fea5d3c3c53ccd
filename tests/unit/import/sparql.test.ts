// Wikidata query results: the SPARQL 1.1 JSON results format (fixture written for these tests) and CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSparqlCsv } from '../../../lib/import/read-sparql-csv';
import { readSparqlJson } from '../../../lib/import/read-sparql-json';
import { ImportError } from '../../../lib/import/types';

const FIXTURE = readFileSync(
  new URL('../../fixtures/import/wikidata-officials.srj.json', import.meta.url),
  'utf8',
);
const TODAY = '2026-11-26';

describe('readSparqlJson', () => {
  const report = readSparqlJson(FIXTURE, { today: TODAY });
  const byName = (name: string) => report.actors.find((actor) => actor.name === name);

  it('reads one actor per person, with the Q-id, aliases, role, country, start and description', () => {
    expect(report.format).toBe('sparql-json');
    expect(report.actors).toHaveLength(11);
    expect(byName('Vladimir Putin')).toEqual({
      name: 'Vladimir Putin',
      aliases: ['Vladimir Vladimirovich Putin', 'Putin'],
      kind: 'official',
      title: 'President of Russia',
      country: 'Russia',
      asOf: '2012-05-07',
      description: 'President of Russia',
      externalIds: { wikidata: 'Q7747' },
      roles: [{ title: 'President of Russia', country: 'Russia', start: '2012-05-07' }],
    });
  });

  it('joins a comma-separated alias list, keeping "Jr." with its name', () => {
    expect(byName('Joe Biden')?.aliases).toEqual(['Joseph Robinette Biden Jr.', 'Joseph R. Biden', 'Biden']);
  });

  it('shows the newest current role of a person with several rows', () => {
    const trump = byName('Donald Trump');
    expect(trump?.title).toBe('President of the United States');
    expect(trump?.asOf).toBe('2025-01-20');
    expect(trump?.roles?.map((role) => role.start)).toEqual(['2025-01-20', '2017-01-20']);
  });

  it('marks people whose roles have all ended as former holders, keeping the plain titles in roles', () => {
    const biden = byName('Joe Biden');
    expect(biden?.title).toBe('Former President of the United States');
    expect(biden?.roles).toEqual([
      {
        title: 'President of the United States',
        country: 'United States',
        start: '2021-01-20',
        end: '2025-01-20',
      },
      {
        title: 'Vice President of the United States',
        country: 'United States',
        start: '2009-01-20',
        end: '2017-01-20',
      },
    ]);
    expect(byName('Angela Merkel')?.title).toBe('Former Chancellor of Germany');
    expect(
      readSparqlJson(FIXTURE, { today: '2020-01-01' }).actors.find((a) => a.name === 'Angela Merkel')?.title,
    ).toBe('Chancellor of Germany');
  });

  it('skips a row whose label is only a Q-id (no English label)', () => {
    expect(report.skipped).toEqual([{ row: 14, reason: 'No name, only the identifier Q987654321' }]);
  });

  it('tolerates unbound variables and malformed terms', () => {
    const text = JSON.stringify({
      head: { vars: ['item', 'itemLabel', 'positionLabel'] },
      results: {
        bindings: [
          {
            item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q42' },
            itemLabel: { type: 'literal', value: 'Ana Ruiz' },
          },
          { itemLabel: { type: 'literal', value: 7 }, positionLabel: 'Mayor' },
          'not a row',
        ],
      },
    });
    const result = readSparqlJson(text, { today: TODAY });
    expect(result.actors).toEqual([
      { name: 'Ana Ruiz', aliases: [], kind: 'official', externalIds: { wikidata: 'Q42' } },
    ]);
    // Row 2 binds nothing usable: an empty row, ignored like a blank CSV line.
    expect(result.skipped).toEqual([{ row: 3, reason: 'Not a result row' }]);
  });

  it('falls back to any ?xLabel variable for the name', () => {
    const text = JSON.stringify({
      head: { vars: ['minister', 'ministerLabel'] },
      results: { bindings: [{ ministerLabel: { type: 'literal', value: 'Ben Ode' } }] },
    });
    expect(readSparqlJson(text).actors.map((actor) => actor.name)).toEqual(['Ben Ode']);
  });

  it('explains files that are JSON but not query results', () => {
    expect(() => readSparqlJson('[1,2,3]')).toThrow(/no "results.bindings" list/);
    expect(() => readSparqlJson('{"head":{},"boolean":true}')).toThrow(/yes\/no \(ASK\) query/);
    expect(() => readSparqlJson('{"head":{"vars":["x"]},"results":{"bindings":[]}}')).toThrow(
      /which variable holds the names/,
    );
  });

  it('reports malformed JSON with its line', () => {
    expect(() => readSparqlJson('{\n  "head": {},\n  "results": [,]\n}')).toThrow(ImportError);
    expect(() => readSparqlJson('{\n  "head": {},\n  "results": [,]\n}')).toThrow(
      /not valid JSON \(line 3\)/,
    );
  });

  it('reports truncated JSON as cut off', () => {
    expect(() => readSparqlJson(FIXTURE.slice(0, 500))).toThrow(/ends too early/);
  });
});

describe('readSparqlCsv', () => {
  it('reads query results saved as CSV, entity URIs included', () => {
    const text = [
      'person,personLabel,altLabel,positionLabel,countryLabel,start,end',
      'http://www.wikidata.org/entity/Q567,Angela Merkel,"Angela Dorothea Merkel, Merkel",Chancellor of Germany,Germany,2005-11-22T00:00:00Z,2021-12-08T00:00:00Z',
      'http://www.wikidata.org/entity/Q1058,Narendra Modi,,Prime Minister of India,India,2014-05-26T00:00:00Z,',
    ].join('\r\n');
    const report = readSparqlCsv(text, {}, TODAY);
    expect(report.format).toBe('sparql-csv');
    expect(report.actors).toEqual([
      {
        name: 'Angela Merkel',
        aliases: ['Angela Dorothea Merkel', 'Merkel'],
        kind: 'official',
        title: 'Former Chancellor of Germany',
        country: 'Germany',
        asOf: '2005-11-22',
        externalIds: { wikidata: 'Q567' },
        roles: [
          { title: 'Chancellor of Germany', country: 'Germany', start: '2005-11-22', end: '2021-12-08' },
        ],
      },
      {
        name: 'Narendra Modi',
        aliases: [],
        kind: 'official',
        title: 'Prime Minister of India',
        country: 'India',
        asOf: '2014-05-26',
        externalIds: { wikidata: 'Q1058' },
        roles: [{ title: 'Prime Minister of India', country: 'India', start: '2014-05-26' }],
      },
    ]);
  });

  it('groups one officeholder over several rows by Q-id, treating a year-only end as past once the year began', () => {
    const text = [
      'countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year',
      'Q1,Ruritania,Q10,President of Ruritania,Q100,Ana Ruiz,2015,2026',
      'Q1,Ruritania,Q11,Prime Minister of Ruritania,Q100,Ana M. Ruiz,2010,2015',
      'Q1,Ruritania,Q10,President of Ruritania,Q101,Ben Ode,2026,',
    ].join('\n');
    const report = readSparqlCsv(text, {}, TODAY);
    expect(report.actors.map((actor) => [actor.name, actor.title, actor.aliases])).toEqual([
      ['Ana Ruiz', 'Former President of Ruritania', ['Ana M. Ruiz']],
      ['Ben Ode', 'President of Ruritania', []],
    ]);
  });
});
