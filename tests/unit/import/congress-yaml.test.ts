// The congress-legislators YAML format, on a small list written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCongressYaml } from '../../../lib/import/read-congress-yaml';
import { ImportError } from '../../../lib/import/types';

const FIXTURE = readFileSync(new URL('../../fixtures/import/congress-sample.yaml', import.meta.url), 'utf8');

describe('readCongressYaml', () => {
  const report = readCongressYaml(FIXTURE, { today: '2026-11-26' });
  const byName = (name: string) => report.actors.find((actor) => actor.name === name);

  it('reads a senator: title from the latest term, service since the first of the run, ids and link', () => {
    expect(report.format).toBe('congress-yaml');
    expect(byName('Ana L. Ruiz')).toEqual({
      name: 'Ana L. Ruiz',
      aliases: ['Ana Ruiz', 'Ana Lucia Ruiz'],
      kind: 'official',
      title: 'Senator',
      country: 'United States',
      organisation: 'U.S. Senate',
      asOf: '2013-01-03',
      description: 'Senator from Washington (Democrat)',
      links: ['https://www.ruiz.senate.example/'],
      externalIds: { bioguide: 'R000901', wikidata: 'Q90000001', govtrack: '500001' },
      roles: [
        {
          title: 'Senator',
          country: 'United States',
          organisation: 'U.S. Senate',
          start: '2013-01-03',
          end: '2031-01-03',
        },
        {
          title: 'Representative',
          country: 'United States',
          organisation: 'U.S. House of Representatives',
          start: '2005-01-04',
          end: '2007-01-03',
        },
      ],
    });
  });

  it('uses nicknames and suffixes for aliases, describes at-large seats and delegates, drops non-http links', () => {
    const tom = byName("Thomas O'Malley Jr.");
    expect(tom?.aliases).toEqual(["Thomas O'Malley", "Tom O'Malley"]);
    expect(tom?.description).toBe("Representative for Wyoming's at-large district (Republican)");
    expect(tom?.links).toBeUndefined();
    expect(byName('Grace Dunmore')).toMatchObject({
      title: 'Delegate',
      description: 'Delegate for the District of Columbia (Democrat)',
    });
  });

  it('tells apart two people with the same short name by their middle initials', () => {
    expect(byName('Robert A. Hale')?.title).toBe('Former President');
    const second = byName('Robert B. Hale');
    expect(second?.title).toBe('President');
    expect(second?.asOf).toBe('2025-01-20');
    expect(second?.roles?.map((role) => [role.title, role.start])).toEqual([
      ['President', '2025-01-20'],
      ['President', '2017-01-20'],
      ['Vice President', '2009-01-20'],
    ]);
  });

  it('skips an entry without a name', () => {
    expect(report.actors).toHaveLength(5);
    expect(report.skipped).toEqual([{ row: 6, reason: 'No name' }]);
  });

  it('rejects YAML that is not a congress-legislators list, and malformed YAML, with ImportError', () => {
    expect(() => readCongressYaml('title: hello\nitems: [1, 2]\n')).toThrow(
      /not a congress-legislators list/,
    );
    const broken = '- id:\n    bioguide: A000001\n  name:\n    first: "Ana\n    last: Ruiz\n  terms: [\n';
    expect(() => readCongressYaml(broken)).toThrow(ImportError);
    expect(() => readCongressYaml(broken)).toThrow(/not valid YAML \(line \d+\)/);
    expect(() => readCongressYaml('a: b\n  c: d\n')).toThrow(/not valid YAML/);
  });

  it('ignores custom tags instead of running them', () => {
    const text =
      '- id: !!js/function "function () { return 1 }"\n  name: !custom\n    first: Ana\n    last: Ruiz\n  terms: []\n';
    const result = readCongressYaml(text, { today: '2026-11-26' });
    expect(result.actors.map((actor) => actor.name)).toEqual(['Ana Ruiz']);
  });
});
