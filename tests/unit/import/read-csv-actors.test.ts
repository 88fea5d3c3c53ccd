// Reading CSV lists with a mapping: names, roles, defaults, skipped rows, alias splitting, dedup.
import { describe, expect, it } from 'vitest';
import { guessCsvMapping } from '../../../lib/import/csv-mapping';
import {
  readCsvActors,
  readCsvHeaders,
  readCsvWithGuessedMapping,
} from '../../../lib/import/read-csv-actors';
import { ImportError } from '../../../lib/import/types';

const TODAY = { today: '2026-11-26' };

describe('readCsvActors', () => {
  it('reads a CIA-style list: recased surnames, the as-published form as an alias, the list date as asOf', () => {
    const text = [
      'country,title,name_as_published',
      'Atlantis,Minister of Foreign Affairs,Hamdullah MOHIB',
      'Atlantis,"Minister of Agriculture, Irrigation, & Livestock",Ursula VON DER LEYEN',
      'Atlantis,Ambassador to the US,"Mitchell Peter ""Mitch"" FIFIELD"',
    ].join('\n');
    const report = readCsvActors(text, guessCsvMapping(readCsvHeaders(text)), { asOf: '2019-06-04' }, TODAY);
    expect(report.format).toBe('csv');
    expect(report.skipped).toEqual([]);
    expect(report.actors[0]).toEqual({
      name: 'Hamdullah Mohib',
      aliases: ['Hamdullah MOHIB'],
      kind: 'official',
      title: 'Minister of Foreign Affairs',
      country: 'Atlantis',
      asOf: '2019-06-04',
      roles: [{ title: 'Minister of Foreign Affairs', country: 'Atlantis' }],
    });
    expect(report.actors[1]?.name).toBe('Ursula von der Leyen');
    expect(report.actors[1]?.title).toBe('Minister of Agriculture, Irrigation, & Livestock');
    expect(report.actors[2]?.name).toBe('Mitchell Peter Fifield');
    expect(report.actors[2]?.aliases).toEqual(['Mitchell Peter "Mitch" FIFIELD', 'Mitch Fifield']);
  });

  it('skips rows without a name, with the row number and a reason, and ignores blank lines', () => {
    const text = 'name,title\nAna Ruiz,Mayor\n,Minister of Finance\n\n   ,Governor\nBen Ode,Senator\n';
    const report = readCsvWithGuessedMapping(text, {}, TODAY);
    expect(report.actors.map((actor) => actor.name)).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect(report.skipped).toEqual([
      { row: 3, reason: 'No name' },
      { row: 5, reason: 'No name' },
    ]);
    expect(report.skippedTotal).toBe(2);
  });

  it('splits aliases on ";" and "|" but not on commas', () => {
    const text = 'name,aliases\nMartin Luther King,"King, Jr.; MLK | Rev. King"\n';
    const [actor] = readCsvWithGuessedMapping(text, {}, TODAY).actors;
    expect(actor?.aliases).toEqual(['King, Jr.', 'MLK', 'Rev. King']);
  });

  it('applies the default kind and reads kind words', () => {
    const text = 'name,kind\nReuters,outlet\nUnited Nations,organization\nJo Bloggs,person\nAna Ruiz,\n';
    const report = readCsvWithGuessedMapping(text, { kind: 'person' }, TODAY);
    expect(report.actors.map((actor) => actor.kind)).toEqual(['outlet', 'organisation', 'person', 'person']);
    expect(readCsvWithGuessedMapping('name\nAna Ruiz', {}, TODAY).actors[0]?.kind).toBe('official');
  });

  it('does not recase names of organisations and outlets', () => {
    const report = readCsvWithGuessedMapping('name,kind\nNATO,organisation\nBBC NEWS,outlet\n', {}, TODAY);
    expect(report.actors.map((actor) => actor.name)).toEqual(['NATO', 'BBC NEWS']);
  });

  it('keeps http(s) links only, and drops identifier-only text cells', () => {
    const text = [
      'name,title,country,link',
      'Ana Ruiz,Q12345,Q30,https://example.org/ana',
      'Ben Ode,Senator,Ruritania,javascript:alert(1)',
      'Cy Tan,Mayor,,ftp://example.org/x',
    ].join('\n');
    const report = readCsvWithGuessedMapping(text, {}, TODAY);
    expect(report.actors[0]).toEqual({
      name: 'Ana Ruiz',
      aliases: [],
      kind: 'official',
      links: ['https://example.org/ana'],
    });
    expect(report.actors[1]?.links).toBeUndefined();
    expect(report.actors[2]?.links).toBeUndefined();
  });

  it('uses the mapping the reader chose over the header names', () => {
    const text = 'a,b,c\nMinister of Finance,Ana Ruiz,2024-02-01\n';
    const report = readCsvActors(text, { name: 1, title: 0, asOf: 2 }, {}, TODAY);
    expect(report.actors[0]).toMatchObject({
      name: 'Ana Ruiz',
      title: 'Minister of Finance',
      asOf: '2024-02-01',
    });
  });

  it('reads semicolon-separated spreadsheets', () => {
    const report = readCsvWithGuessedMapping('Name;Title\nAna Ruiz;Minister, Finance\n', {}, TODAY);
    expect(report.actors[0]).toMatchObject({ name: 'Ana Ruiz', title: 'Minister, Finance' });
  });

  it('throws a clear ImportError when no column holds names', () => {
    expect(() => readCsvWithGuessedMapping('foo,bar\n1,2\n', {}, TODAY)).toThrow(ImportError);
    expect(() => readCsvWithGuessedMapping('foo,bar\n1,2\n', {}, TODAY)).toThrow(
      /which column holds the names.*"foo", "bar"/,
    );
    expect(() => readCsvActors('name\nAna', { name: 4 }, {}, TODAY)).toThrow(ImportError);
  });
});

