// Format detection by file name and content.
import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../lib/import/detect-format';

describe('detectImportFormat', () => {
  it('trusts clear extensions', () => {
    expect(detectImportFormat('leaders.json', '{"head":{}}')).toBe('sparql-json');
    expect(detectImportFormat('query.srj', '{}')).toBe('sparql-json');
    expect(detectImportFormat('legislators-current.yaml', '- id:\n')).toBe('congress-yaml');
    expect(detectImportFormat('EXECUTIVE.YML', 'anything')).toBe('congress-yaml');
    expect(detectImportFormat('list.csv', 'name,title\nAna,Mayor')).toBe('csv');
    expect(detectImportFormat('list.tsv', 'name\ttitle\n')).toBe('csv');
  });

  it('tells SPARQL CSV from plain CSV by its label columns or entity URIs', () => {
    expect(detectImportFormat('query.csv', 'person,personLabel\nhttp://www.wikidata.org/entity/Q1,Ana')).toBe(
      'sparql-csv',
    );
    expect(detectImportFormat('query.csv', 'item,name\nhttp://www.wikidata.org/entity/Q1,Ana')).toBe(
      'sparql-csv',
    );
    expect(detectImportFormat('cia.csv', 'country,title,name_as_published\n')).toBe('csv');
  });

  it('sniffs files without a known extension', () => {
    expect(detectImportFormat('download', '{\n  "head": { "vars": ["x"] },\n  "results": {}}')).toBe(
      'sparql-json',
    );
    expect(detectImportFormat('download', '# comment\n- id:\n    bioguide: X\n')).toBe('congress-yaml');
    expect(detectImportFormat('download', 'name;title\nAna;Mayor')).toBe('csv');
  });

  it('returns null for empty text and for things that are not lists', () => {
    expect(detectImportFormat('x.csv', '   \n')).toBeNull();
    expect(detectImportFormat('page.html', '<!doctype html><p>Hi</p>')).toBeNull();
    expect(detectImportFormat('notes', 'Just some words on one line')).toBeNull();
    expect(detectImportFormat('data', '[1, 2, 3]')).toBeNull();
  });
});
