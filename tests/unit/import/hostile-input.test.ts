// Broken, hostile and oversized files: always a clear ImportError or a clean report, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { MAX_ACTORS } from '../../../lib/import/limits';
import { readImportFile } from '../../../lib/import/read-import-file';
import { ImportError } from '../../../lib/import/types';

const TODAY = { today: '2026-11-26' };

function importError(fileName: string, text: string): string {
  try {
    readImportFile(fileName, text, TODAY);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

describe('hostile and broken files', () => {
  it('refuses files over 20 MB quickly, saying how large they are', () => {
    const huge = 'a'.repeat(25 * 1024 * 1024);
    const started = performance.now();
    expect(importError('big.csv', huge)).toMatch(/25\.0 MB.*up to 20 MB/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const text = `name\n${'é'.repeat(11 * 1024 * 1024)}`;
    expect(importError('accents.csv', text)).toMatch(/up to 20 MB/);
  });

  it('refuses empty files', () => {
    expect(importError('empty.csv', '')).toBe('This file is empty.');
    expect(importError('blank.json', ' \n\t ')).toBe('This file is empty.');
    expect(importError('commas.csv', ',,,\n,,\n')).toBe('This file is empty.');
    expect(importError('header.csv', 'name,title\r\n\r\n')).toBe(
      'This file has a header row but no rows below it.',
    );
    expect(importError('none.json', '{"head":{"vars":["personLabel"]},"results":{"bindings":[]}}')).toMatch(
      /query found no rows/,
    );
  });

  it('refuses binary files and spreadsheets saved as .xlsx', () => {
    expect(importError('photo.csv', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/binary file/);
    expect(importError('sheet.csv', 'PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(
      /spreadsheet or a zip/,
    );
    const noise = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 31 || 1)).join('');
    expect(importError('noise.csv', noise)).toMatch(/does not look like text/);
  });

  it('refuses files of an unknown kind', () => {
    expect(importError('page.html', '<html><body>Officials</body></html>')).toMatch(
      /cannot read this kind of file/,
    );
  });

  it('explains truncated JSON and JSON of the wrong shape', () => {
    const json = JSON.stringify({
      head: { vars: ['personLabel'] },
      results: { bindings: [{ personLabel: { type: 'literal', value: 'Ana Ruiz' } }] },
    });
    expect(importError('results.json', json.slice(0, json.length - 12))).toMatch(/ends too early/);
    expect(importError('backup.json', '{"version":1,"actors":[]}')).toMatch(/not a Wikidata query result/);
    expect(importError('list.json', '[{"name":"Ana"}]')).toMatch(/not a Wikidata query result/);
  });

  it('refuses a YAML bomb (many aliases) quickly', () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let previous = 'a';
    for (const key of 'bcdefghijk') {
      bomb += `${key}: &${key} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = key;
    }
    const started = performance.now();
    expect(importError('bomb.yaml', bomb)).toMatch(/too many aliases/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('explains malformed YAML and YAML of the wrong shape', () => {
    expect(importError('list.yaml', '- id:\n    bioguide: "A0001\n  terms: [\n')).toMatch(/not valid YAML/);
    expect(importError('config.yaml', 'enabled: true\nlevel: 3\n')).toMatch(
      /not a congress-legislators list/,
    );
  });

  it('explains a CSV with one unrecognised column, and an unclosed quote', () => {
    expect(importError('names.csv', 'Officials\nAna Ruiz\nBen Ode\n')).toMatch(
      /which column holds the names.*"Officials"/,
    );
    expect(importError('broken.csv', 'name,title\n"Ana Ruiz,Mayor\nBen Ode,Senator\n')).toMatch(
      /never closed/,
    );
  });

  it('reads a CSV with just a name column', () => {
    const report = readImportFile('names.csv', 'name\nAna Ruiz\nBen Ode\n', TODAY);
    expect(report.actors.map((actor) => actor.name)).toEqual(['Ana Ruiz', 'Ben Ode']);
  });

  it('keeps markup in names as plain text and strips control and bidi characters', () => {
    const text =
      'name,title\n"<img src=x onerror=alert(1)>",Mayor\n"Ana\u0000 \u202eRuiz\u0007",Minister\n" \u0001 ",Governor\n';
    const report = readImportFile('list.csv', text, TODAY);
    expect(report.actors.map((actor) => actor.name)).toEqual(['<img src=x onerror=alert(1)>', 'Ana Ruiz']);
    expect(report.skipped).toEqual([{ row: 4, reason: 'No name' }]);
  });

  it('caps long names and titles at 200 characters without splitting a character', () => {
    const longName = `Ana ${'Ruiz'.repeat(100)}`;
    const longTitle = `Minister of ${'😀'.repeat(150)}`;
    const report = readImportFile('list.csv', `name,title\n${longName},${longTitle}\n`, TODAY);
    const [actor] = report.actors;
    expect(actor?.name.length).toBeLessThanOrEqual(200);
    expect(actor?.title?.length).toBeLessThanOrEqual(200);
    expect(actor?.title).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('refuses more than 100,000 actors', () => {
    const lines = ['name'];
    for (let i = 0; i <= MAX_ACTORS; i++) lines.push(`Person ${i}`);
    expect(importError('many.csv', lines.join('\n'))).toMatch(/more than 100,000 actors/);
  });

  it('does not hang on pathological text', () => {
    const started = performance.now();
    const quotes = `name\n${'"'.repeat(200_000)}`;
    readImportFile('quotes.csv', quotes, TODAY);
    expect(() => readImportFile('commas.csv', `name\n${','.repeat(1_000_000)}`, TODAY)).toThrow(
      /no rows below it/,
    );
    const spaces = `name\n${'A '.repeat(500_000)}x`;
    readImportFile('spaces.csv', spaces, TODAY);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('turns unexpected failures into ImportError', () => {
    expect(() =>
      readImportFile('x.json', '{"head":{"vars":["personLabel"]},"results":{"bindings":null}}', TODAY),
    ).toThrow(ImportError);
  });
});

describe('readImportFile', () => {
  it('dispatches by format and applies the reader’s mapping and defaults', () => {
    const report = readImportFile('mine.csv', 'a,b\nAna RUIZ,Mayor\n', {
      ...TODAY,
      mapping: { name: 0, title: 1 },
      defaults: { kind: 'person', asOf: '2024-05-01' },
    });
    expect(report.format).toBe('csv');
    expect(report.actors).toEqual([
      {
        name: 'Ana Ruiz',
        aliases: ['Ana RUIZ'],
        kind: 'person',
        title: 'Mayor',
        asOf: '2024-05-01',
        roles: [{ title: 'Mayor' }],
      },
    ]);
  });

  it('reads SPARQL CSV with comma-separated aliases', () => {
    const report = readImportFile(
      'query.csv',
      'person,personLabel,altLabel\nhttp://www.wikidata.org/entity/Q1,Ana Ruiz,"A. Ruiz, Ana R."\n',
      TODAY,
    );
    expect(report.format).toBe('sparql-csv');
    expect(report.actors[0]?.aliases).toEqual(['A. Ruiz', 'Ana R.']);
  });
});