describe('deduplication within one file', () => {
  it('merges rows with the same normalised name: aliases and roles together, first spelling kept', () => {
    const text = [
      'name,aliases,title,country,start',
      'Michael MCCORMACK,Mick McCormack,Deputy Prime Minister,Australia,2018',
      'michael mccormack,,Minister for Transport,Australia,2018',
      'Michael McCormack,Michael Francis McCormack,Minister for Infrastructure,Australia,2019',
      'Michael McCormack,,Minister for Infrastructure,Australia,2019',
    ].join('\n');
    const report = readCsvWithGuessedMapping(text, {}, TODAY);
    expect(report.actors).toHaveLength(1);
    const [actor] = report.actors;
    expect(actor?.name).toBe('Michael McCormack');
    expect(actor?.aliases).toEqual([
      'Michael MCCORMACK',
      'Mick McCormack',
      'michael mccormack',
      'Michael Francis McCormack',
    ]);
    expect(actor?.title).toBe('Minister for Infrastructure');
    expect(actor?.asOf).toBe('2019');
    expect(actor?.roles?.map((role) => role.title)).toEqual([
      'Minister for Infrastructure',
      'Deputy Prime Minister',
      'Minister for Transport',
    ]);
  });

  it('folds accents and punctuation when comparing names', () => {
    const report = readCsvWithGuessedMapping(
      'name\nRecep Tayyip Erdoğan\nRecep Tayyip Erdogan\nRecep-Tayyip  ERDOGAN\n',
      {},
      TODAY,
    );
    expect(report.actors).toHaveLength(1);
    expect(report.actors[0]?.aliases).toEqual([
      'Recep Tayyip Erdogan',
      'Recep-Tayyip Erdogan',
      'Recep-Tayyip ERDOGAN',
    ]);
  });

  it('keeps two people with one name but different Wikidata ids apart, reporting the second', () => {
    const text = 'officeholder,officeholderLabel\nQ1001,Ali Hassan\nQ1002,Ali Hassan\nQ1001,Ali Hasan\n';
    const report = readCsvWithGuessedMapping(text, {}, TODAY);
    expect(report.actors).toHaveLength(1);
    expect(report.actors[0]?.aliases).toEqual(['Ali Hasan']);
    expect(report.skipped).toEqual([
      { row: 3, reason: 'Same name as row 2 (Ali Hassan) but a different wikidata id; kept the first' },
    ]);
  });

  it('caps aliases at 20 per actor', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `Alias Number ${i}`).join(';');
    const [actor] = readCsvWithGuessedMapping(`name,aliases\nAna Ruiz,"${aliases}"\n`, {}, TODAY).actors;
    expect(actor?.aliases).toHaveLength(20);
  });
});
