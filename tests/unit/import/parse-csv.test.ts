// RFC 4180 parsing: quotes, doubled quotes, line ends, BOM, embedded newlines, delimiters, speed.
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../../lib/import/parse-csv';
import { ImportError } from '../../../lib/import/types';

describe('parseCsv', () => {
  it('splits plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and embedded newlines', () => {
    const text = 'name,title\n"Hockey, Joe","Minister of ""Everything"""\n"Line\r\nBreak",x\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'title'],
      ['Hockey, Joe', 'Minister of "Everything"'],
      ['Line\r\nBreak', 'x'],
    ]);
  });

  it('accepts CRLF, LF and lone CR line ends and a missing final newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('drops a leading byte-order mark', () => {
    expect(parseCsv('\ufeffname\nAna')).toEqual([['name'], ['Ana']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c\n,,\nx,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', ''],
    ]);
  });

  it('keeps text after a closing quote as spreadsheets do', () => {
    expect(parseCsv('"ab"c,d')).toEqual([['abc', 'd']]);
  });

  it('reports an unclosed quote with its line, as an ImportError', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(ImportError);
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(/line 2/);
  });

  it('stops after maxRows', () => {
    expect(parseCsv('h1,h2\n1,2\n3,4', ',', 1)).toEqual([['h1', 'h2']]);
  });

  it('parses other delimiters', () => {
    expect(parseCsv('a;b\n"1;2";3', ';')).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
  });

  it('reads 50,000 rows in well under a second', () => {
    const lines = ['name,title,country'];
    for (let i = 0; i < 50_000; i++)
      lines.push(`"Person ${i}, Jr.",Minister of Things ${i},Country ${i % 190}`);
    const started = performance.now();
    const rows = parseCsv(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rows).toHaveLength(50_001);
    expect(rows[50_000]).toEqual(['Person 49999, Jr.', 'Minister of Things 49999', 'Country 29']);
  });
});

describe('sniffDelimiter', () => {
  it('picks comma, semicolon or tab from the header line, ignoring quoted text', () => {
    expect(sniffDelimiter('name,title\nA;B;C;D')).toBe(',');
    expect(sniffDelimiter('name;title;country\n')).toBe(';');
    expect(sniffDelimiter('name\ttitle\n')).toBe('\t');
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(',');
    expect(sniffDelimiter('name\n')).toBe(',');
  });
});
