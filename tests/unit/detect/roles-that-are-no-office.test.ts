// People finder on roles written next to a name that are not public offices, though they hold office
// words: posts at advocacy groups, think tanks, campaigns and parties, ministers of religion, roles of
// someone else ("son of a governor"), and words that only look like names ("Additionally", "Jr.", "I've").
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../lib/detect/actors/find-actors';
import { officials, people } from './found-names';

describe('posts at organisations that are not governments', () => {
  it.each([
    '"It is an emergency," said Marta Ellison, president of the American Academy of Surgeons.',
    '"They know the words," said Colin Ashby, vice president for defense studies at the Harlow Institute.',
    '"It is a mess," said Dana Whitcombe, president and chief executive of the Ohio Grocers Association.',
    'Petra Quill, executive director of the House Majority PAC, disagreed.',
    '"We expect it," said Nora Blaine, the Democratic chair of Jefferson County.',
    'Omar Reyes, the chairman of the Rockingham County GOP, was not convinced.',
    'Gwen Talbot, vice chairwoman for the senator’s presidential campaign, declined to comment.',
    'Ian Marsh, a former state GOP chair, said so.',
    '"You cannot do that overnight," said Brad Kell, the senator\'s Colorado state director.',
    "The operation is led by Lew Arden, the RNC's finance chairman.",
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
    expect(people(text).length).toBe(1);
  });

  it('still reads offices at governments and in legislatures', () => {
    expect(officials('Lena Vogt, a spokeswoman for the Justice Department, declined to comment.')).toEqual([
      'Lena Vogt',
    ]);
    expect(
      officials('"Come to terms with it," said Trent Marlow, who was Republican Senate majority leader.'),
    ).toEqual(['Trent Marlow']);
    const coordinated =
      'said Austin Greer, an economic adviser to President Obama and a professor at Halden University.';
    expect(officials(coordinated)).toContain('Austin Greer');
  });
});

describe('heads that only look like offices', () => {
  it.each([
    'In a statement, the governor’s chief strategist Wes Hollen said the race was close.',
    'The story was broken by White House bureau chief Juliet Varga.',
    'Popular Christian and corporate speaker Lance Orrin believes he has a word.',
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
    expect(people(text).length).toBe(1);
  });

  it('still reads "Deputy Chief of Staff", "House speaker" and "Speaker of the Assembly"', () => {
    expect(officials('It was sent to Deputy Chief of Staff Hana Obel on Monday.')).toEqual(['Hana Obel']);
    expect(officials('The House speaker, Paul Rendell, said no.')).toEqual(['Paul Rendell']);
    expect(officials('Tom Ilves, speaker of the Assembly, said no.')).toEqual(['Tom Ilves']);
  });
});

describe('roles that belong to someone else', () => {
  it('does not give a person the office of a relative or a client', () => {
    expect(officials('Carl Bristow, the son of one New York governor, hosts the show.')).toEqual([]);
    expect(officials('Mia Lorne, a lawyer for the mayor, filed the papers.')).toEqual([]);
  });

  it('does not give a person the title written before the next name', () => {
    const text =
      'The field: former chief executive Dora Finch, former Arkansas governor Mike Huckabee and others.';
    const r = findActors(text, {});
    const dora = r.actors.find((a) => a.name === 'Dora Finch');
    expect(dora?.isOfficial).toBe(false);
  });

  it('does not take a list that goes on for an apposition', () => {
    expect(officials('The slate included his wife, Betsy, and the endorsed candidate for governor.')).toEqual(
      [],
    );
  });

  it('does not take a candidacy for the office', () => {
    expect(officials('Rhea Dunmore, a former candidate for governor, endorsed him.')).toEqual([]);
  });
});

describe('relatives of officials', () => {
  it('keeps a relative a person, and gives "Mr." with her surname to the well-known official', () => {
    const text =
      "He charmed Sara Netanyahu, the prime minister's wife. Later Mr. Netanyahu refused. Mrs. Netanyahu smiled.";
    const r = findActors(text, {});
    const names = r.people.map((m) => r.actors.find((a) => a.key === m.actorKey)?.name);
    expect(names).toEqual(['Sara Netanyahu', 'Benjamin Netanyahu', 'Sara Netanyahu']);
    expect(officials(text)).toEqual(['Netanyahu']);
  });

  it("reads the title right before a name as that name's, after a staff post", () => {
    expect(officials('She served as chief of staff to Sen. Della Marsh last year.')).toEqual(['Della Marsh']);
  });
});

describe('ministers of religion and charges', () => {
  it('reads a minister of a church as no office', () => {
    expect(officials('Hal Brandt, a minister with the Living Church in Ohio, spoke.')).toEqual([]);
    expect(officials('thanks to his father, Rafael, a Cuban-born Christian minister.')).toEqual([]);
    expect(officials('Hal Brandt, the Danish interior minister, spoke.')).toEqual(['Hal Brandt']);
  });

  it('reads "charge" as an office only in "chargé d\'affaires"', () => {
    expect(officials('Corey Landis, 42, faces one misdemeanor charge.')).toEqual([]);
    expect(officials("Nadia Kern, the charge d'affaires in Rome, was recalled.")).toEqual(['Nadia Kern']);
  });
});

describe('words that only look like names', () => {
  it('leaves out sentence adverbs, a lone "Jr." and "I\'ve"', () => {
    expect(people('Additionally, the president’s policy will tarnish his legacy.')).toEqual([]);
    expect(people('Ironically, the recently elected president agreed.')).toEqual([]);
    expect(people('I see some Republican congressman I’ve never heard of talking.')).toEqual([]);
  });

  it('reads the role after "Jr." as the role of the name before it', () => {
    const text = '"It moves the needle," said C. Stewart Vell Jr., a senior homeland security official.';
    expect(officials(text)).toEqual(['C. Stewart Vell']);
  });
});
