// Column guesses from the header names common lists use.
import { describe, expect, it } from 'vitest';
import { guessCsvMapping } from '../../../lib/import/csv-mapping';

describe('guessCsvMapping', () => {
  it('maps a plain spreadsheet header', () => {
    expect(
      guessCsvMapping([
        'Name',
        'Aliases',
        'Title',
        'Country',
        'Organisation',
        'Since',
        'Kind',
        'Description',
        'Link',
      ]),
    ).toEqual({
      name: 0,
      aliases: 1,
      title: 2,
      country: 3,
      organisation: 4,
      asOf: 5,
      kind: 6,
      description: 7,
      link: 8,
    });
  });

  it('maps Wikidata-style columns: labels for text, the entity column for the id', () => {
    const mapping = guessCsvMapping([
      'countryid',
      'country',
      'position',
      'positionLabel',
      'officeholder',
      'officeholderLabel',
      'start_year',
      'end_year',
    ]);
    expect(mapping).toEqual({ name: 5, title: 3, country: 1, asOf: 6, end: 7, wikidata: 4 });
  });

  it('prefers countryLabel over a country column of entity URIs', () => {
    expect(guessCsvMapping(['person', 'personLabel', 'country', 'countryLabel'])).toMatchObject({
      name: 1,
      country: 3,
      wikidata: 0,
    });
  });

  it('recognises the as-published name column and role/office/position headers', () => {
    expect(guessCsvMapping(['country', 'title', 'name_as_published'])).toEqual({
      name: 2,
      title: 1,
      country: 0,
    });
    expect(guessCsvMapping(['full_name', 'office', 'nation', 'start'])).toEqual({
      name: 0,
      title: 1,
      country: 2,
      asOf: 3,
    });
    expect(guessCsvMapping(['Full Name', 'Role'])).toEqual({ name: 0, title: 1 });
    expect(guessCsvMapping(['?personLabel', '?position'])).toEqual({ name: 0, title: 1 });
  });

  it('leaves the name unmapped when no header says so', () => {
    expect(guessCsvMapping(['foo', 'bar']).name).toBeUndefined();
  });
});
