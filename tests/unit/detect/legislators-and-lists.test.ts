// People finder on the ways U.S. political news names legislators and lists officials: party tags,
// plural titles over a list of names, "Representative", "Del.", agency titles, and the relation words
// ("his wife") that name a person by first name without pointing to anyone's surname.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../lib/detect/actors/find-actors';
import { officials, people } from './found-names';

describe('party tags after a name', () => {
  it.each([
    ['Lorna Whitfield (D-Mont.) asked the first question.', 'Lorna Whitfield'],
    ['The bill was written by Amos Kettering (R-N.Y.) last year.', 'Amos Kettering'],
    ['"We will not wait," said Corinne Alvarado, R-Texas, on Monday.', 'Corinne Alvarado'],
    ['Delia Marchetti (D-New York) voted no.', 'Delia Marchetti'],
    ['Hollis Brandeis, Democrat of Vermont, agreed to the changes.', 'Hollis Brandeis'],
    ['It was written by Della Marsh (D- Mich.) last year.', 'Della Marsh'],
  ])('%s', (text, name) => {
    expect(officials(text)).toEqual([name]);
  });

  it('gives the tag after "Jr." to the name before it, and carries it to later mentions', () => {
    const text = 'Walter Pruitt Jr. (D-Pa.) spoke first. Pruitt said the vote would be close.';
    expect(officials(text)).toEqual(['Walter Pruitt', 'Pruitt']);
    expect(findActors(text, {}).actors[0]?.title).toBe('legislator (D-Pa.)');
  });

  it('does not take a party word with an article for a seat', () => {
    expect(officials('Mavis Ellery, a Republican from Iowa, said she would vote early.')).toEqual([]);
  });
});

describe('plural titles over a list of names', () => {
  it('gives "Sens." to every name of the list', () => {
    const text = 'Sens. Lorna Whitfield and Amos Kettering met the bankers. Kettering left early.';
    expect(officials(text)).toEqual(['Lorna Whitfield', 'Amos Kettering', 'Kettering']);
  });

  it('reads through party tags and appositions between the names', () => {
    const a = 'Reps. Delia Marchetti (D-Ill.), Oren Vasquez (D-Calif.) and Tamsin Greer wrote the letter.';
    expect(officials(a)).toEqual(['Delia Marchetti', 'Oren Vasquez', 'Tamsin Greer']);
    const b = 'Senators Hollis Brandeis, Republican of Iowa, and Nadia Forsythe agree on little.';
    expect(officials(b)).toEqual(['Hollis Brandeis', 'Nadia Forsythe']);
  });

  it('reads through the places after each name', () => {
    const text =
      'Sens. Lorna Whitfield of Georgia and Amos Kettering of Arkansas, both up for re-election, agreed.';
    expect(officials(text)).toEqual(['Lorna Whitfield', 'Amos Kettering']);
  });

  it('stops at the end of the list', () => {
    const text = 'Sens. Lorna Whitfield and Amos Kettering spoke, and the economist Petra Lindahl replied.';
    expect(officials(text)).toEqual(['Lorna Whitfield', 'Amos Kettering']);
    expect(people(text)).toContain('Petra Lindahl');
  });

  it('does not give a plural role in apposition to one name', () => {
    expect(officials('It is an insult to Tamsin Greer, top black lawmakers said.')).toEqual([]);
  });
});

describe('titles of U.S. legislatures and agencies', () => {
  it('reads "Representative" and "Del." before a name', () => {
    expect(officials('"It is smart," said Representative Amos Kettering of New York.')).toEqual([
      'Amos Kettering',
    ]);
    expect(officials('said Del. Corinne Alvarado of the Virgin Islands.')).toEqual(['Corinne Alvarado']);
  });

  it('keeps "del" and "Del" as name particles', () => {
    const text = 'Guillermo del Varga met Benicio Del Rosal. Del Rosal said so.';
    expect(officials(text)).toEqual([]);
    expect(people(text)).toEqual(['Guillermo del Varga', 'Benicio Del Rosal', 'Del Rosal']);
  });

  it('reads a capitalised title set off by a comma whose head stands before its last words', () => {
    expect(
      officials('said the Assistant Foreign Minister for Consular Affairs, Sami Haddad, on Monday.'),
    ).toEqual(['Sami Haddad']);
    expect(officials('Representatives of First Bank, Norvell, declined.')).toEqual([]);
  });

  it('reads a lower-case title that ends in its "of" phrase', () => {
    expect(officials('He met former deputy assistant secretary of state Marta Quist on Monday.')).toEqual([
      'Marta Quist',
    ]);
    expect(officials('Jacobs called her "the Chancellor of the Free World."')).toEqual([]);
  });

  it('ties a title to the agency named right before it', () => {
    expect(officials('It was done to protect FDIC Chairman Martin Ellery.')).toEqual(['Martin Ellery']);
    expect(officials('The cause is unknown, according to NYPD Commissioner Oren Vasquez.')).toEqual([
      'Oren Vasquez',
    ]);
    expect(officials('NFL Commissioner Oren Vasquez spoke.')).toEqual([]);
    expect(officials('IMF chief economist Petra Lindahl said the outlook was weak.')).toEqual([]);
    expect(officials('It was less credible than that of the CIA chief, Lindahl said.')).toEqual([]);
  });

  it('does not read a list item set off by commas as the title of the next name', () => {
    const r = findActors('She named the president, the vice president, Oren Vasquez and others.', {});
    expect(r.officials).toEqual([]);
  });

  it('does not read "under President" as part of a title', () => {
    const r = findActors('He served in the armed forces under President Hollis Brandeis.', {});
    expect(r.actors[0]?.title).toBe('President');
  });
});

describe('relation words', () => {
  it('finds the first name after "his wife" without linking it to a known surname', () => {
    const text = 'Obama and his wife Michelle came. Later his wife, Melania, spoke.';
    const r = findActors(text, {});
    const names = r.people.map((m) => r.actors.find((a) => a.key === m.actorKey)?.name);
    expect(names).toEqual(['Barack Obama', 'Michelle', 'Melania']);
    expect(officials(text)).toEqual(['Obama']);
  });
});
